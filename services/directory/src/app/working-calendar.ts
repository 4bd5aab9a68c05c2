import { Between } from "typeorm";
import { refuseIf, snapshot, writeAudit } from "@prp/kit";
import { WorkingCalendar, publishedCalendarYear } from "@prp/kit/core";
import { CalendarOverride } from "../entities/CalendarOverride";
import { dateProblems } from "../domain/dates";
import { reader, transaction, type Db, type UseCaseContext } from "./use-case-context";

/**
 * The working-day calendar: the published holidays (chinese-days, in the kit's WorkingCalendar)
 * corrected by administrators' overrides, which other subgraphs read to count statutory deadlines.
 */

export interface CalendarOverrideChange {
  date: string;
  /** true: a working day (e.g. a make-up workday); false: a day off. */
  working: boolean;
  note: string;
}

const MAX_DAYS = 3650;

async function calendarOf(db: Db): Promise<WorkingCalendar> {
  const rows = await reader(db).find(CalendarOverride);
  return new WorkingCalendar(rows.map((r) => ({ date: r.date, working: r.working })));
}

export function listCalendarOverrides(
  db: Db,
  range: { from?: string | null; to?: string | null },
): Promise<CalendarOverride[]> {
  const { from, to } = range;
  if (from) refuseIf(dateProblems("起始日期", from));
  if (to) refuseIf(dateProblems("截止日期", to));
  const where = from || to ? { date: Between(from ?? "0000-01-01", to ?? "9999-12-31") } : {};
  return reader(db).find(CalendarOverride, { where, order: { date: "ASC" } });
}

export async function isWorkingDay(db: Db, date: string): Promise<boolean> {
  refuseIf(dateProblems("日期", date));
  return (await calendarOf(db)).isWorkingDay(date);
}

/** The date `days` working days after `date` (the day itself not counted). */
export async function addWorkingDays(db: Db, date: string, days: number): Promise<string> {
  refuseIf(dateProblems("日期", date));
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) refuseIf(["工作日数应为 0–3650"]);
  return (await calendarOf(db)).addWorkingDays(date, days);
}

/** Working days after `from` up to and including `to`. */
export async function workingDaysBetween(db: Db, from: string, to: string): Promise<number> {
  refuseIf(dateProblems("起始日期", from));
  refuseIf(dateProblems("截止日期", to));
  if (Math.abs(Date.parse(to) - Date.parse(from)) > MAX_DAYS * 86400000) refuseIf(["日期范围不能超过十年"]);
  return (await calendarOf(db)).workingDaysBetween(from, to);
}

/** Sets (or changes) the override of one day, e.g. next year's published holiday arrangement. */
export function setCalendarOverride(uc: UseCaseContext, change: CalendarOverrideChange): Promise<CalendarOverride> {
  refuseIf(dateProblems("日期", change.date));
  return transaction(uc.db, async (em) => {
    const existing = await em.findOneBy(CalendarOverride, { date: change.date });
    const row = existing ?? em.create(CalendarOverride, { date: change.date });
    const before = existing ? snapshot(existing) : null;
    row.working = change.working;
    row.note = change.note.trim();
    row.updatedAt = uc.clock.now();
    await em.save(CalendarOverride, row);
    await writeAudit(em, uc.actor, {
      action: "calendar.set",
      entity: "CalendarOverride",
      entityId: row.date,
      before,
      after: snapshot(row),
    });
    return row;
  });
}

/** Back to the published calendar for that day; removing what is not there is a harmless retry. */
export function removeCalendarOverride(uc: UseCaseContext, date: string): Promise<boolean> {
  refuseIf(dateProblems("日期", date));
  return transaction(uc.db, async (em) => {
    const existing = await em.findOneBy(CalendarOverride, { date });
    if (!existing) return false;
    await em.delete(CalendarOverride, { date });
    await writeAudit(em, uc.actor, {
      action: "calendar.remove",
      entity: "CalendarOverride",
      entityId: date,
      before: snapshot(existing),
    });
    return true;
  });
}

export interface CalendarYearStatus {
  year: number;
  /** The State Council's arrangement for the year is built in. */
  published: boolean;
  /** Administrators' overrides entered for days of the year. */
  overrides: number;
}

/** Whether a year's holidays are known: built in, or at least entered by administrators. */
export async function calendarYearStatus(db: Db, year: number): Promise<CalendarYearStatus> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) refuseIf(["年份应为 2000–2100"]);
  const overrides = await reader(db).count(CalendarOverride, {
    where: { date: Between(`${year}-01-01`, `${year}-12-31`) },
  });
  return { year, published: publishedCalendarYear(year), overrides };
}
