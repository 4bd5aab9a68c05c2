import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { Role } from "@prp/kit/core";
import { Campaign, CampaignNote, CampaignRule, CampaignStatus } from "../entities";
import { READ_ROLES } from "../domain/ownership";
import { campaigns, closeCampaign, noteCampaignProgress, recordCampaignRule, startCampaign } from "../app/campaigns";
import { CampaignInput, CampaignNoteInput, CampaignRuleInput } from "./field-work.inputs";
import { ReportRef, reportRef } from "./field-work.types";
import { CaseRef, caseRef } from "./refs";
import { DepartmentRef, departmentRef } from "@prp/kit";
import { leadershipDeps } from "./leadership-deps";
import { fieldWorkDeps } from "./field-work-deps";
import { HotspotSource, type HotspotDimension } from "./analysis.types";

/** Who starts and closes a campaign: a leader. Who records its progress and rules: also the petition office. */
const START_ROLES = [Role.LEADER] as const;
const PROGRESS_ROLES = [Role.LEADER, Role.PETITION_OFFICER] as const;

const byTime = <T extends { recordedAt: Date }>(rows: T[]) =>
  [...rows].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());

/** 专项整治: campaigns, their progress, the rules and systems they produced, their closure. */
@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized(...START_ROLES)
  @Mutation(() => Campaign, { description: "启动专项整治（委领导）" })
  startCampaign(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => CampaignInput) input: CampaignInput,
  ): Promise<Campaign> {
    return startCampaign(fieldWorkDeps(ctx), input);
  }

  @Authorized(...PROGRESS_ROLES)
  @Mutation(() => CampaignNote, { description: "记录专项整治进展" })
  noteCampaignProgress(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => CampaignNoteInput) input: CampaignNoteInput,
  ): Promise<CampaignNote> {
    return noteCampaignProgress(leadershipDeps(ctx), input);
  }

  @Authorized(...PROGRESS_ROLES)
  @Mutation(() => CampaignRule, { description: "登记专项整治形成的制度（建章立制）" })
  recordCampaignRule(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => CampaignRuleInput) input: CampaignRuleInput,
  ): Promise<CampaignRule> {
    return recordCampaignRule(leadershipDeps(ctx), input);
  }

  @Authorized(...START_ROLES)
  @Mutation(() => Campaign, { description: "结束专项整治，填写整治成效" })
  closeCampaign(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("results", { description: "整治成效" }) results: string,
  ): Promise<Campaign> {
    return closeCampaign(leadershipDeps(ctx), id, results);
  }

  @Authorized(...READ_ROLES)
  @Query(() => [Campaign], { nullable: true, description: "专项整治，新的在前" })
  campaigns(
    @Ctx() ctx: SubgraphContext,
    @Arg("status", () => CampaignStatus, { nullable: true }) status: CampaignStatus | null,
  ): Promise<Campaign[]> {
    return campaigns({ db: ctx.db }, status);
  }

  @Authorized(...READ_ROLES)
  @Query(() => Campaign, { nullable: true, description: "一项专项整治" })
  campaign(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Campaign | null> {
    return ctx.loaders.one(Campaign).load(id);
  }

  @FieldResolver(() => DepartmentRef, { description: "牵头单位" })
  leadUnit(@Root() c: Campaign): DepartmentRef {
    return departmentRef(c.leadUnitId);
  }

  @FieldResolver(() => HotspotSource, { nullable: true, description: "所依据的热点（由热点分析启动的）" })
  hotspot(@Root() c: Campaign): HotspotSource | null {
    if (!c.hotspotDimension || c.hotspotKey === null || !c.hotspotFrom || !c.hotspotTo) return null;
    return {
      dimension: c.hotspotDimension as HotspotDimension,
      key: c.hotspotKey,
      from: c.hotspotFrom,
      to: c.hotspotTo,
    };
  }

  @FieldResolver(() => [ReportRef], { description: "关联的举报件" })
  reports(@Root() c: Campaign): ReportRef[] {
    return c.reportIds.map(reportRef);
  }

  @FieldResolver(() => [CaseRef], { description: "关联的案件" })
  cases(@Root() c: Campaign): CaseRef[] {
    return c.caseIds.map(caseRef);
  }

  @FieldResolver(() => [CampaignNote], { description: "整治进展（按时间）" })
  async progress(@Root() c: Campaign, @Ctx() ctx: SubgraphContext): Promise<CampaignNote[]> {
    return byTime(await ctx.loaders.many(CampaignNote, "campaignId").load(c.id));
  }

  @FieldResolver(() => [CampaignRule], { description: "形成的制度（按时间）" })
  async rules(@Root() c: Campaign, @Ctx() ctx: SubgraphContext): Promise<CampaignRule[]> {
    return byTime(await ctx.loaders.many(CampaignRule, "campaignId").load(c.id));
  }
}
