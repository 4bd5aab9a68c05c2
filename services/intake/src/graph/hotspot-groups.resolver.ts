import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import { registerLabelledEnum, Role, type SubgraphContext } from "@prp/kit";
import { READ_ROLES } from "../domain/access";
import { HOTSPOT_DIMENSION_LABELS, HotspotDimension } from "../domain/hotspot-groups";
import { intakeGroupFigures } from "../app/hotspot-groups";
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

/** The figures behind the hotspot analysis and town scorecards (app/hotspot-groups.ts). */
@Resolver(() => Period)
export class HotspotGroupsResolver {
  @Authorized(...READ_ROLES, Role.SERVICE)
  @FieldResolver(() => [IntakeGroupFigures], { description: "期间内举报件分组统计（热点分析依据），件数多的在前" })
  intakeGroups(
    @Root() p: Period,
    @Ctx() ctx: SubgraphContext,
    @Arg("dimension", () => HotspotDimension) dimension: HotspotDimension,
    @Arg("keyReportIds", () => [ID], { defaultValue: [], description: "需单独计数的举报件（如重点案件的举报件）" })
    keyReportIds: string[],
  ): Promise<IntakeGroupFigures[]> {
    return intakeGroupFigures({ db: ctx.db, unitSectors }, p, dimension, keyReportIds);
  }
}
