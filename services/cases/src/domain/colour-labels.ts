import { badInput, beijingDate } from "@prp/kit/core";

/**
 * Colour labels (色标管理) of repeat and key reports: five categories screened on a rolling
 * basis, each a rule from the facts of a case to a colour. Categories, thresholds and windows
 * are configuration: the defaults below are documented, and `resolveLabelConfig` takes an
 * administrator's overrides. Pure: facts go in, a label comes out.
 *
 * Defaults (DEFAULT_LABEL_CONFIG), each threshold the least value giving that colour:
 *
 *   category              measure                                      GREEN YELLOW ORANGE RED
 *   结而不服 CLOSED_NOT_ACCEPTED  DISSATISFIED answers after conclusion        -     -      -     1
 *   重复举报 REPEAT               reports of the matter in the last 12 months  2     3      4     5
 *   越级举报 SKIP_LEVEL           reports of it that came down from above      1     2      3     4
 *   集体举报 COLLECTIVE           co-signers of the report                     5    10     20    50
 *   长期未结 LONG_OPEN            whole months open since acceptance            -     3      6    12
 *
 * The commission's own example reads "red = repeat ≥ 5 times in 12 months or 结而不服 after
 * review". Here the reporter's answer is recorded only after the result has been explained to
 * them (the feedback is that review), so one DISSATISFIED is red; set `RED: 2` to wait for a
 * second round. Nearly half of a county's items come down from above, so one such item is only
 * green; the matter going over the competent level's head again and again is what turns it red.
 * A case's label is its most severe colour; it lists every category it falls in.
 */

export enum LabelCategory {
  CLOSED_NOT_ACCEPTED = "CLOSED_NOT_ACCEPTED",
  REPEAT = "REPEAT",
  SKIP_LEVEL = "SKIP_LEVEL",
  COLLECTIVE = "COLLECTIVE",
  LONG_OPEN = "LONG_OPEN",
}

export const LABEL_CATEGORY_LABELS: Record<LabelCategory, string> = {
  [LabelCategory.CLOSED_NOT_ACCEPTED]: "结而不服",
  [LabelCategory.REPEAT]: "重复举报",
  [LabelCategory.SKIP_LEVEL]: "越级举报",
  [LabelCategory.COLLECTIVE]: "集体举报",
  [LabelCategory.LONG_OPEN]: "长期未结",
};

/** Most severe first. */
export enum LabelColour {
  RED = "RED",
  ORANGE = "ORANGE",
  YELLOW = "YELLOW",
  GREEN = "GREEN",
}

export const LABEL_COLOUR_LABELS: Record<LabelColour, string> = {
  [LabelColour.RED]: "红色",
  [LabelColour.ORANGE]: "橙色",
  [LabelColour.YELLOW]: "黄色",
  [LabelColour.GREEN]: "绿色",
};

/** Colours from the most to the least severe. */
export const COLOURS_BY_SEVERITY: readonly LabelColour[] = [
  LabelColour.RED,
  LabelColour.ORANGE,
  LabelColour.YELLOW,
  LabelColour.GREEN,
];
const CATEGORY_ORDER: readonly LabelCategory[] = Object.values(LabelCategory);

/** Severity rank: 0 for RED … 3 for GREEN; a smaller rank is more severe. */
export const colourRank = (c: LabelColour): number => COLOURS_BY_SEVERITY.indexOf(c);

/** The least measured value giving each colour; a colour left out is never given. */
export type Thresholds = Partial<Record<LabelColour, number>>;

export interface CategoryRule {
  enabled: boolean;
  thresholds: Thresholds;
}

export interface LabelConfig {
  rules: Record<LabelCategory, CategoryRule>;
  /** 重复举报 counts reports received within this many months before the screening. */
  repeatWindowMonths: number;
}

