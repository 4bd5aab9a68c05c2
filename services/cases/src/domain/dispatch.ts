import { badInput, beijingDate, endOfBeijingDay, isDateOnly } from "@prp/kit/core";
import { isAcceptedResponse, ReporterResponse } from "./reporter-loop";
import { LabelCategory, LabelColour, COLOURS_BY_SEVERITY, colourRank } from "./colour-labels";

/**
 * The monthly dispatch (每月调度): how handling went in a month, from plain rows of cases.
 * Pure: the application reads the rows (one query), this counts. The same figures answer any
 * period (the shared `Period` entity); a month is the period from its first to its last day.
 *
 * Each case is counted as it stood at the end of the period: its stage is the last one whose
 * time had come by then, so a past month reads the same whenever it is asked.
 */

/** The stages of the handling step machine, in order (the case status values). */
export const DISPATCH_STAGES = [
  "PENDING_ACCEPTANCE",
  "ACCEPTED",
  "IN_PROGRESS",
  "CONCLUDED",
  "FEEDBACK_GIVEN",
  "CLOSED",
] as const;
export type DispatchStage = (typeof DISPATCH_STAGES)[number];

export interface DispatchCaseRow {
  id: string;
  serial: string;
  /** ROUTINE or KEY (the case grade). */
  grade: string;
  /** The unit responsible (or the unit that must accept). */
  unitId: string | null;
  realName: boolean;
  openedAt: Date;
  acceptedAt: Date | null;
  /** The first progress entry (the case went IN_PROGRESS). */
  firstProgressAt: Date | null;
  /** The latest progress entry, shown beside labelled cases. */
  lastProgressAt: Date | null;
  concludedAt: Date | null;
  feedbackGivenAt: Date | null;
  closedAt: Date | null;
  /** Withdrawn cases (the routing decision was withdrawn) are left out from then on. */
  withdrawnAt: Date | null;
  /** The handling due date (listed supervision or 交办), YYYY-MM-DD, or null. */
  dueDate: string | null;
  /** The result feedback due date (real-name, concluded), YYYY-MM-DD, or null. */
  feedbackDueDate: string | null;
  /** The reporter's latest response and when it was given. */
  response: ReporterResponse | null;
  responseAt: Date | null;
  /** The case's current colour label, or null. */
  label: { colour: LabelColour; categories: LabelCategory[] } | null;
}

export interface DispatchPeriod {
  /** First day, YYYY-MM-DD (Beijing). */
  from: string;
  /** Last day, YYYY-MM-DD (Beijing), inclusive. */
  to: string;
}

export interface Count<K extends string = string> {
  key: K;
  count: number;
}

export interface UnitFigures {
  unitId: string | null;
  /** Cases of the unit in the dispatch. */
  cases: number;
  newCases: number;
  concluded: number;
  overdue: number;
  /** Fed back in the period, and of those accepted by the reporter (结服). */
  feedbackGiven: number;
  accepted: number;
}

export interface LabelledCase {
  id: string;
  serial: string;
  colour: LabelColour;
  categories: LabelCategory[];
  stage: DispatchStage;
  unitId: string | null;
  lastProgressAt: Date | null;
}

export interface DispatchFigures {
  period: DispatchPeriod;
  /** Cases in the dispatch: opened by the end of the period and not closed (or withdrawn) before it began. */
  cases: number;
  byStage: Count<DispatchStage>[];
  byGrade: Count[];
  byUnit: UnitFigures[];
  /** Opened in the period. */
  newCases: number;
  /** Concluded in the period. */
  concluded: number;
  /** Not concluded by the end of the period, with their handling due date passed. */
  overdue: number;
  /** Result feedback given in the period. */
  feedbackGiven: number;
  /** Concluded real-name cases still without feedback after its due date at the end of the period. */
  feedbackOverdue: number;
  /** Of the cases fed back in the period: responses by the end of it. */
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  /** 结服率 = (SATISFIED + BASICALLY_SATISFIED) ÷ cases fed back in the period; null when none was. */
  satisfactionRate: number | null;
  labelledByColour: Count<LabelColour>[];
  /** Labelled cases of the dispatch, most severe first, then by serial. */
  labelled: LabelledCase[];
}

