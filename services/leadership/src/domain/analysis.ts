import { DAY_MS, isDateOnly } from "@prp/kit/core";

/** What a hotspot is grouped by (热点分组维度); the same values as intake's `intakeGroups`. */
export enum HotspotDimension {
  TOWN = "TOWN",
  CATEGORY = "CATEGORY",
  SUBJECT_UNIT = "SUBJECT_UNIT",
  INDUSTRY = "INDUSTRY",
  CHANNEL = "CHANNEL",
}
export const HOTSPOT_DIMENSION_LABELS: Record<HotspotDimension, string> = {
  TOWN: "按镇（街道）",
  CATEGORY: "按问题类别",
  SUBJECT_UNIT: "按被反映人所在单位",
  INDUSTRY: "按行业系统",
  CHANNEL: "按受理渠道",
};

/**
 * The risk formula (风险指数公式): a weight for each component (any non-negative numbers, not all 0;
 * the score divides by their sum) and the growth at which the growth component is full.
 */
export interface RiskFormula {
  volumeWeight: number;
  growthWeight: number;
  repeatShareWeight: number;
  realNameShareWeight: number;
  keyCasesWeight: number;
  /** Growth (e.g. 1 = +100%, the volume doubled) from which the growth component counts fully. */
  growthCap: number;
}

/**
 * The defaults (docs/leadership-analysis.md): volume first — growth of a handful of reports is
 * noise — then growth, key cases, repeats, real names.
 */
export const DEFAULT_RISK_FORMULA: RiskFormula = Object.freeze({
  volumeWeight: 40,
  growthWeight: 25,
  repeatShareWeight: 10,
  realNameShareWeight: 5,
  keyCasesWeight: 20,
  growthCap: 1,
});

export const MAX_WEIGHT = 100;
export const MAX_GROWTH_CAP = 10;

const WEIGHTS = ["volumeWeight", "growthWeight", "repeatShareWeight", "realNameShareWeight", "keyCasesWeight"] as const;
const WEIGHT_NAMES: Record<(typeof WEIGHTS)[number], string> = {
  volumeWeight: "件数权重",
  growthWeight: "增幅权重",
  repeatShareWeight: "重复举报占比权重",
  realNameShareWeight: "实名举报占比权重",
  keyCasesWeight: "重点案件权重",
};

/** Problems with a formula (Chinese, all at once). */
export function riskFormulaProblems(f: RiskFormula): string[] {
  const p: string[] = [];
  for (const w of WEIGHTS) {
    const v = f[w];
    if (!Number.isFinite(v) || v < 0 || v > MAX_WEIGHT) p.push(`${WEIGHT_NAMES[w]}应为 0–${MAX_WEIGHT} 之间的数`);
  }
  if (!p.length && WEIGHTS.every((w) => f[w] === 0)) p.push("各项权重不能全为 0");
  if (!Number.isFinite(f.growthCap) || f.growthCap <= 0 || f.growthCap > MAX_GROWTH_CAP)
    p.push(`增幅封顶值应大于 0 且不超过 ${MAX_GROWTH_CAP}（1 表示增长 100%）`);
  return p;
}

/** The raw figures of one group in a period, and the largest of the period's groups. */
export interface RiskComponents {
  count: number;
  previousCount: number;
  repeatCount: number;
  realNameCount: number;
  keyCases: number;
  /** The largest count of any group of the period. */
  maxCount: number;
  /** The most key cases of any group of the period. */
  maxKeyCases: number;
}

