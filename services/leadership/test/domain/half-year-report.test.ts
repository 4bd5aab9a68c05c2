import { formatChange, halfYearReport, type HalfYearFigures } from "../../src/domain/half-year-report";
import { leadershipFigures } from "../../src/domain/period-figures";

const emptyLeadership = leadershipFigures(
  { from: "2026-01-01", to: "2026-06-30", start: new Date(0), end: new Date(0) },
  {
    screened: [],
    ownerships: [],
    analysisSessions: [],
    townMeetings: [],
    receptions: [],
    caseVisits: [],
    campaigns: [],
    rules: [],
  },
);
const intake = (total: number, letters: number, online: number) => ({
  total,
  realNameShare: 0.5,
  forwardedCount: 1,
  byChannel: [
    { key: "LETTER", label: "来信", count: letters },
    { key: "ONLINE", label: "网络举报", count: online },
  ].filter((c) => c.count > 0),
  byCategory: [{ key: "INTEGRITY_DISCIPLINE", label: "违反廉洁纪律", count: total }],
  byScope: [],
  byDisposition: [],
});
const figures: HalfYearFigures = {
  label: "2026年上半年",
  previousLabel: "2025年下半年",
  intake: { current: intake(12, 8, 4), previous: intake(10, 10, 0) },
  cases: null,
  training: null,
  leadership: { current: { ...emptyLeadership, ownershipsClaimed: 3 }, previous: emptyLeadership },
};

describe("the half-year report's content", () => {
  const report = halfYearReport(figures);
  const section = (title: string) => report.sections.find((s) => s.title.includes(title))!;

  it("is titled by the half and summarises the volume against the previous half", () => {
    expect(report.title).toBe("2026年上半年信访举报工作分析");
    expect(report.summary).toContain("2026年上半年，共受理信访举报12件，较2025年下半年增加2件（20.0%）");
    expect(report.summary).toContain("反映问题最多的是违反廉洁纪律（12件）");
    expect(report.summary).toContain("委领导包案3件");
    // a subgraph that did not answer is said so, not counted as zero
    expect(report.summary).toContain("办理情况暂无法获取");
    expect(report.summary).toContain("培训情况暂无法获取");
  });

  it("compares each group's figures, with every key of either half", () => {
    expect(section("受理渠道").rows).toEqual([
      { label: "来信", current: 8, previous: 10, kind: "count" },
      { label: "网络举报", current: 4, previous: 0, kind: "count" },
    ]);
    expect(section("总体情况").rows![0]).toEqual({ label: "收件总数", current: 12, previous: 10, kind: "count" });
    expect(section("领导包案").rows!.find((r) => r.label === "领导包案")).toMatchObject({ current: 3, previous: 0 });
  });

  it("keeps the sections of a subgraph that did not answer, without rows", () => {
    expect(section("办理结果").rows).toBeNull();
    expect(section("色标").rows).toBeNull();
    expect(section("教育培训").rows).toBeNull();
    expect(section("教育培训").source).toBe("培训");
  });

  it("writes the change with its sign, shares in percentage points", () => {
    expect(formatChange({ label: "", current: 3, previous: 5, kind: "count" })).toBe("-2");
    expect(formatChange({ label: "", current: 5, previous: 3, kind: "count" })).toBe("+2");
    expect(formatChange({ label: "", current: 4, previous: 4, kind: "count" })).toBe("0");
    expect(formatChange({ label: "", current: 0.55, previous: 0.5, kind: "share" })).toBe("+5.0个百分点");
    expect(formatChange({ label: "", current: null, previous: 0.5, kind: "share" })).toBe("—");
  });
});
