/**
 * Statistical periods (统计期间) as the platform names them: calendar half-years (半年分析) and
 * any span of whole days, each with the period just before it for comparison. Pure date arithmetic
 * on YYYY-MM-DD strings (calendar days, no time zone).
 */
import { DAY_MS, isDateOnly } from "./dates";
import { badInput } from "./errors";

export interface DateSpan {
  /** First day, inclusive (YYYY-MM-DD). */
  from: string;
  /** Last day, inclusive (YYYY-MM-DD). */
  to: string;
}

/** The years a half-year may name: the platform's records start long after 2000. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** A calendar half-year: half 1 is 1 January–30 June, half 2 is 1 July–31 December. */
export function halfYearSpan(year: number, half: number): DateSpan {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw badInput(`年份应为 ${FIRST_YEAR}–${LAST_YEAR} 之间的整数`);
  if (half !== 1 && half !== 2) throw badInput("半年应为 1（上半年）或 2（下半年）");
  return half === 1 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/** The half-year a span is exactly (1 Jan–30 Jun or 1 Jul–31 Dec of one year), else null. */
export function asHalfYear(span: DateSpan): { year: number; half: 1 | 2 } | null {
  const m = /^(\d{4})-(01-01|07-01)$/.exec(span.from);
  if (!m) return null;
  const year = Number(m[1]);
  const half = m[2] === "01-01" ? 1 : 2;
  return span.to === (half === 1 ? `${year}-06-30` : `${year}-12-31`) ? { year, half } : null;
}

const shiftDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Days in a span, both ends counted. */
export function spanDays(span: DateSpan): number {
  return Math.round((Date.parse(`${span.to}T00:00:00Z`) - Date.parse(`${span.from}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * The period to compare a span with: the previous half-year for a calendar half-year (their
 * lengths differ by a few days), otherwise the same number of days just before it.
 */
export function previousSpan(span: DateSpan): DateSpan {
  if (!isDateOnly(span.from) || !isDateOnly(span.to) || span.from > span.to)
    throw badInput("统计期间的日期不是有效的日期");
  const half = asHalfYear(span);
  if (half) return half.half === 2 ? halfYearSpan(half.year, 1) : halfYearSpan(half.year - 1, 2);
  const days = spanDays(span);
  return { from: shiftDays(span.from, -days), to: shiftDays(span.from, -1) };
}

/** How a report names a period: 2026年上半年, or 2026-01-01 至 2026-03-31. */
export function spanLabel(span: DateSpan): string {
  const half = asHalfYear(span);
  if (half) return `${half.year}年${half.half === 1 ? "上" : "下"}半年`;
  return span.from === span.to ? span.from : `${span.from} 至 ${span.to}`;
}
