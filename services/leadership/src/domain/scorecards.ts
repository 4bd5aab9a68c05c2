/** What a town scorecard (述责述廉) compares with the city average. */
export enum ScorecardMeasure {
  REPORTS = "REPORTS",
  REPEAT_SHARE = "REPEAT_SHARE",
  DISSATISFIED_SHARE = "DISSATISFIED_SHARE",
  OVERDUE_ITEMS = "OVERDUE_ITEMS",
  KEY_CASES = "KEY_CASES",
}
export const SCORECARD_MEASURE_LABELS: Record<ScorecardMeasure, string> = {
  REPORTS: "信访举报件数",
  REPEAT_SHARE: "重复举报占比",
  DISSATISFIED_SHARE: "不满意占比",
  OVERDUE_ITEMS: "逾期事项",
  KEY_CASES: "重点案件",
};

/** The counts behind one town's scorecard. */
export interface TownCounts {
  townId: string;
  /** Reports received in the period about the town (intake). */
  reports: number;
  repeatReports: number;
  /** Cases of the town opened in the period that have concluded (办结或结案). */
  concludedCases: number;
  /** Of those, the reporter said they were dissatisfied (结而不服). */
  dissatisfiedCases: number;
  /** The town's cases with an overdue item on the scorecard's day (case handling's `Case.overdueOn`). */
  overdueItems: number;
  /** Reports of the period whose case was graded KEY. */
  keyCases: number;
}

/** The compared figures: a town's, the city average, or a town's difference from it. */
export interface ScorecardFigures {
  reports: number;
  repeatShare: number;
  dissatisfiedShare: number;
  overdueItems: number;
  keyCases: number;
}

export interface TownScorecardRow extends TownCounts, ScorecardFigures {
  /** The town minus the city average, measure by measure. */
  vsAverage: ScorecardFigures;
  /** The measures where the town is above the city average (worse: more reports, overdue items…). */
  aboveAverage: ScorecardMeasure[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * Town scorecards with the city average: counts per town as given; shares per town; the city
 * average is the mean per town of the counts, and the city's pooled shares (all repeats over all
 * reports; all dissatisfied over all concluded cases). Most reports first, then by town id.
 */
export function townScorecards(towns: readonly TownCounts[]): {
  towns: TownScorecardRow[];
  cityAverage: ScorecardFigures;
} {
  const n = towns.length;
  const sum = (f: (t: TownCounts) => number) => towns.reduce((s, t) => s + f(t), 0);
  const cityAverage: ScorecardFigures = {
    reports: round3(n ? sum((t) => t.reports) / n : 0),
    repeatShare: round3(
      share(
        sum((t) => t.repeatReports),
        sum((t) => t.reports),
      ),
    ),
    dissatisfiedShare: round3(
      share(
        sum((t) => t.dissatisfiedCases),
        sum((t) => t.concludedCases),
      ),
    ),
    overdueItems: round3(n ? sum((t) => t.overdueItems) / n : 0),
    keyCases: round3(n ? sum((t) => t.keyCases) / n : 0),
  };
  const rows = towns.map((t) => {
    const figures: ScorecardFigures = {
      reports: t.reports,
      repeatShare: round3(share(t.repeatReports, t.reports)),
      dissatisfiedShare: round3(share(t.dissatisfiedCases, t.concludedCases)),
      overdueItems: t.overdueItems,
      keyCases: t.keyCases,
    };
    const vsAverage: ScorecardFigures = {
      reports: round3(figures.reports - cityAverage.reports),
      repeatShare: round3(figures.repeatShare - cityAverage.repeatShare),
      dissatisfiedShare: round3(figures.dissatisfiedShare - cityAverage.dissatisfiedShare),
      overdueItems: round3(figures.overdueItems - cityAverage.overdueItems),
      keyCases: round3(figures.keyCases - cityAverage.keyCases),
    };
    const above: [ScorecardMeasure, number][] = [
      [ScorecardMeasure.REPORTS, vsAverage.reports],
      [ScorecardMeasure.REPEAT_SHARE, vsAverage.repeatShare],
      [ScorecardMeasure.DISSATISFIED_SHARE, vsAverage.dissatisfiedShare],
      [ScorecardMeasure.OVERDUE_ITEMS, vsAverage.overdueItems],
      [ScorecardMeasure.KEY_CASES, vsAverage.keyCases],
    ];
    return { ...t, ...figures, vsAverage, aboveAverage: above.filter(([, d]) => d > 0).map(([m]) => m) };
  });
  rows.sort((a, b) => b.reports - a.reports || a.townId.localeCompare(b.townId));
  return { towns: rows, cityAverage };
}
