import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { IsIn, Matches, Max, MaxLength, Min } from "class-validator";
import { DATE_RE, registerLabelledEnum, TownRef, UserRef } from "@prp/kit";
import { HOTSPOT_DIMENSION_LABELS, HotspotDimension, MAX_GROWTH_CAP, MAX_WEIGHT } from "../domain/analysis";
import { SCORECARD_MEASURE_LABELS, ScorecardMeasure } from "../domain/scorecards";

registerLabelledEnum(HotspotDimension, "HotspotDimension", "热点分组维度", HOTSPOT_DIMENSION_LABELS);
registerLabelledEnum(ScorecardMeasure, "ScorecardMeasure", "述责述廉比较项", SCORECARD_MEASURE_LABELS);

export { HotspotDimension, ScorecardMeasure };

const DATE_MSG = "日期格式应为 YYYY-MM-DD";
const WEIGHT_MSG = `权重应为 0–${MAX_WEIGHT} 之间的数`;

@ObjectType({ description: "风险指数公式：各项权重（加权平均，权重之和不必为 100）与增幅封顶值" })
export class RiskFormulaInfo {
  @Field(() => Float, { description: "件数权重（件数与本期最多一组之比）" }) volumeWeight!: number;
  @Field(() => Float, { description: "增幅权重（环比增幅，按封顶值折算）" }) growthWeight!: number;
  @Field(() => Float, { description: "重复举报占比权重" }) repeatShareWeight!: number;
  @Field(() => Float, { description: "实名举报占比权重" }) realNameShareWeight!: number;
  @Field(() => Float, { description: "重点案件权重（重点案件数与本期最多一组之比）" }) keyCasesWeight!: number;
  @Field(() => Float, { description: "增幅封顶值：增幅达到此值即计满分（1 表示增长 100%）" }) growthCap!: number;
  @Field({ description: "是否为默认公式（未经设置）" }) isDefault!: boolean;
  @Field(() => Date, { nullable: true, description: "最近设置时间" }) updatedAt!: Date | null;
  @Field(() => UserRef, { nullable: true, description: "最近设置人" }) updatedBy!: UserRef | null;
}

@InputType({ description: "设置风险指数公式" })
export class RiskFormulaInput {
  @Field(() => Float) @Min(0, { message: WEIGHT_MSG }) @Max(MAX_WEIGHT, { message: WEIGHT_MSG }) volumeWeight!: number;
  @Field(() => Float) @Min(0, { message: WEIGHT_MSG }) @Max(MAX_WEIGHT, { message: WEIGHT_MSG }) growthWeight!: number;
  @Field(() => Float)
  @Min(0, { message: WEIGHT_MSG })
  @Max(MAX_WEIGHT, { message: WEIGHT_MSG })
  repeatShareWeight!: number;
  @Field(() => Float)
  @Min(0, { message: WEIGHT_MSG })
  @Max(MAX_WEIGHT, { message: WEIGHT_MSG })
  realNameShareWeight!: number;
  @Field(() => Float)
  @Min(0, { message: WEIGHT_MSG })
  @Max(MAX_WEIGHT, { message: WEIGHT_MSG })
  keyCasesWeight!: number;
  @Field(() => Float, { defaultValue: 1, description: "增幅封顶值（1 表示增长 100%）" })
  @Max(MAX_GROWTH_CAP, { message: `增幅封顶值最多 ${MAX_GROWTH_CAP}` })
  growthCap!: number;
}

@ObjectType({ description: "热点" })
export class Hotspot {
  @Field({ description: "分组编码（镇街、单位的 ID，问题类别、渠道的编码；空串为未指明）" }) key!: string;
  @Field({ description: "名称" }) label!: string;
  @Field(() => Int, { description: "本期件数" }) count!: number;
  @Field(() => Int, { description: "上期（同长度的前一期间）件数" }) previousCount!: number;
  @Field(() => Float, { nullable: true, description: "环比增幅（(本期−上期)/上期；上期为 0 时为空）" })
  growth!: number | null;
  @Field(() => Float, { description: "重复举报占比（0–1）" }) repeatShare!: number;
  @Field(() => Float, { description: "实名举报占比（0–1）" }) realNameShare!: number;
  @Field(() => Int, { description: "重点案件（本期举报件中被定为重点的）" }) keyCases!: number;
  @Field(() => Float, { description: "风险指数（0–100）" }) riskScore!: number;
}

