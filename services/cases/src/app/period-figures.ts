import { Between, In, LessThanOrEqual, type EntityManager } from "typeorm";
import { badInput, beijingDate, endOfBeijingDay, isDateOnly } from "@prp/kit";
import { Case } from "../entities/Case";
import { JointTask } from "../entities/JointTask";
import { overdueUnconcludedOn } from "../domain/deadlines";
import { deadlineHistory } from "./case-queries";
import { Transfer } from "../entities/Transfer";
import { TransferFeedback } from "../entities/TransferFeedback";
import { feedbackOverdue } from "../domain/transfer-supervision";
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
 * `overdue` (期末逾期未办结) is counted as things stood at the end of the period's last day, or of
 * today while the period runs.
 */
export async function periodFigures(
  deps: Pick<CasesDeps, "db" | "clock">,
  from: string,
  to: string,
): Promise<CaseFigures> {
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
    },
    where: { openedAt: LessThanOrEqual(end) },
  });
  const inPeriod = (d: Date | null) => !!d && d >= start && d <= end;
  const live = cases.filter((c) => c.status !== CaseStatus.WITHDRAWN);
  // the period's last day, or today while it runs: what is not yet due is not overdue
  const today = beijingDate(deps.clock.now());
  const lastDay = to < today ? to : today;
  const overdue = await overdueUnconcludedCount(em, cases, lastDay);
  const transfers = await em.find(Transfer, {
    select: { id: true, openedAt: true, dueDate: true, status: true },
    where: { openedAt: Between(start, end) },
  });
  const overdueTransfers = await overdueTransferCount(em, lastDay);
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

/**
 * 期末逾期未办结 on `day`: of the cases that may have been in handling at its end (opened by then,
 * not concluded or closed by then), those with an overdue item, judged on their deadline history
 * (their handling record and joint tasks, read in one query each).
 */
async function overdueUnconcludedCount(
  em: EntityManager,
  cases: readonly Pick<Case, "id" | "openedAt" | "concludedAt" | "closedAt">[],
  day: string,
): Promise<number> {
  const dayEnd = endOfBeijingDay(day);
  const ids = cases
    .filter((c) => c.openedAt <= dayEnd && !(c.concludedAt && c.concludedAt <= dayEnd))
    .filter((c) => !(c.closedAt && c.closedAt <= dayEnd))
    .map((c) => c.id);
  if (!ids.length) return 0;
  const [records, tasks] = await Promise.all([
    em.find(Case, {
      select: { id: true, openedAt: true, concludedAt: true, closedAt: true, feedbackGivenAt: true, handling: true },
      where: { id: In(ids) },
    }),
    em.find(JointTask, {
      select: { id: true, caseId: true, dueDate: true, createdAt: true, doneAt: true },
      where: { caseId: In(ids) },
    }),
  ]);
  const tasksOf = new Map<string, JointTask[]>();
  for (const t of tasks) tasksOf.set(t.caseId, [...(tasksOf.get(t.caseId) ?? []), t]);
  // the result feedback is owed only after a conclusion: no part of 未办结
  return records.filter((c) => overdueUnconcludedOn(deadlineHistory(c, tasksOf.get(c.id) ?? [], null), day)).length;
}

/**
 * 期末逾期未反馈的移交事项 on `day`: transfers opened by its end, not withdrawn, whose feedback was
 * due before the day and had not come by its end (a feedback that came later still leaves the
 * transfer overdue on that day).
 */
async function overdueTransferCount(em: EntityManager, day: string): Promise<number> {
  const dayEnd = endOfBeijingDay(day);
  const open = await em.find(Transfer, {
    select: { id: true, dueDate: true },
    where: { status: TransferStatus.OPEN, openedAt: LessThanOrEqual(dayEnd) },
  });
  const due = open.filter((t) => t.dueDate < day);
  if (!due.length) return 0;
  const feedback = await em.find(TransferFeedback, {
    select: { transferId: true, at: true },
    where: { transferId: In(due.map((t) => t.id)) },
  });
  const fedBackAt = new Map(feedback.map((f) => [f.transferId, f.at]));
  return due.filter((t) => {
    const at = fedBackAt.get(t.id) ?? null;
    return feedbackOverdue({ feedbackDueDate: t.dueDate, feedbackAt: at && at <= dayEnd ? at : null }, dayEnd);
  }).length;
}
