import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { townRef, userRef, type SubgraphContext } from "@prp/kit";
import { FIGURES_ROLES } from "../domain/ownership";
import { hotspots, riskFormula, setRiskFormula, townScorecardReport, type RiskFormulaView } from "../app/analysis";
import { analysisDeps } from "./analysis-deps";
import { leadershipDeps } from "./leadership-deps";
import {
  HotspotAnalysis,
  HotspotDimension,
  RiskFormulaInfo,
  RiskFormulaInput,
  TownScorecardReport,
} from "./analysis.types";

const formulaInfo = (v: RiskFormulaView): RiskFormulaInfo => ({
  ...v.formula,
  isDefault: v.isDefault,
  updatedAt: v.updatedAt,
  updatedBy: userRef(v.updatedById),
});

/** 大数据分析: hotspots with the risk score and trend, the risk formula, town scorecards (述责述廉). */
@Resolver()
export class AnalysisResolver {
  @Authorized(...FIGURES_ROLES)
  @Query(() => RiskFormulaInfo, { description: "热点分析的风险指数公式（现行）" })
  async riskFormula(@Ctx() ctx: SubgraphContext): Promise<RiskFormulaInfo> {
    return formulaInfo(await riskFormula({ db: ctx.db }));
  }

  @Authorized()
  @Mutation(() => RiskFormulaInfo, { description: "设置风险指数公式（系统管理员或委主要负责人）" })
  async setRiskFormula(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => RiskFormulaInput) input: RiskFormulaInput,
  ): Promise<RiskFormulaInfo> {
    return formulaInfo(await setRiskFormula(leadershipDeps(ctx), input));
  }

  @Authorized(...FIGURES_ROLES)
  @Query(() => HotspotAnalysis, {
    nullable: true,
    description: "热点分析：按维度分组，与上一同长度期间比较，按风险指数排序，附逐月趋势（期间最长两年）",
  })
  async hotspots(
    @Ctx() ctx: SubgraphContext,
    @Arg("from", { description: "分析期间起 YYYY-MM-DD" }) from: string,
    @Arg("to", { description: "分析期间止 YYYY-MM-DD" }) to: string,
    @Arg("dimension", () => HotspotDimension, { defaultValue: HotspotDimension.TOWN }) dimension: HotspotDimension,
    @Arg("limit", () => Int, { defaultValue: 10, description: "热点条数（1–100）" }) limit: number,
  ): Promise<HotspotAnalysis> {
    const r = await hotspots(analysisDeps(ctx), { from, to, dimension, limit });
    return { ...r, formula: formulaInfo(r.formula) };
  }

  @Authorized(...FIGURES_ROLES)
  @Query(() => TownScorecardReport, {
    nullable: true,
    description: "镇（街道）述责述廉数字：件数、重复举报与不满意占比、逾期事项、重点案件，并与全市平均比较",
  })
  async townScorecards(
    @Ctx() ctx: SubgraphContext,
    @Arg("from", { description: "期间起 YYYY-MM-DD" }) from: string,
    @Arg("to", { description: "期间止 YYYY-MM-DD" }) to: string,
  ): Promise<TownScorecardReport> {
    const r = await townScorecardReport(analysisDeps(ctx), from, to);
    return { ...r, towns: r.towns.map((t) => ({ ...t, town: townRef(t.townId) })) };
  }
}