/** Growth against the previous period: (count − previous) / previous; null when the previous period had none. */
export function growthOf(count: number, previousCount: number): number | null {
  return previousCount > 0 ? (count - previousCount) / previousCount : null;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const clip01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Each component on 0–1: volume and key cases relative to the period's largest group; growth
 * clipped to [0, growthCap] then divided by it (a group new in this period counts as full growth, a
 * fall as none); repeat and real-name shares of the group's reports.
 */
export function normalisedComponents(c: RiskComponents, growthCap: number) {
  const growth = growthOf(c.count, c.previousCount);
  return {
    volume: clip01(share(c.count, c.maxCount)),
    growth: growth === null ? (c.count > 0 ? 1 : 0) : clip01(growth / growthCap),
    repeatShare: clip01(share(c.repeatCount, c.count)),
    realNameShare: clip01(share(c.realNameCount, c.count)),
    keyCases: clip01(share(c.keyCases, c.maxKeyCases)),
  };
}

/** The risk score (风险指数) 0–100: the weighted mean of the normalised components, one decimal. */
export function riskScore(c: RiskComponents, f: RiskFormula): number {
  const n = normalisedComponents(c, f.growthCap);
  const total = f.volumeWeight + f.growthWeight + f.repeatShareWeight + f.realNameShareWeight + f.keyCasesWeight;
  if (total <= 0) return 0;
  const sum =
    f.volumeWeight * n.volume +
    f.growthWeight * n.growth +
    f.repeatShareWeight * n.repeatShare +
    f.realNameShareWeight * n.realNameShare +
    f.keyCasesWeight * n.keyCases;
  return Math.round((sum / total) * 1000) / 10;
}

/** The last day of a period of at most two years from `from` (2025-01-01 → 2026-12-31). */
function lastDayWithinTwoYears(from: string): string {
  const [y, m, d] = from.split("-").map(Number);
  return dateOf(Date.UTC(y + 2, m - 1, d) / DAY_MS - 1);
}

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY_MS;
const dateOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Problems with an analysed period (dates YYYY-MM-DD, from ≤ to, at most two years). */
export function analysisPeriodProblems(from: string, to: string): string[] {
  if (!isDateOnly(from) || !isDateOnly(to)) return ["分析期间的日期应为有效的 YYYY-MM-DD"];
  if (from > to) return ["分析起始日期不能晚于截止日期"];
  if (to > lastDayWithinTwoYears(from)) return ["分析期间最长两年"];
  return [];
}

/** The period of the same length just before [from, to] (环比期间). */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const days = dayNumber(to) - dayNumber(from) + 1;
  return { from: dateOf(dayNumber(from) - days), to: dateOf(dayNumber(from) - 1) };
}

/** The months (YYYY-MM) from the month of `from` to the month of `to`, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    if (month > last) return months;
    months.push(month);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}

/** One group's figures from intake (for one period). */
export interface GroupFigures {
  key: string;
  label: string;
  count: number;
  repeatCount: number;
  realNameCount: number;
  keyCount: number;
  byMonth: { month: string; count: number }[];
}

export interface RankedHotspot {
  key: string;
  label: string;
  count: number;
  previousCount: number;
  growth: number | null;
  repeatShare: number;
  realNameShare: number;
  keyCases: number;
  riskScore: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The hotspots (热点) of a period: every group with reports in it, scored against the period's
 * largest group and the same group in the previous period; highest risk first (then volume, key).
 */
export function rankHotspots(
  current: readonly GroupFigures[],
  previous: readonly GroupFigures[],
  formula: RiskFormula,
): RankedHotspot[] {
  const before = new Map(previous.map((g) => [g.key, g.count]));
  const maxCount = Math.max(0, ...current.map((g) => g.count));
  const maxKeyCases = Math.max(0, ...current.map((g) => g.keyCount));
  return current
    .filter((g) => g.count > 0)
    .map((g) => {
      const previousCount = before.get(g.key) ?? 0;
      const growth = growthOf(g.count, previousCount);
      return {
        key: g.key,
        label: g.label,
        count: g.count,
        previousCount,
        growth: growth === null ? null : round3(growth),
        repeatShare: round3(share(g.repeatCount, g.count)),
        realNameShare: round3(share(g.realNameCount, g.count)),
        keyCases: g.keyCount,
        riskScore: riskScore(
          {
            count: g.count,
            previousCount,
            repeatCount: g.repeatCount,
            realNameCount: g.realNameCount,
            keyCases: g.keyCount,
            maxCount,
            maxKeyCases,
          },
          formula,
        ),
      };
    })
    .sort((a, b) => b.riskScore - a.riskScore || b.count - a.count || a.key.localeCompare(b.key));
}

/** A group's monthly counts over the months given (0 where it had none), from both periods' figures. */
export function trendPoints(
  months: readonly string[],
  ...figures: (GroupFigures | undefined)[]
): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of figures) for (const p of f?.byMonth ?? []) counts.set(p.month, (counts.get(p.month) ?? 0) + p.count);
  return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

/** A campaign's hotspot source (热点来源): all four given, a known dimension, a valid period. */
export function hotspotSourceProblems(h: { dimension: string; key: string; from: string; to: string }): string[] {
  const p: string[] = [];
  if (!(Object.values(HotspotDimension) as string[]).includes(h.dimension)) p.push("热点分组维度无效");
  if (h.key.length > 64) p.push("热点分组编码最多 64 个字符");
  return [...p, ...analysisPeriodProblems(h.from, h.to)];
}
