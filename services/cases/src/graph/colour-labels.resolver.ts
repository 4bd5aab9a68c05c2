import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, Role, type SubgraphContext } from "@prp/kit";
import { Case } from "../entities/Case";
import { CaseLabel } from "../entities/CaseLabel";
import { CaseLabelChange } from "../entities/CaseLabelChange";
import { LabelCategory } from "../entities";
import { CASE_READ_ROLES } from "../domain/access";
import { labelledCases, screenLabelsNow } from "../app/colour-labels";
import { casesDeps } from "./cases-deps";
import { CasePage } from "./case.types";
import { LabelledCaseArgs } from "./extras.inputs";
import { LabelFindingInfo, ScreeningResultInfo } from "./extras.types";

/** 色标管理: screening on demand, labelled cases by colour and category, each case's label and its history. */
@Resolver(() => Case)
export class ColourLabelResolver {
  @Authorized(Role.LEADER, Role.PETITION_OFFICER)
  @Mutation(() => ScreeningResultInfo, { description: "滚动筛查：按色标规则重新判定全部案件的色标（委领导、信访室）" })
  screenColourLabels(@Ctx() ctx: SubgraphContext): Promise<ScreeningResultInfo> {
    return screenLabelsNow(casesDeps(ctx), ctx.db);
  }

  @Authorized(...CASE_READ_ROLES)
  @Query(() => CasePage, { nullable: true, description: "色标案件（按颜色、类别筛选；红色在前）" })
  labelledCases(
    @Ctx() ctx: SubgraphContext,
    @Args(() => LabelledCaseArgs) f: LabelledCaseArgs,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<CasePage> {
    return labelledCases(casesDeps(ctx), ctx.user!, f, page.offset, page.limit);
  }

  @FieldResolver(() => CaseLabel, { nullable: true, description: "色标（当前；从未进入任何类别时为空）" })
  label(@Root() c: Case, @Ctx() ctx: SubgraphContext): Promise<CaseLabel | null> {
    return ctx.loaders.one(CaseLabel, "caseId").load(c.id);
  }

  @FieldResolver(() => [CaseLabelChange], { description: "色标变化记录（按时间）" })
  async labelHistory(@Root() c: Case, @Ctx() ctx: SubgraphContext): Promise<CaseLabelChange[]> {
    const rows = await ctx.loaders.many(CaseLabelChange, "caseId").load(c.id);
    return [...rows].sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}

@Resolver(() => CaseLabel)
export class CaseLabelResolver {
  @FieldResolver(() => [LabelFindingInfo], { description: "所属类别及各自颜色（严重的在前）" })
  findings(@Root() l: CaseLabel): LabelFindingInfo[] {
    return l.findings;
  }

  @FieldResolver(() => [LabelCategory], { description: "所属类别" })
  categories(@Root() l: CaseLabel): LabelCategory[] {
    return l.findings.map((f) => f.category);
  }
}

@Resolver(() => CaseLabelChange)
export class CaseLabelChangeResolver {
  @FieldResolver(() => [LabelFindingInfo], { description: "变化后的类别判定" })
  findings(@Root() l: CaseLabelChange): LabelFindingInfo[] {
    return l.findings;
  }
}
