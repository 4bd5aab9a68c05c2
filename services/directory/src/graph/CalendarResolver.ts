import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { Between } from "typeorm";
import { Role, WorkingCalendar, inTransaction, writeAudit, type SubgraphContext, refuseIf, snapshot } from "@prp/kit";
import { CalendarOverride } from "../entities/CalendarOverride";
import { isValidDate } from "../domain/liaison";
import { CalendarOverrideInput } from "./inputs";

async function calendarOf(ctx: SubgraphContext): Promise<WorkingCalendar> {
  const rows = await ctx.db.getRepository(CalendarOverride).find();
  return new WorkingCalendar(rows.map((r) => ({ date: r.date, working: r.working })));
}

function checkDate(label: string, date: string) {
  if (!isValidDate(date)) refuseIf([`${label}格式应为 YYYY-MM-DD`]);
}

/** The working-day calendar: published holidays (chinese-days) plus administrators' overrides. */
@Resolver()
export class CalendarResolver {
  @Authorized()
  @Query(() => [CalendarOverride], { description: "工作日历调整（其他子图据此计算法定期限）" })
  calendarOverrides(
    @Ctx() ctx: SubgraphContext,
    @Arg("from", () => String, { nullable: true }) from?: string,
    @Arg("to", () => String, { nullable: true }) to?: string,
  ): Promise<CalendarOverride[]> {
    if (from) checkDate("起始日期", from);
    if (to) checkDate("截止日期", to);
    const where = from || to ? { date: Between(from ?? "0000-01-01", to ?? "9999-12-31") } : {};
    return ctx.db.getRepository(CalendarOverride).find({ where, order: { date: "ASC" } });
  }

  @Authorized()
  @Query(() => Boolean, { description: "某日是否为工作日" })
  async isWorkingDay(@Ctx() ctx: SubgraphContext, @Arg("date") date: string): Promise<boolean> {
    checkDate("日期", date);
    return (await calendarOf(ctx)).isWorkingDay(date);
  }

  @Authorized()
  @Query(() => String, { description: "某日之后第 N 个工作日（不含当日）" })
  async addWorkingDays(@Ctx() ctx: SubgraphContext, @Arg("date") date: string, @Arg("days", () => Int) days: number): Promise<string> {
    checkDate("日期", date);
    if (!Number.isInteger(days) || days < 0 || days > 3650) refuseIf(["工作日数应为 0–3650"]);
    return (await calendarOf(ctx)).addWorkingDays(date, days);
  }

  @Authorized()
  @Query(() => Int, { description: "两日之间的工作日数（不含起始日，含截止日）" })
  async workingDaysBetween(@Ctx() ctx: SubgraphContext, @Arg("from") from: string, @Arg("to") to: string): Promise<number> {
    checkDate("起始日期", from);
    checkDate("截止日期", to);
    if (Math.abs(Date.parse(to) - Date.parse(from)) > 3650 * 86400000) refuseIf(["日期范围不能超过十年"]);
    return (await calendarOf(ctx)).workingDaysBetween(from, to);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarOverride, { description: "设置某日为工作日或休息日（如录入次年国务院放假安排）" })
  setCalendarOverride(@Ctx() ctx: SubgraphContext, @Arg("input", () => CalendarOverrideInput) input: CalendarOverrideInput): Promise<CalendarOverride> {
    checkDate("日期", input.date);
    return inTransaction(ctx.db, async (em) => {
      const existing = await em.findOneBy(CalendarOverride, { date: input.date });
      const row = existing ?? em.create(CalendarOverride, { date: input.date });
      const before = existing ? snapshot(existing) : null;
      row.working = input.working;
      row.note = input.note.trim();
      row.updatedAt = new Date();
      await em.save(CalendarOverride, row);
      await writeAudit(em, ctx.user, { action: "calendar.set", entity: "CalendarOverride", entityId: row.date, before, after: snapshot(row) });
      return row;
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: "删除某日的调整，恢复为公布的日历" })
  removeCalendarOverride(@Ctx() ctx: SubgraphContext, @Arg("date") date: string): Promise<boolean> {
    checkDate("日期", date);
    return inTransaction(ctx.db, async (em) => {
      const existing = await em.findOneBy(CalendarOverride, { date });
      if (!existing) return false; // nothing to remove: a retry is harmless
      await em.delete(CalendarOverride, { date });
      await writeAudit(em, ctx.user, { action: "calendar.remove", entity: "CalendarOverride", entityId: date, before: snapshot(existing) });
      return true;
    });
  }
}
