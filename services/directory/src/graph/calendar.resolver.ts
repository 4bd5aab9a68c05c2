import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Role, type SubgraphContext } from "@prp/kit";
import { CalendarOverride } from "../entities/CalendarOverride";
import * as calendar from "../app/working-calendar";
import { CalendarOverrideInput } from "./calendar.inputs";
import { fromRequest } from "./use-case-context";

@ObjectType("CalendarYearStatus", { description: "某年的节假日安排" })
export class CalendarYearStatusView {
  @Field(() => Int) year!: number;
  @Field({ description: "国务院节假日安排已内置" }) published!: boolean;
  @Field(() => Int, { description: "管理员已录入的该年调整天数" }) overrides!: number;
}

/** The working-day calendar: published holidays (chinese-days) plus administrators' overrides. */
@Resolver()
export class CalendarResolver {
  @Authorized()
  @Query(() => [CalendarOverride], { nullable: true, description: "工作日历调整（其他子图据此计算法定期限）" })
  calendarOverrides(
    @Ctx() ctx: SubgraphContext,
    @Arg("from", () => String, { nullable: true }) from?: string,
    @Arg("to", () => String, { nullable: true }) to?: string,
  ): Promise<CalendarOverride[]> {
    return calendar.listCalendarOverrides(ctx.db, { from, to });
  }

  @Authorized()
  @Query(() => CalendarYearStatusView, {
    nullable: true,
    description: "某年的节假日安排是否已知：国务院安排是否已内置，管理员已录入几天调整",
  })
  calendarYearStatus(
    @Ctx() ctx: SubgraphContext,
    @Arg("year", () => Int) year: number,
  ): Promise<CalendarYearStatusView> {
    return calendar.calendarYearStatus(ctx.db, year);
  }

  @Authorized()
  @Query(() => Boolean, { nullable: true, description: "某日是否为工作日" })
  isWorkingDay(@Ctx() ctx: SubgraphContext, @Arg("date") date: string): Promise<boolean> {
    return calendar.isWorkingDay(ctx.db, date);
  }

  @Authorized()
  @Query(() => String, { nullable: true, description: "某日之后第 N 个工作日（不含当日）" })
  addWorkingDays(
    @Ctx() ctx: SubgraphContext,
    @Arg("date") date: string,
    @Arg("days", () => Int) days: number,
  ): Promise<string> {
    return calendar.addWorkingDays(ctx.db, date, days);
  }

  @Authorized()
  @Query(() => Int, { nullable: true, description: "两日之间的工作日数（不含起始日，含截止日）" })
  workingDaysBetween(@Ctx() ctx: SubgraphContext, @Arg("from") from: string, @Arg("to") to: string): Promise<number> {
    return calendar.workingDaysBetween(ctx.db, from, to);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarOverride, { description: "设置某日为工作日或休息日（如录入次年国务院放假安排）" })
  setCalendarOverride(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => CalendarOverrideInput) input: CalendarOverrideInput,
  ): Promise<CalendarOverride> {
    return calendar.setCalendarOverride(fromRequest(ctx), input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: "删除某日的调整，恢复为公布的日历" })
  removeCalendarOverride(@Ctx() ctx: SubgraphContext, @Arg("date") date: string): Promise<boolean> {
    return calendar.removeCalendarOverride(fromRequest(ctx), date);
  }
}
