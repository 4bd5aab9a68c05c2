import { Between, LessThanOrEqual } from "typeorm";
import { badInput, endOfBeijingDay, isDateOnly } from "@prp/kit";
import { Case } from "../entities/Case";
import { Transfer } from "../entities/Transfer";
import { CaseStatus, TransferStatus } from "../domain/enums";
import { reader, type CasesDeps } from "./cases-deps";

export interface CaseFigures {
  newCases: number;
  concluded: number;
  closed: number;
  overdue: number;
  newTransfers: number;
  overdueTransfers: number;
  byStatus: { key: string; count: number }[];
  byGrade: { key: string; count: number }[];
  byUnit: { unitId: string; count: number }[];
}

const STILL_HANDLED: readonly string[] = [CaseStatus.PENDING_ACCEPTANCE, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS];

const countBy = <T>(rows: T[], key: (r: T) => string | null) => {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

/**
 * Case handling's part of a period's statistics (`Period.cases`); dates are Beijing calendar days.
 * Counts by status, grade and unit are of the cases opened by the end of the period, as they stand now.
 */
export async function periodFigures(deps: Pick<CasesDeps, "db">, from: string, to: string): Promise<CaseFigures> {
  if (!isDateOnly(from) || !isDateOnly(to)) throw badInput("统计期间的日期应为有效的 YYYY-MM-DD");
  if (from > to) throw badInput("统计起始日期不能晚于截止日期");
  const start = new Date(endOfBeijingDay(from).getTime() - 86_400_000 + 1);
  const end = endOfBeijingDay(to);
  const em = reader(deps);
  const cases = await em.find(Case, {
    select: {
      id: true,
      status: true,
      grade: true,
      handlingUnitId: true,
      openedAt: true,
      concludedAt: true,
      closedAt: true,
      supervisionDueDate: true,
      assignedDueDate: true,
      closingReportAt: true,
    },
    where: { openedAt: LessThanOrEqual(end) },
  });
  const inPeriod = (d: Date | null) => !!d && d >= start && d <= end;
  const live = cases.filter((c) => c.status !== CaseStatus.WITHDRAWN);
  const overdue = live.filter((c) => {
    const concludedByEnd = !!c.concludedAt && c.concludedAt <= end;
    const listedLate =
      !!c.supervisionDueDate && c.supervisionDueDate < to && !concludedByEnd && STILL_HANDLED.includes(c.status);
    const reportLate =
      !!c.assignedDueDate && c.assignedDueDate < to && !(c.closingReportAt && c.closingReportAt <= end);
    return listedLate || reportLate;
  }).length;
  const transfers = await em.find(Transfer, {
    select: { id: true, openedAt: true, dueDate: true, status: true },
    where: { openedAt: Between(start, end) },
  });
  const openTransfers = await em.find(Transfer, {
    select: { id: true, dueDate: true },
    where: { status: TransferStatus.OPEN, openedAt: LessThanOrEqual(end) },
  });
  const overdueTransfers = openTransfers.filter((t) => t.dueDate < to).length;
  return {
    newCases: live.filter((c) => inPeriod(c.openedAt)).length,
    concluded: live.filter((c) => inPeriod(c.concludedAt)).length,
    closed: live.filter((c) => inPeriod(c.closedAt)).length,
    overdue,
    newTransfers: transfers.length,
    overdueTransfers,
    byStatus: countBy(live, (c) => c.status).map(([key, count]) => ({ key, count })),
    byGrade: countBy(live, (c) => c.grade).map(([key, count]) => ({ key, count })),
    byUnit: countBy(live, (c) => c.handlingUnitId).map(([unitId, count]) => ({ unitId, count })),
  };
}
