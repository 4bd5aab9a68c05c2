import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { Role } from "@prp/kit/core";
import { CaseVisit, Reception } from "../entities";
import { CLAIM_ROLES, READ_ROLES } from "../domain/ownership";
import {
  cancelReception,
  caseVisits,
  receptionsBetween,
  recordCaseVisit,
  recordReceptionOutcome,
  scheduleReception,
} from "../app/receptions";
import { CaseVisitInput, ReceptionOutcomeInput, ReceptionSlotInput } from "./field-work.inputs";
import { PublishedReception, ReportRef, reportRef } from "./field-work.types";
import { CaseRef, caseRef, userRef } from "./refs";
import { TownRef, UserRef, townRef } from "@prp/kit";
import { leadershipDeps } from "./leadership-deps";
import { fieldWorkDeps } from "./field-work-deps";
import { pageLimit } from "./linked-town.resolver";

/** Who schedules receptions and records what they brought: the leader themself, or the petition office. */
const RECEPTION_ROLES = [Role.LEADER, Role.PETITION_OFFICER] as const;

/** 公开接访 and 带案下访. The published schedule is the one query open without signing in. */
@Resolver(() => Reception)
export class ReceptionResolver {
  @Query(() => [PublishedReception], {
    description: "领导公开接访安排（对外公布，无需登录）：日期、时间、地点、领导姓名和职务",
  })
  async receptionSchedule(
    @Ctx() ctx: SubgraphContext,
    @Arg("from", { description: "开始日期 YYYY-MM-DD" }) from: string,
    @Arg("to", { description: "结束日期 YYYY-MM-DD（最多 92 天）" }) to: string,
  ): Promise<PublishedReception[]> {
    const rows = await receptionsBetween({ db: ctx.db }, from, to, true);
    // only the published fields leave the subgraph, whatever the entity carries
    return rows.map((r) => ({
      receptionDate: r.receptionDate,
      startTime: r.startTime,
      endTime: r.endTime,
      place: r.place,
      leaderName: r.leaderName,
      leaderTitle: r.leaderTitle,
    }));
  }

  @Authorized(...READ_ROLES)
  @Query(() => [Reception], { nullable: true, description: "公开接访（内部，含接访情况）" })
  receptions(
    @Ctx() ctx: SubgraphContext,
    @Arg("from", { description: "开始日期 YYYY-MM-DD" }) from: string,
    @Arg("to", { description: "结束日期 YYYY-MM-DD（最多 92 天）" }) to: string,
  ): Promise<Reception[]> {
    return receptionsBetween({ db: ctx.db }, from, to, false);
  }

  @Authorized(...RECEPTION_ROLES)
  @Mutation(() => Reception, { description: "安排公开接访（委领导本人或信访室）" })
  scheduleReception(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => ReceptionSlotInput) input: ReceptionSlotInput,
  ): Promise<Reception> {
    return scheduleReception(fieldWorkDeps(ctx), input);
  }

  @Authorized(...RECEPTION_ROLES)
  @Mutation(() => Reception, { description: "登记公开接访情况：接待人次、由此登记的举报件" })
  recordReceptionOutcome(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => ReceptionOutcomeInput) input: ReceptionOutcomeInput,
  ): Promise<Reception> {
    return recordReceptionOutcome(fieldWorkDeps(ctx), input);
  }

  @Authorized(...RECEPTION_ROLES)
  @Mutation(() => Reception, { description: "取消公开接访（须说明原因）" })
  cancelReception(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason") reason: string,
  ): Promise<Reception> {
    return cancelReception(leadershipDeps(ctx), id, reason);
  }

  @FieldResolver(() => UserRef, { description: "接访领导" })
  leader(@Root() r: Reception): UserRef {
    return userRef(r.leaderId);
  }

  @FieldResolver(() => [ReportRef], { description: "由此登记的举报件" })
  reports(@Root() r: Reception): ReportRef[] {
    return r.reportIds.map(reportRef);
  }
}

@Resolver(() => CaseVisit)
export class CaseVisitResolver {
  @Authorized(...CLAIM_ROLES)
  @Mutation(() => CaseVisit, { description: "记录带案下访（委领导本人）" })
  recordCaseVisit(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => CaseVisitInput) input: CaseVisitInput,
  ): Promise<CaseVisit> {
    return recordCaseVisit(leadershipDeps(ctx), input);
  }

  @Authorized(...READ_ROLES)
  @Query(() => [CaseVisit], { nullable: true, description: "带案下访记录，新的在前" })
  caseVisits(
    @Ctx() ctx: SubgraphContext,
    @Arg("leaderId", () => ID, { nullable: true }) leaderId: string | null,
    @Arg("townId", () => ID, { nullable: true }) townId: string | null,
    @Arg("limit", () => Int, { defaultValue: 50 }) limit: number,
  ): Promise<CaseVisit[]> {
    return caseVisits({ db: ctx.db }, { leaderId, townId, limit: pageLimit(limit) });
  }

  @FieldResolver(() => TownRef, { description: "镇（街道）" })
  town(@Root() v: CaseVisit): TownRef {
    return townRef(v.townId)!;
  }

  @FieldResolver(() => UserRef, { description: "下访领导" })
  leader(@Root() v: CaseVisit): UserRef {
    return userRef(v.leaderId);
  }

  @FieldResolver(() => [CaseRef], { description: "带下去的案件" })
  cases(@Root() v: CaseVisit): CaseRef[] {
    return v.caseIds.map(caseRef);
  }
}
