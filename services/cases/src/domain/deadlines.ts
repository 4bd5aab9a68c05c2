import { beijingDate, type WorkingCalendar } from "@prp/kit/core";

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