export const DEFAULT_LABEL_CONFIG: LabelConfig = {
  rules: {
    [LabelCategory.CLOSED_NOT_ACCEPTED]: { enabled: true, thresholds: { RED: 1 } },
    [LabelCategory.REPEAT]: { enabled: true, thresholds: { RED: 5, ORANGE: 4, YELLOW: 3, GREEN: 2 } },
    [LabelCategory.SKIP_LEVEL]: { enabled: true, thresholds: { RED: 4, ORANGE: 3, YELLOW: 2, GREEN: 1 } },
    [LabelCategory.COLLECTIVE]: { enabled: true, thresholds: { RED: 50, ORANGE: 20, YELLOW: 10, GREEN: 5 } },
    [LabelCategory.LONG_OPEN]: { enabled: true, thresholds: { RED: 12, ORANGE: 6, YELLOW: 3 } },
  },
  repeatWindowMonths: 12,
};

/** An administrator's changes to the defaults: any rule, any threshold, the window. */
export interface LabelConfigOverrides {
  rules?: Partial<Record<LabelCategory, Partial<CategoryRule>>>;
  repeatWindowMonths?: number;
}

/** The largest threshold an administrator may set (no measure here comes near it). */
export const MAX_LABEL_THRESHOLD = 10_000;

/**
 * The defaults with the overrides applied, checked: thresholds are integers from 1 to
 * MAX_LABEL_THRESHOLD, ascending from the mildest colour to the most severe (a more severe colour
 * needs more than a milder one, else the milder one could never be given), an enabled rule gives
 * some colour.
 */
export function resolveLabelConfig(overrides: LabelConfigOverrides = {}): LabelConfig {
  const problems: string[] = [];
  const rules = {} as Record<LabelCategory, CategoryRule>;
  for (const category of CATEGORY_ORDER) {
    const base = DEFAULT_LABEL_CONFIG.rules[category];
    const o = overrides.rules?.[category];
    const rule: CategoryRule = {
      enabled: o?.enabled ?? base.enabled,
      thresholds: { ...(o?.thresholds ?? base.thresholds) },
    };
    problems.push(...thresholdProblems(category, rule));
    rules[category] = rule;
  }
  for (const key of Object.keys(overrides.rules ?? {}))
    if (!CATEGORY_ORDER.includes(key as LabelCategory)) problems.push(`未知的色标类别：${key}`);
  const repeatWindowMonths = overrides.repeatWindowMonths ?? DEFAULT_LABEL_CONFIG.repeatWindowMonths;
  if (!Number.isInteger(repeatWindowMonths) || repeatWindowMonths < 1 || repeatWindowMonths > 120)
    problems.push("重复举报的统计期须为 1 到 120 个月");
  if (problems.length) throw badInput(problems.join("；"), { problems });
  return { rules, repeatWindowMonths };
}

function thresholdProblems(category: LabelCategory, rule: CategoryRule): string[] {
  const name = LABEL_CATEGORY_LABELS[category];
  const problems: string[] = [];
  let lastValue: number | null = null;
  let lastColour: LabelColour | null = null;
  for (const key of Object.keys(rule.thresholds))
    if (!COLOURS_BY_SEVERITY.includes(key as LabelColour)) problems.push(`${name}：未知的颜色 ${key}`);
  // from the mildest colour up: each more severe threshold must not be lower
  for (const colour of [...COLOURS_BY_SEVERITY].reverse()) {
    const v = rule.thresholds[colour];
    if (v === undefined) continue;
    if (!Number.isInteger(v) || v < 1) {
      problems.push(`${name}：${LABEL_COLOUR_LABELS[colour]}阈值须为正整数`);
      continue;
    }
    if (v > MAX_LABEL_THRESHOLD) {
      problems.push(`${name}：${LABEL_COLOUR_LABELS[colour]}阈值不能超过 ${MAX_LABEL_THRESHOLD}`);
      continue;
    }
    if (lastValue !== null && v <= lastValue)
      problems.push(
        `${name}：${LABEL_COLOUR_LABELS[colour]}阈值（${v}）须高于${LABEL_COLOUR_LABELS[lastColour!]}阈值（${lastValue}）`,
      );
    lastValue = v;
    lastColour = colour;
  }
  if (rule.enabled && lastValue === null) problems.push(`${name}：启用的类别至少须设置一个颜色阈值`);
  return problems;
}

