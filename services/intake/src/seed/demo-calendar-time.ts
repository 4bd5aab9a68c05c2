import { beijingDate, type WorkingCalendar } from "@prp/kit/core";
import type { Rng } from "./generate-reports";

/** Random choices and office-hour times for the demo data (deterministic for a seed). */

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
const BEIJING_OFFSET = 8 * HOUR;

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const chance = (r: Rng, p: number) => r() < p;

export function shuffled<T>(r: Rng, xs: readonly T[]): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export function weighted<T>(r: Rng, options: readonly [T, number][]): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of options) if ((x -= w) < 0) return v;
  return options[options.length - 1][0];
}

/** An instant at `hours` (fractional) on a Beijing calendar day, to the second. */
export const atBeijing = (date: string, hours: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - BEIJING_OFFSET + Math.round(hours * 3600) * 1000);
const beijingHours = (t: Date) => ((((t.getTime() + BEIJING_OFFSET) % DAY) + DAY) % DAY) / HOUR;
export const shiftDate = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** `ms` after `t`, to the second. */
export const later = (t: Date, ms: number) => new Date(Math.round((t.getTime() + ms) / 1000) * 1000);

function workingDayOnOrAfter(cal: WorkingCalendar, date: string): string {
  return cal.isWorkingDay(date) ? date : cal.addWorkingDays(date, 1);
}

/**
 * A moment in office hours (8:30–17:00 Beijing) `workingDays` working days after `after`
 * (0: later the same working day when there is time left, else the next one).
 */
export function officeMoment(cal: WorkingCalendar, r: Rng, after: Date, workingDays: number): Date {
  const date = workingDayOnOrAfter(cal, cal.addWorkingDays(beijingDate(after), workingDays));
  let t = atBeijing(date, 8.5 + r() * 8.5);
  if (t.getTime() <= after.getTime() + 10 * MIN) {
    t = later(after, (15 + r() * 60) * MIN);
    if (beijingDate(t) !== date || beijingHours(t) > 17.5 || !cal.isWorkingDay(t)) {
      t = atBeijing(cal.addWorkingDays(beijingDate(after), 1), 8.5 + r() * 2);
    }
  }
  return t;
}

/** Letters, visits, calls and forwarded items arrive in office hours on a working day, before `latest`. */
export function snapToOffice(cal: WorkingCalendar, r: Rng, t: Date, latest: Date): Date {
  let at = atBeijing(workingDayOnOrAfter(cal, beijingDate(t)), 8.5 + r() * 8.5);
  let day = beijingDate(latest);
  while (at.getTime() > latest.getTime()) {
    // step back to the last working day whose office hours lie before `latest`
    day = shiftDate(day, -1);
    while (!cal.isWorkingDay(day)) day = shiftDate(day, -1);
    at = atBeijing(day, 8.5 + r() * 8.5);
  }
  return at;
}
