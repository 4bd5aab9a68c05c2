import { beijingDate, endOfBeijingDay, type WorkingCalendar } from "@prp/kit/core";

/** Default working days a competent department has to feed back on a transfer (configurable). */
export const DEFAULT_TRANSFER_FEEDBACK_WORKING_DAYS = 15;

/** The date a transfer's feedback is due: n working days after it was opened (the opening day not counted). */
export function transferFeedbackDue(
  calendar: WorkingCalendar,
  openedAt: Date,
  workingDays = DEFAULT_TRANSFER_FEEDBACK_WORKING_DAYS,
): string {
  return calendar.addWorkingDays(openedAt, workingDays);
}

/** True when a date-only deadline has passed on the Beijing calendar day of `now`. */
export function isOverdue(dueDate: string | null, now: Date): boolean {
  return !!dueDate && beijingDate(now) > dueDate;
}

/**
 * What a case owed and when each was met: enough to tell its overdue items (逾期事项) on a past
 * day, whatever happened after it.
 */
export interface DeadlineHistory {
  openedAt: Date;
  concludedAt: Date | null;
  /** Closed (结案), or ended by withdrawal of the routing decision: nothing is owed after it. */
  endedAt: Date | null;
  /** Listed supervisions (挂牌督办): the current one and the delisted ones. */
  supervisions: { dueDate: string; listedAt: Date; delistedAt: Date | null }[];
  /** 交办件办结报告期限, and when the closing report was sent. */
  assignedDueDate: string | null;
  closingReportAt: Date | null;
  /** 实名举报结果反馈期限 (owed from the conclusion), and when the result was fed back. */
  feedbackDueDate: string | null;
  feedbackGivenAt: Date | null;
  tasks: { dueDate: string; createdAt: Date; doneAt: Date | null }[];
}

/**
 * Whether the case had an overdue item at the end of `day` (YYYY-MM-DD, Beijing): something it
 * owed then was due before that day and not met by the day's end. A listed supervision and the
 * joint tasks are owed while the case is handled (until its conclusion); the closing report of an
 * assigned case and the result feedback to a real-name reporter are owed until sent, conclusion or
 * not; nothing is owed before the case opened or once it was closed or withdrawn. Today's state is
 * the same rule with today.
 */
export function overdueOn(h: DeadlineHistory, day: string): boolean {
  const dayEnd = endOfBeijingDay(day).getTime();
  const by = (at: Date | null) => at !== null && at.getTime() <= dayEnd;
  if (!by(h.openedAt) || by(h.endedAt)) return false;
  const missed = (dueDate: string | null, metAt: Date | null) => !!dueDate && dueDate < day && !by(metAt);
  const handled = !by(h.concludedAt);
  return (
    (handled && h.supervisions.some((s) => by(s.listedAt) && missed(s.dueDate, s.delistedAt))) ||
    (handled && h.tasks.some((t) => by(t.createdAt) && missed(t.dueDate, t.doneAt))) ||
    missed(h.assignedDueDate, h.closingReportAt) ||
    missed(h.feedbackDueDate, h.feedbackGivenAt)
  );
}

/**
 * 期末逾期未办结: at the end of `day` the case was still being handled (opened, not concluded,
 * closed or withdrawn) and had an overdue item (a listed supervision, a joint task or the closing
 * report of an assigned item past its date).
 */
export function overdueUnconcludedOn(h: DeadlineHistory, day: string): boolean {
  const concluded = !!h.concludedAt && h.concludedAt.getTime() <= endOfBeijingDay(day).getTime();
  return !concluded && overdueOn(h, day);
}
