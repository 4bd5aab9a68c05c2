import { beijingDate, endOfBeijingDay, type WorkingCalendar } from "@prp/kit/core";

/**
 * Statutory and local time limits of intake. Working-day limits use the kit's
 * WorkingCalendar (official holidays, make-up workdays, administrators' overrides); the
 * day of receipt is not counted. A limit "by day D" ends at the last instant of D in Beijing.
 */

/** Tell a real-name reporter whether the report is accepted (规则). */
export const ACCEPTANCE_NOTICE_WORKING_DAYS = 15;
/** Tell a real-name reporter the result, from conclusion (办结). */
export const RESULT_NOTICE_WORKING_DAYS = 15;
/** A forwarded item is registered and accepted or transferred (规则 Art. 16). */
export const FORWARDED_ACCEPT_WORKING_DAYS = 5;
/** An item belonging to a higher commission is sent up (规则 Art. 15). */
export const SEND_UP_WORKING_DAYS = 5;

export interface Deadline {
  /** The last day, Beijing calendar, YYYY-MM-DD. */
  dueDate: string;
  /** The last instant of that day. */
  dueAt: Date;
}

function deadline(calendar: WorkingCalendar, from: Date | string, workingDays: number): Deadline {
  const dueDate = calendar.addWorkingDays(beijingDate(from), workingDays);
  return { dueDate, dueAt: endOfBeijingDay(dueDate) };
}

/**
 * When the acceptance notice is due, or null when none is owed: anonymous reporters
 * cannot be told, and repeat reports are not told again.
 */
export function acceptanceNoticeDue(
  calendar: WorkingCalendar,
  receivedAt: Date | string,
  reporter: { realName: boolean; isRepeat: boolean },
): Deadline | null {
  if (!reporter.realName || reporter.isRepeat) return null;
  return deadline(calendar, receivedAt, ACCEPTANCE_NOTICE_WORKING_DAYS);
}

/** When the result notice to a real-name reporter is due, or null for an anonymous one. */
export function resultNoticeDue(
  calendar: WorkingCalendar,
  concludedAt: Date | string,
  reporter: { realName: boolean },
): Deadline | null {
  if (!reporter.realName) return null;
  return deadline(calendar, concludedAt, RESULT_NOTICE_WORKING_DAYS);
}

/** By when a forwarded item must be registered and accepted or transferred (Art. 16). */
export function forwardedAcceptDeadline(calendar: WorkingCalendar, receivedAt: Date | string): Deadline {
  return deadline(calendar, receivedAt, FORWARDED_ACCEPT_WORKING_DAYS);
}

/** By when an item that belongs to a higher commission must be sent up (Art. 15). */
export function sendUpDeadline(calendar: WorkingCalendar, receivedAt: Date | string): Deadline {
  return deadline(calendar, receivedAt, SEND_UP_WORKING_DAYS);
}

/**
 * Working days left until `dueDate` (inclusive of today being the due day: 0 on the day).
 * Negative when overdue: the working days passed since the due date, and at least -1 even
 * if today is a holiday, so an overdue item never shows as "0 left".
 */
export function daysLeft(calendar: WorkingCalendar, dueDate: string, now: Date): number {
  const today = beijingDate(now);
  if (today <= dueDate) return calendar.workingDaysBetween(today, dueDate);
  return -Math.max(1, calendar.workingDaysBetween(dueDate, today));
}

/**
 * Forwarded items are signed for on the Beijing calendar day they arrive (当天签收, counted
 * in calendar days, holidays included). Late when signed on a later day, or still unsigned
 * after the arrival day has ended.
 */
export function signedLate(arrivedAt: Date, signedAt: Date | null, now: Date): boolean {
  const arrivalDay = beijingDate(arrivedAt);
  return beijingDate(signedAt ?? now) > arrivalDay;
}

/** Whole hours an item waited for its signature, or has waited so far; never negative. */
export function waitingHours(arrivedAt: Date, signedAt: Date | null, now: Date): number {
  const ms = (signedAt ?? now).getTime() - arrivedAt.getTime();
  return Math.max(0, Math.floor(ms / 3_600_000));
}
