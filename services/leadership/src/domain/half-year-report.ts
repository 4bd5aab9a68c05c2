import type { LeadershipFigures } from "./period-figures";

/**
 * The half-year report (半年分析) as content: the summary paragraph and the tables (this half,
 * the previous half, the change), from every subgraph's Period figures. Pure: the DOCX writer
 * (infra/half-year-docx.ts) only lays it out. A part whose subgraph did not answer is kept, marked
 * unavailable, so the rest of the report still reaches the party committee.
 */

export interface KeyCount {
  key: string;
  label: string;
  count: number;
}

/** intake's `Period.intake`. */
export interface IntakeFigures {
  total: number;
  byChannel: KeyCount[];
  byCategory: KeyCount[];
  byScope: KeyCount[];
  byDisposition: KeyCount[];
  realNameShare: number;
  forwardedCount: number;
}

/** case handling's `Period.cases` and `Period.dispatch`. */
export interface CaseFigures {
  cases: {
    newCases: number;
    concluded: number;
    closed: number;
    overdue: number;
    byGrade: { key: string; count: number }[];
  };
  dispatch: {
    feedbackGiven: number;
    satisfied: number;
    basicallySatisfied: number;
    dissatisfied: number;
    satisfactionRate: number | null;
    labelledByColour: { colour: string; count: number }[];
  };
}

/** training's `Period.training`. */
export interface TrainingFigures {
  sessions: number;
  hours: number;
  attendance: number;
  trainedPeople: number;
  coverage: number;
  averageQuizScore: number | null;
}

/** One part's figures for this half and the previous one; null when its subgraph did not answer. */
export type Compared<T> = { current: T; previous: T } | null;

export interface HalfYearFigures {
  label: string;
  previousLabel: string;
  intake: Compared<IntakeFigures>;
  cases: Compared<CaseFigures>;
  training: Compared<TrainingFigures>;
  leadership: Compared<LeadershipFigures>;
}

/** count: a whole number; share: 0–1 shown as a percentage; decimal: one decimal place. */
export type FigureKind = "count" | "share" | "decimal";

export interface ReportRow {
  label: string;
  current: number | null;
  previous: number | null;
  kind: FigureKind;
}

export interface ReportSection {
  title: string;
  /** Which part of the platform the figures come from (named when it did not answer). */
  source: string;
  /** Null when the source did not answer. */
  rows: ReportRow[] | null;
}

export interface HalfYearReport {
  title: string;
  label: string;
  previousLabel: string;
  summary: string;
  sections: ReportSection[];
}

/** Said in a section whose subgraph did not answer. */
export const UNAVAILABLE = "暂无法获取";

const GRADE_LABELS: Record<string, string> = { KEY: "重点（复杂重点）", ROUTINE: "一般" };
const COLOUR_ORDER: [string, string][] = [
  ["RED", "红色"],
  ["ORANGE", "橙色"],
  ["YELLOW", "黄色"],
  ["GREEN", "绿色"],
];

export function formatFigure(value: number | null, kind: FigureKind): string {
  if (value === null) return "—";
  if (kind === "share") return `${(value * 100).toFixed(1)}%`;
  if (kind === "decimal") return value.toFixed(1);
  return String(value);
}

/** The change from the previous half: +3, -2, 0; shares in percentage points. */
export function formatChange(row: ReportRow): string {
  if (row.current === null || row.previous === null) return "—";
  const diff = row.current - row.previous;
  const sign = diff > 0 ? "+" : diff < 0 ? "-" : "";
  if (row.kind === "share") return `${sign}${Math.abs(diff * 100).toFixed(1)}个百分点`;
  if (row.kind === "decimal") return `${sign}${Math.abs(diff).toFixed(1)}`;
  return `${sign}${Math.abs(diff)}`;
}

const row = (
  label: string,
  current: number | null,
  previous: number | null,
  kind: FigureKind = "count",
): ReportRow => ({
  label,
  current,
  previous,
  kind,
});

