import {
  analysisSessionProblems,
  cleanParticipants,
  disciplineDiscussionProblems,
  forceProblems,
  targetDateProblems,
} from "../../src/domain/owner-work";

const today = "2026-03-10";
const session = { heldOn: "2026-03-09", participants: ["王建国"], findings: "线索可查", mainDirection: "核查资金" };

describe("the owner's records", () => {
  it("accepts a complete analysis session (案情研判)", () => {
    expect(analysisSessionProblems(session, today)).toEqual([]);
  });
  it("names every problem of a session at once", () => {
    expect(
      analysisSessionProblems({ heldOn: "2026-03-11", participants: [" "], findings: "", mainDirection: "" }, today),
    ).toEqual(["研判日期不能晚于今天", "请填写参加人员", "请填写研判意见", "请填写主攻方向"]);
    expect(analysisSessionProblems({ ...session, heldOn: "3/9" }, today)).toEqual(["研判日期格式应为 YYYY-MM-DD"]);
    expect(analysisSessionProblems({ ...session, participants: Array(31).fill("人") }, today)).toEqual([
      "参加人员最多 30 人",
    ]);
  });
  it("needs both the finding and the measure in a discussion (研讨定性量纪)", () => {
    expect(
      disciplineDiscussionProblems(
        { heldOn: today, participants: ["甲"], finding: "违反廉洁纪律", measure: "" },
        today,
      ),
    ).toEqual(["请填写量纪意见"]);
  });
  it("needs people or units and a task for forces (调度精干力量)", () => {
    expect(forceProblems({ personIds: [], unitIds: [], task: "专班" })).toEqual(["请选择调度的人员或单位"]);
    expect(forceProblems({ personIds: ["p"], unitIds: [], task: " " })).toEqual(["请填写任务"]);
    expect(forceProblems({ personIds: [], unitIds: ["u"], task: "组成专班" })).toEqual([]);
  });
  it("refuses a target date in the past", () => {
    expect(targetDateProblems("2026-03-09", today)).toEqual(["目标办结日期不能早于今天"]);
    expect(targetDateProblems(today, today)).toEqual([]);
    expect(targetDateProblems("2026-3-9", today)).toHaveLength(1);
  });
  it("keeps each participant once, trimmed", () => {
    expect(cleanParticipants([" 甲 ", "乙", "甲", ""])).toEqual(["甲", "乙"]);
  });
});