/** What the screening knows about one case, gathered from intake's events and the case itself. */
export interface LabelFacts {
  /** DISSATISFIED answers recorded after conclusion, while the latest answer is still DISSATISFIED (0 otherwise). */
  dissatisfiedAfterConclusion: number;
  /** When each report of the same subject and matter was received, this case's own report included. */
  reportTimes: readonly Date[];
  /** Reports of the matter that came down from a higher level (越级: taken over the competent level's head). */
  skipLevelReports: number;
  /** People who co-signed the report (0 or 1 for a single reporter). */
  coSigners: number;
  /** When the case was accepted, or null before. */
  acceptedAt: Date | null;
  /** When it was concluded, or null while open: a concluded case is no longer 长期未结. */
  concludedAt: Date | null;
}

export interface CategoryFinding {
  category: LabelCategory;
  colour: LabelColour;
  /** The measured value the colour came from (count, co-signers, months). */
  value: number;
}

export interface ColourLabel {
  /** The most severe colour, or null when the case falls in no category. */
  colour: LabelColour | null;
  /** Every category the case falls in, most severe first (then in category order). */
  findings: CategoryFinding[];
}

/** The colour a measured value reaches under some thresholds, or null below all of them. */
export function colourFor(value: number, thresholds: Thresholds): LabelColour | null {
  for (const colour of COLOURS_BY_SEVERITY) {
    const t = thresholds[colour];
    if (t !== undefined && value >= t) return colour;
  }
  return null;
}

/** Whole calendar months from one instant to another on the Beijing calendar (never negative). */
export function wholeMonthsBetween(from: Date, to: Date): number {
  const [fy, fm, fd] = beijingDate(from).split("-").map(Number);
  const [ty, tm, td] = beijingDate(to).split("-").map(Number);
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months--;
  return Math.max(0, months);
}

/**
 * The first Beijing day of the repeat window: the same day `months` months before `now`
 * (the month's last day when that month is shorter: 12 months before 2027-02-29 does not exist).
 */
export function repeatWindowStart(now: Date, months: number): string {
  const [y, m, d] = beijingDate(now).split("-").map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** What each category measures in the facts of a case. */
export function measure(category: LabelCategory, facts: LabelFacts, now: Date, config: LabelConfig): number {
  switch (category) {
    case LabelCategory.CLOSED_NOT_ACCEPTED:
      return facts.concludedAt ? facts.dissatisfiedAfterConclusion : 0;
    case LabelCategory.REPEAT: {
      const from = repeatWindowStart(now, config.repeatWindowMonths);
      return facts.reportTimes.filter((t) => beijingDate(t) >= from && t.getTime() <= now.getTime()).length;
    }
    case LabelCategory.SKIP_LEVEL:
      return facts.skipLevelReports;
    case LabelCategory.COLLECTIVE:
      return facts.coSigners;
    case LabelCategory.LONG_OPEN:
      return facts.acceptedAt && !facts.concludedAt ? wholeMonthsBetween(facts.acceptedAt, now) : 0;
  }
}

/** The label of one case at `now`: each enabled rule applied, the most severe colour kept. */
export function assessLabel(facts: LabelFacts, now: Date, config: LabelConfig = DEFAULT_LABEL_CONFIG): ColourLabel {
  const findings: CategoryFinding[] = [];
  for (const category of CATEGORY_ORDER) {
    const rule = config.rules[category];
    if (!rule.enabled) continue;
    const value = measure(category, facts, now, config);
    const colour = colourFor(value, rule.thresholds);
    if (colour) findings.push({ category, colour, value });
  }
  findings.sort(
    (a, b) =>
      colourRank(a.colour) - colourRank(b.colour) ||
      CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category),
  );
  return { colour: findings[0]?.colour ?? null, findings };
}

/** True when a screening changed a case's label (colour or the set of categories and their colours). */
export function labelChanged(before: ColourLabel | null, after: ColourLabel): boolean {
  const key = (l: ColourLabel | null) =>
    l ? `${l.colour ?? "-"}|${l.findings.map((f) => `${f.category}:${f.colour}`).join(",")}` : "-|";
  return key(before) !== key(after);
}
