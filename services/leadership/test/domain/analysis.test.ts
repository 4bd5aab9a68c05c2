import {
  DEFAULT_RISK_FORMULA,
  analysisPeriodProblems,
  growthOf,
  hotspotSourceProblems,
  monthsBetween,
  normalisedComponents,
  previousPeriod,
  rankHotspots,
  riskFormulaProblems,
  riskScore,
  trendPoints,
  type GroupFigures,
  type RiskComponents,
  type RiskFormula,
} from "../../src/domain/analysis";

const only = (w: keyof RiskFormula): RiskFormula => ({
  volumeWeight: 0,
  growthWeight: 0,
  repeatShareWeight: 0,
  realNameShareWeight: 0,
  keyCasesWeight: 0,
  growthCap: 1,
  [w]: 1,
});
const comps = (c: Partial<RiskComponents> = {}): RiskComponents => ({
  count: 10,
  previousCount: 5,
  repeatCount: 2,
  realNameCount: 4,
  keyCases: 1,
  maxCount: 20,
  maxKeyCases: 2,
  ...c,
});
const group = (key: string, count: number, more: Partial<GroupFigures> = {}): GroupFigures => ({
  key,
  label: `组${key}`,
  count,
  repeatCount: 0,
  realNameCount: 0,
  keyCount: 0,
  byMonth: [],
  ...more,
});

describe("the risk score (风险指数)", () => {
  it("normalises each component to 0–1", () => {
    expect(normalisedComponents(comps(), 1)).toEqual({
      volume: 0.5,
      growth: 1,
      repeatShare: 0.2,
      realNameShare: 0.4,
      keyCases: 0.5,
    });
    // growth +50% against a cap of +200%: a quarter
    expect(normalisedComponents(comps({ count: 9, previousCount: 6 }), 2).growth).toBe(0.25);
    // a fall counts as no growth; a group new in the period as full growth; nothing at all as none
    expect(normalisedComponents(comps({ count: 3, previousCount: 6 }), 1).growth).toBe(0);
    expect(normalisedComponents(comps({ count: 3, previousCount: 0 }), 1).growth).toBe(1);
    expect(normalisedComponents(comps({ count: 0, previousCount: 0 }), 1).growth).toBe(0);
    // no key cases anywhere in the period: 0, not NaN
    expect(normalisedComponents(comps({ keyCases: 0, maxKeyCases: 0 }), 1).keyCases).toBe(0);
  });

  it("is the weighted mean on 0–100, one weight alone picks its component", () => {
    const c = comps();
    expect(riskScore(c, only("volumeWeight"))).toBe(50);
    expect(riskScore(c, only("repeatShareWeight"))).toBe(20);
    expect(riskScore(c, only("realNameShareWeight"))).toBe(40);
    expect(riskScore(c, only("keyCasesWeight"))).toBe(50);
    expect(riskScore(c, only("growthWeight"))).toBe(100);
    // defaults 40/25/10/5/20 of 100: 0.4*0.5 + 0.25*1 + 0.1*0.2 + 0.05*0.4 + 0.2*0.5 = 0.59
    expect(riskScore(c, DEFAULT_RISK_FORMULA)).toBe(59);
    // weights need not sum to 100: doubling all of them changes nothing
    const doubled = { ...DEFAULT_RISK_FORMULA, volumeWeight: 80, growthWeight: 50, repeatShareWeight: 20 };
    expect(riskScore(c, { ...doubled, realNameShareWeight: 10, keyCasesWeight: 40 })).toBe(59);
  });

  it("computes growth against the previous period, null when it had none", () => {
    expect(growthOf(12, 4)).toBe(2);
    expect(growthOf(2, 4)).toBe(-0.5);
    expect(growthOf(3, 0)).toBeNull();
  });

  it("refuses negative or all-zero weights and a bad growth cap, naming each", () => {
    expect(riskFormulaProblems(DEFAULT_RISK_FORMULA)).toEqual([]);
    expect(riskFormulaProblems({ ...only("volumeWeight"), volumeWeight: 0 })).toEqual(["各项权重不能全为 0"]);
    expect(
      riskFormulaProblems({ ...DEFAULT_RISK_FORMULA, growthWeight: -1, keyCasesWeight: 101, growthCap: 0 }),
    ).toEqual([
      "增幅权重应为 0–100 之间的数",
      "重点案件权重应为 0–100 之间的数",
      "增幅封顶值应大于 0 且不超过 10（1 表示增长 100%）",
    ]);
  });
});

