import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import {
  badInput,
  DATE_RE,
  endOfBeijingDay,
  halfYearSpan,
  isDateOnly,
  previousSpan,
  Role,
  spanLabel,
  type SubgraphContext,
  townRef,
} from "@prp/kit";
import { Report } from "../entities/Report";
import { ProblemCategoryOption } from "../entities/ProblemCategoryOption";
import {
  CHANNEL_LABELS,
  CHECK_FLAG_LABELS,
  DISPOSITION_LABELS,
  ORIGIN_LABELS,
  SCOPE_LABELS,
  problemCategoryLabel,
} from "../domain/labels";
import { countBy } from "../domain/statistics";
import { signedLate } from "../domain/deadlines";
import { READ_ROLES } from "../domain/access";
import { flagsOf } from "../domain/triage-columns";
import { CountByKey, IntakeStatistics, Period } from "./types";

function checkPeriod(from: string, to: string): void {
  if (!DATE_RE.test(from) || !DATE_RE.test(to)) throw badInput("统计期间的日期格式应为 YYYY-MM-DD");
  if (!isDateOnly(from) || !isDateOnly(to)) throw badInput("统计期间的日期不是有效的日期");
  if (from > to) throw badInput("统计起始日期不能晚于截止日期");
}

const labelled = (counts: Map<string, number>, labels: Record<string, string>): CountByKey[] =>
  [...counts]
    .map(([key, count]) => ({ key, label: labels[key] ?? key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

@Resolver(() => Period)
export class StatisticsResolver {
  @Authorized(...READ_ROLES)
  @Query(() => Period, { nullable: true, description: "统计期间（如半年分析、月度调度），各领域字段由各子图提供" })
  period(@Arg("from") from: string, @Arg("to") to: string): Period {
    checkPeriod(from, to);
    return { from, to };
  }

  @Authorized(...READ_ROLES)
  @Query(() => Period, {
    nullable: true,
    description: "半年统计期间（半年分析）：half 为 1（上半年，1月1日至6月30日）或 2（下半年，7月1日至12月31日）",
  })
  halfYear(@Arg("year", () => Int) year: number, @Arg("half", () => Int) half: number): Period {
    return halfYearSpan(year, half);
  }

  @FieldResolver(() => Period, {
    description: "对比期间：半年为上一个半年，其他期间为紧邻其前、天数相同的期间",
  })
  previous(@Root() p: Period): Period {
    checkPeriod(p.from, p.to);
    return previousSpan(p);
  }

  @FieldResolver(() => String, { description: "期间名称，如“2026年上半年”或“2026-01-01 至 2026-03-31”" })
  label(@Root() p: Period): string {
    checkPeriod(p.from, p.to);
    return spanLabel(p);
  }

  /**
   * Intake's part of a period's statistics. One query loads the period's reports (a few columns
   * each: a county registers hundreds a year), and plain functions count them.
   */
  // SERVICE: leadership gathers the figures for the half-year report
  @Authorized(...READ_ROLES, Role.SERVICE)
  @FieldResolver(() => IntakeStatistics, { description: "受理统计" })
  async intake(@Root() p: Period, @Ctx() ctx: SubgraphContext): Promise<IntakeStatistics> {
    checkPeriod(p.from, p.to);
    const start = new Date(endOfBeijingDay(p.from).getTime() - 86_400_000 + 1);
    const end = endOfBeijingDay(p.to);
    const rows = await ctx.db
      .getRepository(Report)
      .createQueryBuilder("r")
      .select([
        "r.id",
        "r.channel",
        "r.origin",
        "r.category",
        "r.townId",
        "r.scope",
        "r.flags",
        "r.disposition",
        "r.realName",
        "r.receivedAt",
        "r.signedAt",
      ])
      .where("r.receivedAt >= :start AND r.receivedAt <= :end", { start, end })
      .getMany();
    const categories = await ctx.db.getRepository(ProblemCategoryOption).find();
    const categoryLabels = Object.fromEntries(categories.map((c) => [c.code, c.label]));
    for (const r of rows) categoryLabels[r.category] ??= problemCategoryLabel(r.category);
    const now = new Date();
    const forwarded = rows.filter((r) => r.origin !== "SELF_RECEIVED");
    return {
      total: rows.length,
      byChannel: labelled(
        countBy(rows, (r) => r.channel),
        CHANNEL_LABELS,
      ),
      byOrigin: labelled(
        countBy(rows, (r) => r.origin),
        ORIGIN_LABELS,
      ),
      byCategory: labelled(
        countBy(rows, (r) => r.category),
        categoryLabels,
      ),
      byTown: [...countBy(rows, (r) => r.townId ?? "")]
        .map(([id, count]) => ({ town: townRef(id || null), count }))
        .sort((a, b) => b.count - a.count),
      byScope: labelled(
        countBy(rows, (r) => r.scope),
        SCOPE_LABELS,
      ),
      byFlag: labelled(
        countBy(rows, (r) => flagsOf(r)),
        CHECK_FLAG_LABELS,
      ),
      byDisposition: labelled(
        countBy(rows, (r) => r.disposition),
        DISPOSITION_LABELS,
      ),
      realNameShare: rows.length ? Math.round((rows.filter((r) => r.realName).length / rows.length) * 1000) / 1000 : 0,
      forwardedCount: forwarded.length,
      lateSignForCount: forwarded.filter((r) => signedLate(r.receivedAt, r.signedAt, now)).length,
    };
  }
}