/** The period of a month written YYYY-MM. */
export function monthPeriod(month: string): DispatchPeriod {
  if (!/^\d{4}-\d{2}$/.test(month) || !isDateOnly(`${month}-01`)) throw badInput("月份格式应为 YYYY-MM");
  const [y, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

/** Checks a period's dates: real days, not reversed. */
export function checkPeriod(p: DispatchPeriod): DispatchPeriod {
  if (!isDateOnly(p.from) || !isDateOnly(p.to)) throw badInput("统计期间的日期格式应为 YYYY-MM-DD");
  if (p.from > p.to) throw badInput("统计起始日期不能晚于截止日期");
  return p;
}

const at = (d: Date | null, end: number) => d !== null && d.getTime() <= end;

/** The stage a case had reached at an instant, or null before it was opened or once withdrawn. */
export function stageAt(row: DispatchCaseRow, instant: Date): DispatchStage | null {
  const end = instant.getTime();
  if (!at(row.openedAt, end) || at(row.withdrawnAt, end)) return null;
  const times: (Date | null)[] = [
    row.openedAt,
    row.acceptedAt,
    row.firstProgressAt,
    row.concludedAt,
    row.feedbackGivenAt,
    row.closedAt,
  ];
  let stage: DispatchStage = DISPATCH_STAGES[0];
  times.forEach((t, i) => {
    if (at(t, end)) stage = DISPATCH_STAGES[i];
  });
  return stage;
}

const within = (d: Date | null, start: number, end: number) => d !== null && d.getTime() >= start && d.getTime() <= end;

function counts<K extends string>(keys: readonly K[], values: readonly K[]): Count<K>[] {
  return keys.map((key) => ({ key, count: values.filter((v) => v === key).length }));
}

/** The dispatch figures of a period from the rows of every case (rows outside it are ignored). */
export function dispatchFigures(rows: readonly DispatchCaseRow[], period: DispatchPeriod): DispatchFigures {
  checkPeriod(period);
  const start = endOfBeijingDay(period.from).getTime() - 86_400_000 + 1;
  const endInstant = endOfBeijingDay(period.to);
  const end = endInstant.getTime();
  const lastDay = period.to;

  const inDispatch = rows
    .map((row) => ({ row, stage: stageAt(row, endInstant) }))
    .filter(
      (x): x is { row: DispatchCaseRow; stage: DispatchStage } =>
        x.stage !== null && !(x.row.closedAt && x.row.closedAt.getTime() < start),
    );

  const isOverdue = (r: DispatchCaseRow) => !!r.dueDate && r.dueDate < lastDay && !at(r.concludedAt, end);
  const isFeedbackOverdue = (r: DispatchCaseRow) =>
    r.realName &&
    at(r.concludedAt, end) &&
    !at(r.feedbackGivenAt, end) &&
    !!r.feedbackDueDate &&
    r.feedbackDueDate < lastDay;

  const responseBy = (r: DispatchCaseRow) => (r.response && at(r.responseAt, end) ? r.response : null);

  const units = new Map<string | null, UnitFigures>();
  for (const { row } of inDispatch) {
    const u = units.get(row.unitId) ?? {
      unitId: row.unitId,
      cases: 0,
      newCases: 0,
      concluded: 0,
      overdue: 0,
      feedbackGiven: 0,
      accepted: 0,
    };
    u.cases++;
    if (within(row.openedAt, start, end)) u.newCases++;
    if (within(row.concludedAt, start, end)) u.concluded++;
    if (isOverdue(row)) u.overdue++;
    if (within(row.feedbackGivenAt, start, end)) {
      u.feedbackGiven++;
      if (isAcceptedResponse(responseBy(row))) u.accepted++;
    }
    units.set(row.unitId, u);
  }

  const fedBack = inDispatch.filter(({ row }) => within(row.feedbackGivenAt, start, end)).map(({ row }) => row);
  const responses = fedBack.map(responseBy);
  const accepted = responses.filter(isAcceptedResponse).length;

  const grades = [...new Set(inDispatch.map(({ row }) => row.grade))].sort();
  const labelled: LabelledCase[] = inDispatch
    .filter(({ row }) => row.label)
    .map(({ row, stage }) => ({
      id: row.id,
      serial: row.serial,
      colour: row.label!.colour,
      categories: [...row.label!.categories],
      stage,
      unitId: row.unitId,
      lastProgressAt: row.lastProgressAt && row.lastProgressAt.getTime() <= end ? row.lastProgressAt : null,
    }))
    .sort((a, b) => colourRank(a.colour) - colourRank(b.colour) || a.serial.localeCompare(b.serial));

  return {
    period: { from: period.from, to: period.to },
    cases: inDispatch.length,
    byStage: counts(
      DISPATCH_STAGES,
      inDispatch.map((x) => x.stage),
    ),
    byGrade: counts(
      grades,
      inDispatch.map(({ row }) => row.grade),
    ),
    byUnit: [...units.values()].sort((a, b) => b.cases - a.cases || String(a.unitId).localeCompare(String(b.unitId))),
    newCases: inDispatch.filter(({ row }) => within(row.openedAt, start, end)).length,
    concluded: inDispatch.filter(({ row }) => within(row.concludedAt, start, end)).length,
    overdue: inDispatch.filter(({ row }) => isOverdue(row)).length,
    feedbackGiven: fedBack.length,
    feedbackOverdue: inDispatch.filter(({ row }) => isFeedbackOverdue(row)).length,
    satisfied: responses.filter((r) => r === ReporterResponse.SATISFIED).length,
    basicallySatisfied: responses.filter((r) => r === ReporterResponse.BASICALLY_SATISFIED).length,
    dissatisfied: responses.filter((r) => r === ReporterResponse.DISSATISFIED).length,
    satisfactionRate: fedBack.length ? accepted / fedBack.length : null,
    labelledByColour: counts(
      COLOURS_BY_SEVERITY,
      labelled.map((l) => l.colour),
    ),
    labelled,
  };
}

/** The Beijing month (YYYY-MM) an instant falls in: the default dispatch month is the current one. */
export const monthOf = (instant: Date): string => beijingDate(instant).slice(0, 7);
