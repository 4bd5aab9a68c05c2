/**
 * The half-year report's rows, built from two periods' figures: what each row shows and how it
 * reads a period. Plain functions, so the page and a reader of the table agree on one list.
 */

export type FigureKind = "count" | "share" | "score";

export interface FigureRow {
  /** Translation key of the row's name (or a label from the data, see `text`). */
  label: string;
  /** A label that is data already (a category's name), shown as is. */
  text?: string;
  kind: FigureKind;
  value: (p: any) => number | null | undefined;
}

export interface FigureGroup {
  title: string;
  rows: FigureRow[];
}

const count = (label: string, value: FigureRow["value"]): FigureRow => ({ label, kind: "count", value });
const share = (label: string, value: FigureRow["value"]): FigureRow => ({ label, kind: "share", value });
const score = (label: string, value: FigureRow["value"]): FigureRow => ({ label, kind: "score", value });

/** Rows for each key of a list of counts (channels, categories), the union over both periods. */
function keyedRows(list: (p: any) => { key: string; label: string; count: number }[] | undefined, periods: any[]) {
  const labels = new Map<string, string>();
  for (const p of periods) for (const c of list(p) ?? []) labels.set(c.key, c.label);
  const current = periods[0];
  return [...labels]
    .sort(
      ([a], [b]) =>
        (list(current)?.find((c) => c.key === b)?.count ?? 0) - (list(current)?.find((c) => c.key === a)?.count ?? 0),
    )
    .map(([key, text]) => ({
      label: key,
      text,
      kind: "count" as const,
      value: (p: any) => (p && list(p) ? (list(p)!.find((c) => c.key === key)?.count ?? 0) : null),
    }));
}

/** The report's groups for this half and the previous one. */
export function figureGroups(current: any, previous: any): FigureGroup[] {
  const periods = [current, previous].filter(Boolean);
  return [
    {
      title: "app.analysis.group.intake",
      rows: [
        count("app.analysis.row.total", (p) => p?.intake?.total),
        share("app.analysis.row.real_name_share", (p) => p?.intake?.realNameShare),
        count("app.analysis.row.forwarded", (p) => p?.intake?.forwardedCount),
      ],
    },
    { title: "app.analysis.group.channel", rows: keyedRows((p) => p?.intake?.byChannel, periods) },
    { title: "app.analysis.group.category", rows: keyedRows((p) => p?.intake?.byCategory, periods) },
    { title: "app.analysis.group.scope", rows: keyedRows((p) => p?.intake?.byScope, periods) },
    {
      title: "app.analysis.group.handling",
      rows: [
        count("app.analysis.row.new_cases", (p) => p?.dispatch?.newCases),
        count("app.analysis.row.concluded", (p) => p?.dispatch?.concluded),
        count("app.analysis.row.overdue", (p) => p?.dispatch?.overdue),
        count("app.analysis.row.feedback_given", (p) => p?.dispatch?.feedbackGiven),
        count("app.analysis.row.satisfied", (p) => p?.dispatch?.satisfied),
        count("app.analysis.row.basically_satisfied", (p) => p?.dispatch?.basicallySatisfied),
        count("app.analysis.row.dissatisfied", (p) => p?.dispatch?.dissatisfied),
        share("app.analysis.row.satisfaction_rate", (p) => p?.dispatch?.satisfactionRate),
      ],
    },
    {
      title: "app.analysis.group.colours",
      rows: ["RED", "ORANGE", "YELLOW", "GREEN"].map((colour) =>
        count(`app.analysis.colour.${colour}`, (p) =>
          p?.dispatch ? (p.dispatch.labelledByColour.find((c: any) => c.colour === colour)?.count ?? 0) : null,
        ),
      ),
    },
    {
      title: "app.analysis.group.leadership",
      rows: [
        count("app.analysis.row.ownerships_claimed", (p) => p?.leadership?.ownershipsClaimed),
        count("app.analysis.row.ownerships_concluded", (p) => p?.leadership?.ownershipsConcluded),
        count("app.analysis.row.ownerships_active", (p) => p?.leadership?.ownershipsActiveAtEnd),
        count("app.analysis.row.analysis_sessions", (p) => p?.leadership?.analysisSessions),
        count("app.analysis.row.town_meetings", (p) => p?.leadership?.townMeetingsAttended),
        count("app.analysis.row.receptions", (p) => p?.leadership?.receptionsHeld),
        count("app.analysis.row.visitors", (p) => p?.leadership?.visitorsReceived),
        count("app.analysis.row.reception_reports", (p) => p?.leadership?.reportsRegisteredAtReceptions),
        count("app.analysis.row.case_visits", (p) => p?.leadership?.caseVisits),
        count("app.analysis.row.campaigns_started", (p) => p?.leadership?.campaignsStarted),
        count("app.analysis.row.campaigns_closed", (p) => p?.leadership?.campaignsClosed),
        count("app.analysis.row.rules", (p) => p?.leadership?.rulesProduced),
      ],
    },
    {
      title: "app.analysis.group.training",
      rows: [
        count("app.analysis.row.sessions", (p) => p?.training?.sessions),
        count("app.analysis.row.attendance", (p) => p?.training?.attendance),
        count("app.analysis.row.trained_people", (p) => p?.training?.trainedPeople),
        share("app.analysis.row.coverage", (p) => p?.training?.coverage),
        count("app.analysis.row.quiz_attempts", (p) => p?.training?.quizAttempts),
        score("app.analysis.row.average_quiz_score", (p) => p?.training?.averageQuizScore),
      ],
    },
  ];
}

/** A figure as the report prints it: counts whole, shares in per cent, scores to one decimal. */
export function formatFigure(kind: FigureKind, value: number | null | undefined): string {
  if (value == null) return "—";
  if (kind === "share") return `${Math.round(value * 1000) / 10}%`;
  if (kind === "score") return (Math.round(value * 10) / 10).toFixed(1);
  return String(value);
}

/** The change from the previous half: a difference of counts, of percentage points for shares. */
export function formatChange(
  kind: FigureKind,
  current: number | null | undefined,
  previous: number | null | undefined,
  /** The unit of a change of shares, in the page's language (个百分点 / pp). */
  points: string,
): string {
  if (current == null || previous == null) return "—";
  const diff = current - previous;
  const sign = diff > 0 ? "+" : "";
  if (kind === "share") return `${sign}${Math.round(diff * 1000) / 10} ${points}`;
  if (kind === "score") return `${sign}${(Math.round(diff * 10) / 10).toFixed(1)}`;
  if (previous === 0) return `${sign}${diff}`;
  return `${sign}${diff}（${sign}${Math.round((diff / previous) * 1000) / 10}%）`;
}