/** Rows of two breakdowns by key, every key of either half, the larger this half first. */
function breakdown(current: KeyCount[], previous: KeyCount[]): ReportRow[] {
  const labels = new Map<string, string>();
  for (const k of [...current, ...previous]) labels.set(k.key, k.label);
  const count = (list: KeyCount[], key: string) => list.find((k) => k.key === key)?.count ?? 0;
  return [...labels]
    .map(([key, label]) => row(label, count(current, key), count(previous, key)))
    .sort((a, b) => b.current! - a.current! || b.previous! - a.previous! || a.label.localeCompare(b.label));
}

function section<T>(
  title: string,
  source: string,
  figures: Compared<T>,
  rows: (c: T, p: T) => ReportRow[],
): ReportSection {
  return { title, source, rows: figures ? rows(figures.current, figures.previous) : null };
}

/** 增加 3 件（25.0%） / 减少 2 件 / 持平. */
function changeInWords(current: number, previous: number, unit: string): string {
  if (current === previous) return "持平";
  const diff = current - previous;
  const share = previous > 0 ? `（${((Math.abs(diff) / previous) * 100).toFixed(1)}%）` : "";
  return `${diff > 0 ? "增加" : "减少"}${Math.abs(diff)}${unit}${share}`;
}

function summaryOf(f: HalfYearFigures): string {
  const parts: string[] = [];
  if (f.intake) {
    const { current, previous } = f.intake;
    const top = [...current.byCategory].sort((a, b) => b.count - a.count)[0];
    parts.push(
      `${f.label}，共受理信访举报${current.total}件，较${f.previousLabel}${changeInWords(current.total, previous.total, "件")}` +
        (top ? `，反映问题最多的是${top.label}（${top.count}件）` : ""),
    );
  } else parts.push(`${f.label}受理情况${UNAVAILABLE}`);
  if (f.cases) {
    const { cases, dispatch } = f.cases.current;
    parts.push(
      `新立案件${cases.newCases}件，办结${cases.concluded}件，期末逾期未办结${cases.overdue}件` +
        (dispatch.satisfactionRate !== null ? `，结服率${formatFigure(dispatch.satisfactionRate, "share")}` : ""),
    );
  } else parts.push(`办理情况${UNAVAILABLE}`);
  if (f.leadership) {
    const l = f.leadership.current;
    parts.push(
      `委领导包案${l.ownershipsClaimed}件，公开接访${l.receptionsHeld}场次、接待群众${l.visitorsReceived}人次，带案下访${l.caseVisits}次`,
      `启动专项整治${l.campaignsStarted}项，形成制度${l.rulesProduced}项`,
    );
  }
  if (f.training) parts.push(`开展培训${f.training.current.sessions}场次、参训${f.training.current.attendance}人次`);
  else parts.push(`培训情况${UNAVAILABLE}`);
  return `${parts.join("；")}。`;
}

