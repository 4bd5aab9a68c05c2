import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root, registerEnumType } from "type-graphql";
import { departmentRef, Role, type SubgraphContext } from "@prp/kit";
import { Case } from "../entities/Case";
import { CaseStatus } from "../entities";
import { SEE_ALL_ROLES } from "../domain/access";
import type { DispatchFigures } from "../domain/dispatch";
import { DispatchWorkbookKind, dispatchWorkbook, monthlyDispatch, periodDispatch } from "../app/dispatch";
import { casesDeps } from "./cases-deps";
import { MonthArgs } from "./extras.inputs";
import { DispatchFiguresInfo, GeneratedFile } from "./extras.types";
import { Period } from "./period.types";

registerEnumType(DispatchWorkbookKind, {
  name: "DispatchWorkbookKind",
  description: "调度报表",
  valuesConfig: { SHEET: { description: "每月调度表" }, BULLETIN: { description: "办理情况通报" } },
});

/** The figures as GraphQL shows them: units and cases as references the gateway fills. */
async function figuresInfo(ctx: SubgraphContext, f: DispatchFigures): Promise<DispatchFiguresInfo> {
  const cases = new Map(
    (await ctx.loaders.one(Case).loadMany(f.labelled.map((l) => l.id)))
      .filter((c): c is Case => !!c && !(c instanceof Error))
      .map((c) => [c.id, c]),
  );
  return {
    from: f.period.from,
    to: f.period.to,
    cases: f.cases,
    byStatus: f.byStage.map((s) => ({ status: s.key as CaseStatus, count: s.count })),
    byGrade: f.byGrade.map((g) => ({ grade: g.key, count: g.count })),
    byUnit: f.byUnit.map((u) => ({
      unit: departmentRef(u.unitId),
      cases: u.cases,
      newCases: u.newCases,
      concluded: u.concluded,
      overdue: u.overdue,
      feedbackGiven: u.feedbackGiven,
      accepted: u.accepted,
    })),
    newCases: f.newCases,
    concluded: f.concluded,
    overdue: f.overdue,
    feedbackGiven: f.feedbackGiven,
    feedbackOverdue: f.feedbackOverdue,
    satisfied: f.satisfied,
    basicallySatisfied: f.basicallySatisfied,
    dissatisfied: f.dissatisfied,
    satisfactionRate: f.satisfactionRate,
    labelledByColour: f.labelledByColour.map((c) => ({ colour: c.key, count: c.count })),
    labelled: f.labelled
      .filter((l) => cases.has(l.id))
      .map((l) => ({
        case: cases.get(l.id)!,
        colour: l.colour,
        categories: l.categories,
        status: l.stage as CaseStatus,
        lastProgressAt: l.lastProgressAt,
      })),
  };
}

/** 每月调度: a month's figures, the dispatch sheet and the bulletin, and the same figures through Period. */
@Resolver(() => Period)
export class DispatchResolver {
  @Authorized(...SEE_ALL_ROLES)
  @Query(() => DispatchFiguresInfo, {
    nullable: true,
    description: "每月调度：案件按阶段、分级、承办单位，新增、办结、逾期，结果反馈和结服率，色标案件及进展",
  })
  async monthlyDispatch(
    @Ctx() ctx: SubgraphContext,
    @Args(() => MonthArgs) { month }: MonthArgs,
  ): Promise<DispatchFiguresInfo> {
    return figuresInfo(ctx, await monthlyDispatch(casesDeps(ctx), month));
  }

  @Authorized(...SEE_ALL_ROLES)
  @Query(() => GeneratedFile, { nullable: true, description: "每月调度表或办理情况通报（Excel，Base64）" })
  async dispatchWorkbook(
    @Ctx() ctx: SubgraphContext,
    @Args(() => MonthArgs) { month }: MonthArgs,
    @Arg("kind", () => DispatchWorkbookKind) kind: DispatchWorkbookKind,
  ): Promise<GeneratedFile> {
    const wb = await dispatchWorkbook(casesDeps(ctx), month, kind);
    return { fileName: wb.fileName, mimeType: wb.mimeType, base64: wb.bytes.toString("base64") };
  }

  // SERVICE: leadership gathers the figures for the half-year report
  @Authorized(...SEE_ALL_ROLES, Role.SERVICE)
  @FieldResolver(() => DispatchFiguresInfo, { description: "办理情况（每月调度口径）" })
  async dispatch(@Root() p: Period, @Ctx() ctx: SubgraphContext): Promise<DispatchFiguresInfo> {
    return figuresInfo(ctx, await periodDispatch(casesDeps(ctx), { from: p.from, to: p.to }));
  }
}
