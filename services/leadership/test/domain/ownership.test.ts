import { CaseStage, ScreeningReason } from "../../src/domain/enums";
import { claimProblems, claimRefusal, endReasonProblems, isCommissionHead } from "../../src/domain/ownership";

const user = (id: string, roles: string[]) => ({ id, username: `u-${id}`, roles });

describe("claiming (包案)", () => {
  it("needs at least one reason, each once, and a short note", () => {
    expect(claimProblems([], null)).toEqual(["请选择至少一项包案理由"]);
    expect(claimProblems([ScreeningReason.REPEATED, ScreeningReason.REPEATED], null)).toEqual(["包案理由不能重复"]);
    expect(claimProblems([ScreeningReason.REPEATED], "说".repeat(501))).toEqual(["包案说明最多 500 字"]);
    expect(claimProblems([ScreeningReason.DIFFICULT_COMPLEX], "重点督办")).toEqual([]);
  });

  it("refuses a closed case, and a concluded one unless the reporter is dissatisfied", () => {
    expect(claimRefusal(CaseStage.OPEN, false)).toBeNull();
    expect(claimRefusal(CaseStage.CLOSED, true)).toMatch(/已结案/);
    expect(claimRefusal(CaseStage.CONCLUDED, false)).toMatch(/已办结/);
    expect(claimRefusal(CaseStage.CONCLUDED, true)).toBeNull();
  });

  it("needs a reason of a few words to release or transfer", () => {
    expect(endReasonProblems("")).toEqual(["请填写退出包案的理由（至少 4 个字）"]);
    expect(endReasonProblems("工作调整", "调整包案领导")).toEqual([]);
    expect(endReasonProblems("因".repeat(501), "调整包案领导")).toEqual(["调整包案领导的理由最多 500 字"]);
  });
});

describe("the commission head (configured)", () => {
  it("is anyone with the role for role:<ROLE>", () => {
    expect(isCommissionHead(user("1", ["ADMIN"]), "role:ADMIN")).toBe(true);
    expect(isCommissionHead(user("1", ["LEADER"]), "role:ADMIN")).toBe(false);
  });
  it("is one person, by id or username, for user:<…>", () => {
    expect(isCommissionHead(user("42", ["LEADER"]), "user:42")).toBe(true);
    expect(isCommissionHead(user("42", ["LEADER"]), "user:u-42")).toBe(true);
    expect(isCommissionHead(user("43", ["LEADER"]), "user:42")).toBe(false);
  });
  it("is nobody for a malformed setting", () => {
    expect(isCommissionHead(user("1", ["ADMIN"]), "ADMIN")).toBe(false);
  });
});
