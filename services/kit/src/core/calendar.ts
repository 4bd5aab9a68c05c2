import { getHolidaysInRange, isWorkday as publishedIsWorkday } from "chinese-days";
import { beijingDate, DATE_RE, DAY_MS } from "./dates";

/** An administrator's correction of the published calendar for one day. */
export interface DayOverride {
  /** Beijing date, YYYY-MM-DD. */
  date: string;
  working: boolean;
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whether the State Council's holiday arrangement for `year` is built in (chinese-days lists
 * holidays on weekdays for every published year: the Spring Festival at least). For a year
 * not yet published, weekends alone count as days off until administrators enter overrides.
 */
export function publishedCalendarYear(year: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) throw new RangeError(`无效的年份：${year}`);
  return getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
}

/**
 * China's official working-day calendar: the published holidays and make-up workdays of
 * `chinese-days`, corrected by administrators' overrides (a year published after the
 * package, or a local change). Pure: no I/O; the overrides are handed in.
 */
export class WorkingCalendar {
  private readonly overrides: Map<string, boolean>;
  /** Days already looked up: the published calendar is slow to ask, and deadlines ask it day by day. */
  private readonly known = new Map<string, boolean>();

  constructor(overrides: Iterable<DayOverride> = []) {
    this.overrides = new Map();
    for (const o of overrides) {
      beijingDate(o.date); // throws on anything but a real YYYY-MM-DD day
      if (!DATE_RE.test(o.date)) throw new RangeError(`无效的日期：${o.date}`);
      this.overrides.set(o.date, o.working);
    }
  }

  isWorkingDay(at: Date | string): boolean {
    if (typeof at === "string") {
      const seen = this.known.get(at);
      if (seen !== undefined) return seen;
    }
    const date = beijingDate(at);
    let working = this.known.get(date);
    if (working === undefined) this.known.set(date, (working = this.overrides.get(date) ?? publishedIsWorkday(date)));
    return working;
  }

  /**
   * The date `n` working days after `start` (the start day itself is not counted, as a
   * statutory limit runs from the day after receipt). n = 0 returns the start date.
   */
  addWorkingDays(start: Date | string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError("工作日数必须是非负整数");
    let date = beijingDate(start);
    let left = n;
    while (left > 0) {
      date = shiftDate(date, 1);
      if (this.isWorkingDay(date)) left--;
    }
    return date;
  }

  /**
   * Working days after `from` up to and including `to`; negative when `to` is before `from`.
   * addWorkingDays(a, n) = b implies workingDaysBetween(a, b) = n.
   */
  workingDaysBetween(from: Date | string, to: Date | string): number {
    const a = beijingDate(from);
    const b = beijingDate(to);
    if (a === b) return 0;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    // working days after lo up to hi = (count from lo's 1 January to hi) − (count to lo)
    const loYear = Number(lo.slice(0, 4));
    let count = this.workingDaysOfYearUpTo(hi) - this.workingDaysOfYearUpTo(lo);
    for (let year = loYear; year < Number(hi.slice(0, 4)); year++) count += this.workingDaysInYear(year);
    return count === 0 ? 0 : a < b ? count : -count;
  }

  /** Per year, the running count of working days from 1 January (index = day of the year − 1). */
  private readonly runningCounts = new Map<number, Int16Array>();

  private runningCount(year: number): Int16Array {
    let counts = this.runningCounts.get(year);
    if (!counts) {
      const days = Math.round((Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS);
      counts = new Int16Array(days);
      let running = 0;
      for (let i = 0; i < days; i++) {
        if (this.isWorkingDay(new Date(Date.UTC(year, 0, 1) + i * DAY_MS).toISOString().slice(0, 10))) running++;
        counts[i] = running;
      }
      this.runningCounts.set(year, counts);
    }
    return counts;
  }

  /** Working days from 1 January of the date's year up to and including the date. */
  private workingDaysOfYearUpTo(date: string): number {
    const year = Number(date.slice(0, 4));
    const dayIndex = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(year, 0, 1)) / DAY_MS);
    return this.runningCount(year)[dayIndex];
  }

  private workingDaysInYear(year: number): number {
    const counts = this.runningCount(year);
    return counts[counts.length - 1];
  }
}