describe("periods", () => {
  it("takes the previous period of the same length", () => {
    expect(previousPeriod("2026-10-01", "2026-10-31")).toEqual({ from: "2026-08-31", to: "2026-09-30" });
    expect(previousPeriod("2026-01-01", "2026-06-30")).toEqual({ from: "2025-07-04", to: "2025-12-31" });
    expect(previousPeriod("2026-03-01", "2026-03-01")).toEqual({ from: "2026-02-28", to: "2026-02-28" });
  });
  it("checks dates and a length of at most two years", () => {
    expect(analysisPeriodProblems("2025-01-01", "2026-12-31")).toEqual([]);
    expect(analysisPeriodProblems("2025-01-01", "2027-01-01")).toEqual(["分析期间最长两年"]);
    expect(analysisPeriodProblems("2024-02-29", "2026-02-28")).toEqual([]);
    expect(analysisPeriodProblems("2024-02-29", "2026-03-01")).toEqual(["分析期间最长两年"]);
    expect(analysisPeriodProblems("2026-02-30", "2026-03-01")).toEqual(["分析期间的日期应为有效的 YYYY-MM-DD"]);
    expect(analysisPeriodProblems("2026-03-02", "2026-03-01")).toEqual(["分析起始日期不能晚于截止日期"]);
  });
  it("lists the months between two dates across a year end", () => {
    expect(monthsBetween("2025-11-15", "2026-02-01")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2026-05-01", "2026-05-31")).toEqual(["2026-05"]);
  });
  it("checks a campaign's hotspot source", () => {
    expect(hotspotSourceProblems({ dimension: "TOWN", key: "t1", from: "2026-10-01", to: "2026-10-31" })).toEqual([]);
    expect(hotspotSourceProblems({ dimension: "CITY", key: "t1", from: "2026-10-01", to: "2026-09-30" })).toEqual([
      "热点分组维度无效",
      "分析起始日期不能晚于截止日期",
    ]);
  });
});

describe("ranking hotspots", () => {
  it("scores groups against the period's largest and the previous period, highest first", () => {
    const current = [
      group("a", 10, { repeatCount: 5, keyCount: 1 }),
      group("b", 4, { realNameCount: 4 }),
      group("c", 8),
    ];
    const previous = [group("a", 2), group("c", 8), group("d", 9)];
    const ranked = rankHotspots(current, previous, DEFAULT_RISK_FORMULA);
    expect(ranked.map((h) => h.key)).toEqual(["a", "b", "c"]);
    expect(ranked[0]).toEqual({
      key: "a",
      label: "组a",
      count: 10,
      previousCount: 2,
      growth: 4,
      repeatShare: 0.5,
      realNameShare: 0,
      keyCases: 1,
      // 0.4*1 + 0.25*1 + 0.1*0.5 + 0 + 0.2*1
      riskScore: 90,
    });
    expect(ranked[1]).toMatchObject({ previousCount: 0, growth: null, realNameShare: 1 });
    expect(ranked[2]).toMatchObject({ previousCount: 8, growth: 0 });
    // weighting only real names puts b first
    expect(rankHotspots(current, previous, only("realNameShareWeight"))[0].key).toBe("b");
  });

  it("builds a trend with zero months from both periods", () => {
    const now = group("a", 3, { byMonth: [{ month: "2026-10", count: 3 }] });
    const before = group("a", 1, { byMonth: [{ month: "2026-08", count: 1 }] });
    expect(trendPoints(["2026-08", "2026-09", "2026-10"], now, before)).toEqual([
      { month: "2026-08", count: 1 },
      { month: "2026-09", count: 0 },
      { month: "2026-10", count: 3 },
    ]);
    expect(trendPoints(["2026-09"], undefined)).toEqual([{ month: "2026-09", count: 0 }]);
  });
});
