/** Calendar dates as the platform writes them: YYYY-MM-DD, counted on Beijing time (UTC+8). */

/** The one pattern for a date without a time. */
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isDateOnly(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const DAY_MS = 24 * 3600 * 1000;
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

/** The Beijing calendar date (YYYY-MM-DD) of an instant; a YYYY-MM-DD string passes through. */
export function beijingDate(at: Date | string): string {
  if (typeof at === "string") {
    if (DATE_RE.test(at)) {
      // a real calendar day only: 2026-02-30 must not roll over into March
      if (!isDateOnly(at)) throw new RangeError(`无效的日期：${at}`);
      return at;
    }
    at = new Date(at);
  }
  if (Number.isNaN(at.getTime())) throw new RangeError("无效的日期");
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last instant (UTC) of a Beijing calendar day: a deadline "by that day" ends then. */
export function endOfBeijingDay(date: string): Date {
  if (!DATE_RE.test(date)) throw new RangeError(`无效的日期：${date}`);
  beijingDate(date);
  return new Date(Date.parse(`${date}T00:00:00Z`) - BEIJING_OFFSET_MS + DAY_MS - 1);
}