/** The report's content from the gathered figures. */
export function halfYearReport(f: HalfYearFigures): HalfYearReport {
  const sections: ReportSection[] = [
    section("一、信访举报受理总体情况", "受理", f.intake, (c, p) => [
      row("收件总数", c.total, p.total),
      row("实名举报占比", c.realNameShare, p.realNameShare, "share"),
      row("上级转送（交办）件数", c.forwardedCount, p.forwardedCount),
    ]),
    section("二、按受理渠道（图表数据）", "受理", f.intake, (c, p) => breakdown(c.byChannel, p.byChannel)),
    section("三、按问题类别（图表数据）", "受理", f.intake, (c, p) => breakdown(c.byCategory, p.byCategory)),
    section("四、业务范围内外（图表数据）", "受理", f.intake, (c, p) => breakdown(c.byScope, p.byScope)),
    section("五、处置方式（图表数据）", "受理", f.intake, (c, p) => breakdown(c.byDisposition, p.byDisposition)),
    section("六、办理结果与群众满意度", "办理", f.cases, (c, p) => [
      row("新立案件", c.cases.newCases, p.cases.newCases),
      row("办结", c.cases.concluded, p.cases.concluded),
      row("结案", c.cases.closed, p.cases.closed),
      row("期末逾期未办结", c.cases.overdue, p.cases.overdue),
      row("结果反馈", c.dispatch.feedbackGiven, p.dispatch.feedbackGiven),
      row("满意", c.dispatch.satisfied, p.dispatch.satisfied),
      row("基本满意", c.dispatch.basicallySatisfied, p.dispatch.basicallySatisfied),
      row("不满意", c.dispatch.dissatisfied, p.dispatch.dissatisfied),
      row("结服率", c.dispatch.satisfactionRate, p.dispatch.satisfactionRate, "share"),
    ]),
    section("七、案件分级（图表数据）", "办理", f.cases, (c, p) =>
      breakdown(
        c.cases.byGrade.map((g) => ({ ...g, label: GRADE_LABELS[g.key] ?? g.key })),
        p.cases.byGrade.map((g) => ({ ...g, label: GRADE_LABELS[g.key] ?? g.key })),
      ),
    ),
    section("八、色标管理（图表数据）", "办理", f.cases, (c, p) =>
      COLOUR_ORDER.map(([colour, label]) =>
        row(
          `${label}色标案件`,
          c.dispatch.labelledByColour.find((x) => x.colour === colour)?.count ?? 0,
          p.dispatch.labelledByColour.find((x) => x.colour === colour)?.count ?? 0,
        ),
      ),
    ),
    section("九、领导包案", "领导包案", f.leadership, (c, p) => [
      row("新进入筛选的候选案件", c.candidatesScreened, p.candidatesScreened),
      ...breakdown(
        c.candidatesByReason.map((r) => ({ key: r.reason, label: `其中：${r.label}`, count: r.count })),
        p.candidatesByReason.map((r) => ({ key: r.reason, label: `其中：${r.label}`, count: r.count })),
      ),
      row("领导包案", c.ownershipsClaimed, p.ownershipsClaimed),
      row("随案件办结", c.ownershipsConcluded, p.ownershipsConcluded),
      row("退出包案", c.ownershipsReleased, p.ownershipsReleased),
      row("改由其他领导包案", c.ownershipsTransferred, p.ownershipsTransferred),
      row("期末包案中", c.ownershipsActiveAtEnd, p.ownershipsActiveAtEnd),
      row("案情研判", c.analysisSessions, p.analysisSessions),
    ]),
    section("十、领导接访下访", "领导包案", f.leadership, (c, p) => [
      row("列席包联镇街信访专题会议", c.townMeetingsAttended, p.townMeetingsAttended),
      row("公开接访场次", c.receptionsHeld, p.receptionsHeld),
      row("接待群众人次", c.visitorsReceived, p.visitorsReceived),
      row("接访登记信访举报件", c.reportsRegisteredAtReceptions, p.reportsRegisteredAtReceptions),
      row("带案下访次数", c.caseVisits, p.caseVisits),
      row("带案下访案件（件次）", c.casesTakenDown, p.casesTakenDown),
    ]),
    section("十一、专项整治", "领导包案", f.leadership, (c, p) => [
      row("启动专项整治", c.campaignsStarted, p.campaignsStarted),
      row("结束专项整治", c.campaignsClosed, p.campaignsClosed),
      row("形成制度", c.rulesProduced, p.rulesProduced),
    ]),
    section("十二、教育培训", "培训", f.training, (c, p) => [
      row("培训场次", c.sessions, p.sessions),
      row("培训学时", c.hours, p.hours, "decimal"),
      row("参训人次", c.attendance, p.attendance),
      row("参训人数", c.trainedPeople, p.trainedPeople),
      row("培训覆盖率", c.coverage, p.coverage, "share"),
      row("知识测试平均分", c.averageQuizScore, p.averageQuizScore, "decimal"),
    ]),
  ];
  return {
    title: `${f.label}信访举报工作分析`,
    label: f.label,
    previousLabel: f.previousLabel,
    summary: summaryOf(f),
    sections,
  };
}
