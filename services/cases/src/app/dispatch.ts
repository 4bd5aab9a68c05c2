import type { EntityManager } from "typeorm";
import { Case } from "../entities/Case";
import { CaseLabel } from "../entities/CaseLabel";
import { ProgressEntry } from "../entities/ProgressEntry";
import { CaseStatus } from "../domain/enums";
import { CASE_GRADE_LABELS, CASE_STATUS_LABELS } from "../domain/labels";
import {
  checkPeriod,
  dispatchFigures,
  monthPeriod,
  type DispatchCaseRow,
  type DispatchFigures,
  type DispatchPeriod,
} from "../domain/dispatch";
import { resultFeedbackDue } from "../domain/reporter-loop";
import { DEFAULT_COMMISSION_NAME } from "../infra/notice-documents";
import { bulletinXlsx, dispatchSheetXlsx, type GeneratedWorkbook } from "../infra/dispatch-sheet";
import { latestResponses } from "./reporter-loop";
import { reader, type CasesDeps } from "./cases-deps";

/**
 * 每月调度: the rows of every case read in a fixed number of queries (cases, progress dates,
 * answers, labels), counted by the pure domain, and written as the dispatch sheet or the
 * bulletin. The same figures answer `Period.dispatch`.
 */

const earliest = (...dates: (string | null)[]) => dates.filter((d): d is string => !!d).sort()[0] ?? null;

/** The dispatch rows of every case opened by the end of the period. */
export async function dispatchRows(
  deps: Pick<CasesDeps, "db" | "directory">,
  period: DispatchPeriod,
): Promise<DispatchCaseRow[]> {
  const em: EntityManager = reader(deps);
  const cases = await em
    .createQueryBuilder(Case, "c")
    .where("c.openedAt <= :end", { end: endOf(period) })
    .getMany();
  if (!cases.length) return [];
  const progress = await em
    .createQueryBuilder(ProgressEntry, "p")
    .select("p.caseId", "caseId")
    .addSelect("MIN(p.at)", "first")
    .addSelect("MAX(p.at)", "last")
    .groupBy("p.caseId")
    .getRawMany<{ caseId: string; first: string | Date; last: string | Date }>();
  const dates = new Map(progress.map((p) => [p.caseId, { first: asDate(p.first), last: asDate(p.last) }]));
  const answers = await latestResponses(
    em,
    cases.map((c) => c.id),
  );
  const labels = new Map((await em.find(CaseLabel)).map((l) => [l.caseId, l]));
  const calendar = await deps.directory.calendar();
  return cases.map((c): DispatchCaseRow => {
    const label = labels.get(c.id);
    const answer = answers.get(c.id);
    return {
      id: c.id,
      serial: c.serial,
      grade: c.grade,
      unitId: c.responsibleUnitId ?? c.handlingUnitId,
      realName: c.realName,
      openedAt: c.openedAt,
      acceptedAt: c.acceptedAt,
      firstProgressAt: dates.get(c.id)?.first ?? null,
      lastProgressAt: dates.get(c.id)?.last ?? null,
      concludedAt: c.concludedAt,
      feedbackGivenAt: c.feedbackGivenAt,
      closedAt: c.closedAt,
      withdrawnAt: c.status === CaseStatus.WITHDRAWN ? new Date(c.handling.withdrawal?.at ?? c.updatedAt) : null,
      dueDate: earliest(c.supervisionDueDate, c.assignedDueDate),
      feedbackDueDate: resultFeedbackDue(calendar, c)?.dueDate ?? null,
      response: answer?.response ?? null,
      responseAt: answer?.at ?? null,
      label: label?.colour ? { colour: label.colour, categories: label.findings.map((f) => f.category) } : null,
    };
  });
}

/** SQLite returns MIN/MAX of a datetime as text in UTC; MySQL as a Date. */
function asDate(v: string | Date): Date {
  if (v instanceof Date) return v;
  return new Date(/Z|[+-]\d\d:?\d\d$/.test(v) ? v : `${v.replace(" ", "T")}Z`);
}

function endOf(period: DispatchPeriod): Date {
  return new Date(Date.parse(`${period.to}T23:59:59.999+08:00`));
}

/** The figures of any period (Period.dispatch). */
export async function periodDispatch(
  deps: Pick<CasesDeps, "db" | "directory">,
  period: DispatchPeriod,
): Promise<DispatchFigures> {
  checkPeriod(period);
  return dispatchFigures(await dispatchRows(deps, period), period);
}

/** The figures of a month written YYYY-MM. */
export function monthlyDispatch(deps: Pick<CasesDeps, "db" | "directory">, month: string): Promise<DispatchFigures> {
  return periodDispatch(deps, monthPeriod(month));
}

export enum DispatchWorkbookKind {
  /** 每月调度表 */
  SHEET = "SHEET",
  /** 通报 */
  BULLETIN = "BULLETIN",
}

/** The month's dispatch sheet or bulletin as an XLSX workbook, with the units' names from the directory. */
export async function dispatchWorkbook(
  deps: Pick<CasesDeps, "db" | "directory">,
  month: string,
  kind: DispatchWorkbookKind,
): Promise<GeneratedWorkbook> {
  const figures = await monthlyDispatch(deps, month);
  const unitIds = [...new Set(figures.byUnit.map((u) => u.unitId).filter((id): id is string => !!id))];
  const names = new Map(
    await Promise.all(
      unitIds.map(
        async (id) =>
          [
            id,
            await deps.directory.unit(id).then(
              (u) => u.name,
              () => id,
            ),
          ] as const,
      ),
    ),
  );
  const [y, m] = month.split("-").map(Number);
  const sheetNames = {
    unit: (id: string | null) => (id ? (names.get(id) ?? id) : "未确定承办单位"),
    stage: (k: string) => CASE_STATUS_LABELS[k as CaseStatus] ?? k,
    grade: (k: string) => CASE_GRADE_LABELS[k as keyof typeof CASE_GRADE_LABELS] ?? k,
    periodTitle: `${y}年${m}月`,
    commissionName: DEFAULT_COMMISSION_NAME,
  };
  return kind === DispatchWorkbookKind.SHEET
    ? dispatchSheetXlsx(figures, sheetNames)
    : bulletinXlsx(figures, sheetNames);
}
