import {
  CampaignStatus,
  ReceptionStatus,
  campaignNoteProblems,
  campaignProblems,
  campaignRuleProblems,
  cancelRefusal,
  caseVisitProblems,
  cleanList,
  closeCampaignProblems,
  receptionOutcomeProblems,
  receptionSlotProblems,
  scheduleWindowProblems,
  townMeetingProblems,
} from "../src/domain/field-work";

const today = "2026-06-15";

describe("petition meetings of linked towns (列席专题会议)", () => {
  const ok = { heldOn: "2026-06-10", topics: ["重复信访化解", " 积案清理 "], decisions: "建立包案台账，月底前销号" };
  it("accepts a meeting held on or before today", () => {
    expect(townMeetingProblems(ok, today)).toEqual([]);
    expect(townMeetingProblems({ ...ok, heldOn: today }, today)).toEqual([]);
  });
  it("refuses a future date, no topics and empty decisions, all at once, in Chinese", () => {
    expect(townMeetingProblems({ heldOn: "2026-06-16", topics: [" ", ""], decisions: " " }, today)).toEqual([
      "会议日期不能晚于今天",
      "请填写至少一项议题",
      "请填写会议决定事项",
    ]);
    expect(townMeetingProblems({ ...ok, heldOn: "2026/06/10" }, today)).toEqual(["会议日期格式应为 YYYY-MM-DD"]);
  });
  it("stores topics trimmed, each once", () => {
    expect(cleanList([" 积案清理", "积案清理 ", "", "矛盾排查"])).toEqual(["积案清理", "矛盾排查"]);
  });
});

describe("public receptions (公开接访)", () => {
  const slot = { receptionDate: "2026-06-20", startTime: "08:30", endTime: "11:30", place: "市群众来访接待中心" };
  it("accepts a slot from today on with a start before its end", () => {
    expect(receptionSlotProblems(slot, today)).toEqual([]);
    expect(receptionSlotProblems({ ...slot, receptionDate: today }, today)).toEqual([]);
  });
  it("refuses a past date, an end before the start, a bad time and an empty place", () => {
    expect(receptionSlotProblems({ ...slot, receptionDate: "2026-06-14" }, today)).toEqual(["接访日期不能早于今天"]);
    expect(receptionSlotProblems({ ...slot, endTime: "08:30" }, today)).toEqual(["接访结束时间应晚于开始时间"]);
    expect(receptionSlotProblems({ ...slot, startTime: "24:00" }, today)).toEqual(["接访时间格式应为 HH:MM"]);
    expect(receptionSlotProblems({ ...slot, place: "  " }, today)).toEqual(["请填写接访地点"]);
  });
  const held = { receptionDate: "2026-06-15", status: ReceptionStatus.SCHEDULED };
  it("records an outcome once the day has come, with no more reports than visitors", () => {
    expect(
      receptionOutcomeProblems(held, { visitorsReceived: 3, reportIds: ["a", "b"], summary: "接待 3 批" }, today),
    ).toEqual([]);
    expect(
      receptionOutcomeProblems(
        { ...held, receptionDate: "2026-06-16" },
        { visitorsReceived: 1, reportIds: ["a", "a", "b"], summary: "x" },
        today,
      ),
    ).toEqual(["接访日期未到，不能登记接访情况", "登记的举报件数不能多于接待人次"]);
    expect(
      receptionOutcomeProblems(
        { ...held, status: ReceptionStatus.CANCELLED },
        { visitorsReceived: -1, reportIds: [], summary: "x" },
        today,
      ),
    ).toEqual(["该接访已取消，不能登记接访情况", "接待人次应为 0–1000 的整数"]);
  });
  it("cancels only what has not been held, with a reason", () => {
    expect(cancelRefusal(ReceptionStatus.SCHEDULED, "领导临时出差")).toBeNull();
    expect(cancelRefusal(ReceptionStatus.SCHEDULED, " ")).toBe("请填写取消原因");
    expect(cancelRefusal(ReceptionStatus.HELD, "领导临时出差")).toBe("该接访已举行，不能取消");
  });
  it("reads the published schedule a quarter at most", () => {
    expect(scheduleWindowProblems("2026-06-01", "2026-08-31")).toEqual([]);
    expect(scheduleWindowProblems("2026-06-01", "2026-09-02")).toEqual(["一次最多查询 92 天的接访安排"]);
    expect(scheduleWindowProblems("2026-06-02", "2026-06-01")).toEqual(["开始日期不能晚于结束日期"]);
  });
});

describe("case visits (带案下访)", () => {
  it("needs a past or present date, at least one case and the outcome", () => {
    expect(caseVisitProblems({ visitedOn: today, caseIds: ["c1"], outcome: "当面答复信访人" }, today)).toEqual([]);
    expect(caseVisitProblems({ visitedOn: "2026-07-01", caseIds: [], outcome: "" }, today)).toEqual([
      "下访日期不能晚于今天",
      "请选择至少一件带案下访的案件",
      "请填写下访结果",
    ]);
  });
});

describe("special rectification (专项整治)", () => {
  const c = {
    topic: "农村集体“三资”管理专项整治",
    scope: "全市各镇（街道）村集体",
    periodFrom: "2026-07-01",
    periodTo: "2026-12-31",
    reportIds: ["r1"],
    caseIds: [],
  };
  it("accepts a campaign with a topic, a scope and a period of at most two years", () => {
    expect(campaignProblems(c)).toEqual([]);
    expect(campaignProblems({ ...c, periodTo: "2029-01-01" })).toEqual(["整治期间最长两年"]);
    expect(campaignProblems({ ...c, periodTo: "2026-06-30" })).toEqual(["整治期间的开始日期不能晚于结束日期"]);
    expect(campaignProblems({ ...c, topic: "", scope: "" })).toEqual(["请填写整治主题", "请填写整治范围"]);
  });
  it("checks progress notes and the rules produced", () => {
    expect(campaignNoteProblems({ notedOn: today, text: "已排查 12 个村" }, today)).toEqual([]);
    expect(campaignNoteProblems({ notedOn: "2026-06-16", text: "" }, today)).toEqual([
      "进展日期不能晚于今天",
      "请填写进展情况",
    ]);
    expect(
      campaignRuleProblems({ title: "村级小微权力清单", issuingUnit: "市纪委监委", issuedOn: today }, today),
    ).toEqual([]);
    expect(campaignRuleProblems({ title: " ", issuingUnit: "市纪委监委", issuedOn: "2026-13-01" }, today)).toEqual([
      "请填写制度名称",
      "印发日期格式应为 YYYY-MM-DD",
    ]);
  });
  it("closes a running campaign with its results only", () => {
    expect(closeCampaignProblems(CampaignStatus.ACTIVE, "形成制度 3 项")).toEqual([]);
    expect(closeCampaignProblems(CampaignStatus.CLOSED, "")).toEqual([
      "该专项整治已结束，不能再修改",
      "请填写整治成效",
    ]);
  });
});