@ObjectType({ description: "趋势点" })
export class TrendPoint {
  @Field({ description: "月份 YYYY-MM" }) month!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "趋势序列（上期和本期逐月件数）" })
export class TrendSeries {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => [TrendPoint]) points!: TrendPoint[];
}

@ObjectType({ description: "热点分析（大数据分析）" })
export class HotspotAnalysis {
  @Field({ description: "分析期间起" }) from!: string;
  @Field({ description: "分析期间止" }) to!: string;
  @Field({ description: "对比期间（上期）起" }) previousFrom!: string;
  @Field({ description: "对比期间（上期）止" }) previousTo!: string;
  @Field(() => HotspotDimension) dimension!: HotspotDimension;
  @Field(() => RiskFormulaInfo, { description: "所用风险指数公式" }) formula!: RiskFormulaInfo;
  @Field(() => [Hotspot], { description: "热点，风险指数高的在前" }) items!: Hotspot[];
  @Field(() => [TrendSeries], { description: "各热点的逐月趋势" }) trend!: TrendSeries[];
}

@ObjectType({ description: "述责述廉比较数字（镇街的数字、全市平均或与平均的差）" })
export class TownScorecardFigures {
  @Field(() => Float, { description: "信访举报件数" }) reports!: number;
  @Field(() => Float, { description: "重复举报占比（0–1）" }) repeatShare!: number;
  @Field(() => Float, { description: "不满意占比（办结案件中表示不满意的，0–1）" }) dissatisfiedShare!: number;
  @Field(() => Float, { description: "逾期事项（截至 overdueAsOf 日终有期限已过而未完成事项的案件）" })
  overdueItems!: number;
  @Field(() => Float, { description: "重点案件" }) keyCases!: number;
}

@ObjectType({ description: "镇（街道）述责述廉数字" })
export class TownScorecard {
  @Field(() => TownRef) town!: TownRef;
  @Field(() => Int, { description: "期间内信访举报件数" }) reports!: number;
  @Field(() => Int, { description: "其中重复举报" }) repeatReports!: number;
  @Field(() => Float, { description: "重复举报占比（0–1）" }) repeatShare!: number;
  @Field(() => Int, { description: "期间内立案且已办结的案件" }) concludedCases!: number;
  @Field(() => Int, { description: "其中举报人表示不满意的" }) dissatisfiedCases!: number;
  @Field(() => Float, { description: "不满意占比（0–1）" }) dissatisfiedShare!: number;
  @Field(() => Int, { description: "逾期事项：截至 overdueAsOf 日终有期限已过而未完成事项的案件" })
  overdueItems!: number;
  @Field(() => Int, { description: "重点案件（期间内举报件中被定为重点的）" }) keyCases!: number;
  @Field(() => TownScorecardFigures, { description: "与全市平均之差（本镇街减平均）" })
  vsAverage!: TownScorecardFigures;
  @Field(() => [ScorecardMeasure], { description: "高于全市平均的项目" }) aboveAverage!: ScorecardMeasure[];
}

@ObjectType({ description: "镇（街道）述责述廉报表" })
export class TownScorecardReport {
  @Field() from!: string;
  @Field() to!: string;
  @Field({ description: "逾期事项的统计时点 YYYY-MM-DD：期间已结束为期末，未结束为今天" }) overdueAsOf!: string;
  @Field(() => [TownScorecard], { description: "各镇（街道），件数多的在前" }) towns!: TownScorecard[];
  @Field(() => TownScorecardFigures, {
    description: "全市平均：件数、逾期、重点案件为各镇街平均；占比为全市合计占比",
  })
  cityAverage!: TownScorecardFigures;
}

@ObjectType({ description: "专项整治所依据的热点" })
export class HotspotSource {
  @Field(() => HotspotDimension) dimension!: HotspotDimension;
  @Field({ description: "分组编码" }) key!: string;
  @Field({ description: "分析期间起" }) from!: string;
  @Field({ description: "分析期间止" }) to!: string;
}

@InputType({ description: "专项整治所依据的热点（来自热点分析）" })
export class HotspotSourceInput {
  @Field(() => HotspotDimension)
  @IsIn(Object.values(HotspotDimension), { message: "热点分组维度无效" })
  dimension!: HotspotDimension;
  @Field({ description: "分组编码" }) @MaxLength(64, { message: "热点分组编码最多 64 个字符" }) key!: string;
  @Field({ description: "分析期间起 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) from!: string;
  @Field({ description: "分析期间止 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) to!: string;
}
