import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { AnalysisSession, DisciplineDiscussion, MarshalledForce, Ownership } from "../entities";
import { CLAIM_ROLES } from "../domain/ownership";
import { marshalForces, recordAnalysisSession, recordDisciplineDiscussion, setTargetDate } from "../app/owner-work";
import { AnalysisSessionInput, DisciplineDiscussionInput, MarshalForcesInput } from "./owner-work.inputs";
import { DepartmentRef, UserRef, departmentRef } from "@prp/kit";
import { leadershipDeps } from "./leadership-deps";
import { userRef } from "./refs";

const byTime = <T extends { recordedAt: Date }>(rows: T[]) =>
  [...rows].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());

/** The owning leader's work on the case: analysis sessions, discussions, forces, the target date. */
@Resolver(() => Ownership)
export class OwnerWorkResolver {
  @Authorized(...CLAIM_ROLES)
  @Mutation(() => AnalysisSession, { description: "记录案情研判（包案领导本人）" })
  recordAnalysisSession(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => AnalysisSessionInput) input: AnalysisSessionInput,
  ): Promise<AnalysisSession> {
    return recordAnalysisSession(leadershipDeps(ctx), input);
  }

  @Authorized(...CLAIM_ROLES)
  @Mutation(() => DisciplineDiscussion, { description: "记录研讨定性量纪（包案领导本人）" })
  recordDisciplineDiscussion(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => DisciplineDiscussionInput) input: DisciplineDiscussionInput,
  ): Promise<DisciplineDiscussion> {
    return recordDisciplineDiscussion(leadershipDeps(ctx), input);
  }

  @Authorized(...CLAIM_ROLES)
  @Mutation(() => MarshalledForce, { description: "调度精干力量（包案领导本人）" })
  marshalForces(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => MarshalForcesInput) input: MarshalForcesInput,
  ): Promise<MarshalledForce> {
    return marshalForces(leadershipDeps(ctx), input);
  }

  @Authorized(...CLAIM_ROLES)
  @Mutation(() => Ownership, { description: "设定目标办结日期（包案领导本人）" })
  setOwnershipTarget(
    @Ctx() ctx: SubgraphContext,
    @Arg("caseId", () => ID) caseId: string,
    @Arg("targetDate", { description: "目标办结日期 YYYY-MM-DD" }) targetDate: string,
  ): Promise<Ownership> {
    return setTargetDate(leadershipDeps(ctx), caseId, targetDate);
  }

  @FieldResolver(() => [AnalysisSession], { description: "案情研判（按时间）" })
  async analysisSessions(@Root() o: Ownership, @Ctx() ctx: SubgraphContext): Promise<AnalysisSession[]> {
    return byTime(await ctx.loaders.many(AnalysisSession, "ownershipId").load(o.id));
  }

  @FieldResolver(() => [DisciplineDiscussion], { description: "研讨定性量纪记录（按时间）" })
  async disciplineDiscussions(@Root() o: Ownership, @Ctx() ctx: SubgraphContext): Promise<DisciplineDiscussion[]> {
    return byTime(await ctx.loaders.many(DisciplineDiscussion, "ownershipId").load(o.id));
  }

  @FieldResolver(() => [MarshalledForce], { description: "调度的精干力量（按时间）" })
  async forces(@Root() o: Ownership, @Ctx() ctx: SubgraphContext): Promise<MarshalledForce[]> {
    return byTime(await ctx.loaders.many(MarshalledForce, "ownershipId").load(o.id));
  }
}

@Resolver(() => MarshalledForce)
export class MarshalledForceResolver {
  @FieldResolver(() => [UserRef], { description: "调度的人员" })
  people(@Root() f: MarshalledForce): UserRef[] {
    return f.personIds.map(userRef);
  }

  @FieldResolver(() => [DepartmentRef], { description: "调度的单位" })
  units(@Root() f: MarshalledForce): DepartmentRef[] {
    return f.unitIds.map((id) => departmentRef(id));
  }
}
