import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import {
  badInput,
  DATE_RE,
  endOfBeijingDay,
  isDateOnly,
  registerLabelledEnum,
  Role,
  type SubgraphContext,
} from "@prp/kit";
import { Report } from "../entities/Report";
import { ReportSubject } from "../entities/ReportSubject";
import { ProblemCategoryOption } from "../entities/ProblemCategoryOption";
import { CHANNEL_LABELS, problemCategoryLabel } from "../domain/labels";
import { READ_ROLES } from "../domain/access";
import {
  GRASSROOTS_KEY,
  GRASSROOTS_LABEL,
  HOTSPOT_DIMENSION_LABELS,
  HotspotDimension,
  UNKNOWN_KEY,
  groupReports,
  subjectKeys,
  type GroupedReport,
  type GroupedSubject,
} from "../domain/hotspot-groups";
import { unitSectors } from "../infra/directory-client";
import { Period } from "./types";

registerLabelledEnum(HotspotDimension, "HotspotDimension", "热点分组维度", HOTSPOT_DIMENSION_LABELS);

@ObjectType({ description: "月度计数" })
export class MonthCount {
  @Field({ description: "月份 YYYY-MM（北京时间）" }) month!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "一组举报件的受理数字（热点分析的依据）" })
export class IntakeGroupFigures {
  @Field({
    description:
      "分组编码：镇（街道）或单位的 ID、行业系统编码（GRASSROOTS 为镇街和村（社区））、问题类别或渠道编码；空串为未指明镇（街道）、单位或行业系统",
  })
  key!: string;
  @Field({ description: "名称（镇街、单位为其 ID，名称以组织机构为准）" }) label!: string;
  @Field(() => Int, { description: "举报件数" }) count!: number;
  @Field(() => Int, { description: "其中重复举报件数" }) repeatCount!: number;
  @Field(() => Int, { description: "其中实名举报件数" }) realNameCount!: number;
  @Field(() => Int, { description: "其中属于给定举报件（如重点案件的举报件）的件数" }) keyCount!: number;
  @Field(() => [MonthCount], { description: "按月计数（无件的月份不列）" }) byMonth!: MonthCount[];
}

/** At most this many report ids may be given as key reports. */
const MAX_KEY_REPORTS = 5000;

/**
 * The figures behind the leadership's hotspot analysis (大数据分析) and town scorecards: a period's
 * reports grouped by town, category, subject's unit or sector, or channel. Two queries whatever the
 * period: the reports (a few columns) and, by subject's unit or sector, their subjects; by sector,
 * one call to the directory for the units' sectors.
 */
@Resolver(() => Period)
export class HotspotGroupsResolver {
  @Authorized(...READ_ROLES, Role.SERVICE)
  @FieldResolver(() => [IntakeGroupFigures], { description: "期间内举报件分组统计（热点分析依据），件数多的在前" })
  async intakeGroups(
    @Root() p: Period,
    @Ctx() ctx: SubgraphContext,
    @Arg("dimension", () => HotspotDimension) dimension: HotspotDimension,
    @Arg("keyReportIds", () => [ID], { defaultValue: [], description: "需单独计数的举报件（如重点案件的举报件）" })
    keyReportIds: string[],
  ): Promise<IntakeGroupFigures[]> {
    if (!DATE_RE.test(p.from) || !DATE_RE.test(p.to) || !isDateOnly(p.from) || !isDateOnly(p.to))
      throw badInput("统计期间的日期应为有效的 YYYY-MM-DD");
    if (p.from > p.to) throw badInput("统计起始日期不能晚于截止日期");
    if (keyReportIds.length > MAX_KEY_REPORTS) throw badInput(`需单独计数的举报件最多 ${MAX_KEY_REPORTS} 件`);
    const start = new Date(endOfBeijingDay(p.from).getTime() - 86_400_000 + 1);
    const end = endOfBeijingDay(p.to);
    const reports: GroupedReport[] = await ctx.db
      .getRepository(Report)
      .createQueryBuilder("r")
      .select(["r.id", "r.channel", "r.category", "r.townId", "r.isRepeat", "r.realName", "r.receivedAt"])
      .where("r.receivedAt >= :start AND r.receivedAt <= :end", { start, end })
      .getMany();
    let bySubject = new Map<string, (string | null)[]>();
    const sectorNames = new Map<string, string>();
    if ((dimension === HotspotDimension.SUBJECT_UNIT || dimension === HotspotDimension.INDUSTRY) && reports.length) {
      const subjects: GroupedSubject[] = await ctx.db
        .getRepository(ReportSubject)
        .createQueryBuilder("s")
        .innerJoin(Report, "r", "r.id = s.reportId")
        .select(["s.id", "s.reportId", "s.unitId", "s.townId"])
        .where("r.receivedAt >= :start AND r.receivedAt <= :end", { start, end })
        .getMany();
      const sectorOfUnit = new Map<string, string | null>();
      if (dimension === HotspotDimension.INDUSTRY) {
        const units = subjects.flatMap((s) => (s.unitId ? [s.unitId] : []));
        for (const [id, u] of await unitSectors(units)) {
          sectorOfUnit.set(id, u.sector);
          if (u.sector && u.sectorName) sectorNames.set(u.sector, u.sectorName);
        }
      }
      bySubject = subjectKeys(subjects, dimension, sectorOfUnit);
    }
    const labels = await this.labels(ctx, dimension, reports, sectorNames);
    return groupReports(reports, dimension, bySubject, new Set(keyReportIds)).map((g) => ({
      ...g,
      label: labels(g.key),
    }));
  }

  /** Chinese names: categories (with the administrators' own), channels, sectors; towns and units by id (the directory names them). */
  private async labels(
    ctx: SubgraphContext,
    dimension: HotspotDimension,
    reports: readonly GroupedReport[],
    sectorNames: ReadonlyMap<string, string>,
  ): Promise<(key: string) => string> {
    switch (dimension) {
      case HotspotDimension.CHANNEL:
        return (key) => (CHANNEL_LABELS as Record<string, string>)[key] ?? key;
      case HotspotDimension.CATEGORY: {
        if (!reports.length) return (key) => key;
        const custom = await ctx.db.getRepository(ProblemCategoryOption).find();
        return (key) => problemCategoryLabel(key, custom);
      }
      case HotspotDimension.TOWN:
        return (key) => (key === UNKNOWN_KEY ? "未指明镇（街道）" : key);
      case HotspotDimension.SUBJECT_UNIT:
        return (key) => (key === UNKNOWN_KEY ? "未填写单位" : key);
      case HotspotDimension.INDUSTRY:
        return (key) =>
          key === UNKNOWN_KEY
            ? "未指明行业系统"
            : key === GRASSROOTS_KEY
              ? GRASSROOTS_LABEL
              : (sectorNames.get(key) ?? key);
    }
  }
}
