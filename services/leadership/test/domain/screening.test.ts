import { CaseStage, ScreeningReason } from "../../src/domain/enums";
import {
  compareForLeader,
  isCandidate,
  nominationProblems,
  reasonsText,
  screeningReasons,
  type QueueEntry,
} from "../../src/domain/screening";

const none = { origin: "SELF_RECEIVED", grade: "ROUTINE", colour: null, dissatisfied: false, nominated: false };

describe("screening reasons (包案筛选)", () => {
  it("finds no reason in a routine case from this level", () => {
    expect(screeningReasons(none)).toEqual([]);
  });

  it("names each reason from its fact", () => {
    expect(screeningReasons({ ...none, origin: "ASSIGNED_BY_SUPERIOR" })).toEqual([
      ScreeningReason.ASSIGNED_FROM_ABOVE,
    ]);
    expect(screeningReasons({ ...none, grade: "KEY" })).toEqual([ScreeningReason.DIFFICULT_COMPLEX]);
    expect(screeningReasons({ ...none, nominated: true })).toEqual([ScreeningReason.INTERFERENCE]);
    expect(screeningReasons({ ...none, dissatisfied: true })).toEqual([ScreeningReason.DISSATISFIED]);
    expect(screeningReasons({ ...none, colour: "RED" })).toEqual([ScreeningReason.REPEATED]);
  });

  it("does not count a forwarded item, an orange label or a routine grade", () => {
    expect(screeningReasons({ ...none, origin: "FORWARDED_FROM_SUPERIOR", colour: "ORANGE" })).toEqual([]);
  });

  it("lists several reasons weightiest first", () => {
    expect(
      screeningReasons({
        origin: "ASSIGNED_BY_SUPERIOR",
        grade: "KEY",
        colour: "RED",
        dissatisfied: true,
        nominated: true,
      }),
    ).toEqual(["ASSIGNED_FROM_ABOVE", "DIFFICULT_COMPLEX", "INTERFERENCE", "DISSATISFIED", "REPEATED"]);
    expect(reasonsText([ScreeningReason.DIFFICULT_COMPLEX, ScreeningReason.INTERFERENCE])).toBe(
      "疑难复杂、干扰多阻力大",
    );
  });
});

describe("who is in the queue", () => {
  const reasons = [ScreeningReason.DIFFICULT_COMPLEX];
  it("keeps an open case with a reason and no owner", () => {
    expect(isCandidate(reasons, CaseStage.OPEN, false, false)).toBe(true);
  });
  it("leaves out a case without reasons, an owned one and a closed one", () => {
    expect(isCandidate([], CaseStage.OPEN, false, false)).toBe(false);
    expect(isCandidate(reasons, CaseStage.OPEN, true, false)).toBe(false);
    expect(isCandidate(reasons, CaseStage.CLOSED, false, true)).toBe(false);
  });
  it("keeps a concluded case only when the reporter is dissatisfied (结而不服)", () => {
    expect(isCandidate(reasons, CaseStage.CONCLUDED, false, false)).toBe(false);
    expect(isCandidate([ScreeningReason.DISSATISFIED], CaseStage.CONCLUDED, false, true)).toBe(true);
  });
});

describe("the order a leader sees", () => {
  const e = (caseId: string, townId: string | null, n: number, day: number): QueueEntry => ({
    caseId,
    townId,
    reasons: Array(n).fill(ScreeningReason.DIFFICULT_COMPLEX),
    since: new Date(Date.UTC(2026, 2, day)),
  });
  it("puts the linked towns first, then more reasons, then the longest waiting", () => {
    const list = [e("a", "t2", 3, 1), e("b", "t1", 1, 5), e("c", null, 1, 1), e("d", "t2", 1, 2), e("e", "t1", 2, 9)];
    expect(list.sort(compareForLeader(["t1"])).map((x) => x.caseId)).toEqual(["e", "b", "a", "c", "d"]);
  });
  it("without linked towns, orders by reasons and age alone", () => {
    const list = [e("x", "t1", 1, 3), e("y", "t2", 1, 2), e("z", null, 2, 9)];
    expect(list.sort(compareForLeader([])).map((x) => x.caseId)).toEqual(["z", "y", "x"]);
  });
});

describe("nomination note", () => {
  it("needs a few words of facts, at most 500", () => {
    expect(nominationProblems("  ")).toHaveLength(1);
    expect(nominationProblems("阻力")).toHaveLength(1);
    expect(nominationProblems("被反映人多次说情")).toEqual([]);
    expect(nominationProblems("字".repeat(501))).toEqual(["提请理由最多 500 字"]);
  });
});
