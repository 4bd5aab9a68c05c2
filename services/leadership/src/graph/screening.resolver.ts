import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { IsOptional } from "class-validator";
import { PageArgs, type SubgraphContext } from "@prp/kit";
import { Nomination, ScreenedCase } from "../entities";
import { NOMINATE_ROLES, READ_ROLES } from "../domain/ownership";
import { screeningQueue, type Candidate } from "../app/screening-queue";
import { nominateCase } from "../app/nomination";
import { ScreeningCandidate, ScreeningCandidatePage } from "./screening.types";
import { NominateCaseArgs } from "./ownership.inputs";
import { CaseRef, caseRef } from "./refs";
import { TownRef, townRef } from "@prp/kit";
import { leadershipDeps } from "./leadership-deps";

@ArgsType()
class QueueArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: "只看本人包联的镇（街道）" })
  @IsOptional()
  linkedOnly?: boolean | null;
}

@Resolver(() => ScreeningCandidate)
export class ScreeningResolver {
  @Authorized(...READ_ROLES)
  @Query(() => ScreeningCandidatePage, {
    description: "领导包案候选案件：本人包联镇（街道）的在前，附筛选理由；期限见 case",
  })
  screeningQueue(@Ctx() ctx: SubgraphContext, @Args(() => QueueArgs) args: QueueArgs): Promise<ScreeningCandidatePage> {
    return screeningQueue(leadershipDeps(ctx), args);
  }

  @Authorized(...NOMINATE_ROLES)
  @Mutation(() => ScreeningCandidate, {
    description: "提请领导包案（干扰多阻力大）：信访室或本案承办单位的承办人，须说明理由",
  })
  async nominateCase(
    @Ctx() ctx: SubgraphContext,
    @Args(() => NominateCaseArgs) args: NominateCaseArgs,
  ): Promise<Candidate> {
    const c = await nominateCase(leadershipDeps(ctx), args.caseId, args.reason);
    return toCandidate(c, ctx.user?.townIds ?? []);
  }

  @FieldResolver(() => CaseRef, { description: "案件（状态、期限由办理子图提供）" })
  case(@Root() c: Candidate): CaseRef {
    return caseRef(c.caseId);
  }

  @FieldResolver(() => TownRef, { nullable: true, description: "所涉镇（街道）" })
  town(@Root() c: Candidate): TownRef | null {
    return townRef(c.townId);
  }

  @FieldResolver(() => [Nomination], { description: "提请领导包案记录" })
  nominations(@Root() c: Candidate, @Ctx() ctx: SubgraphContext): Promise<Nomination[]> {
    return ctx.loaders.many(Nomination, "caseId").load(c.caseId);
  }
}

export function toCandidate(c: ScreenedCase, townIds: readonly string[]): Candidate {
  return {
    caseId: c.caseId,
    serial: c.serial,
    townId: c.townId,
    reasons: c.reasons,
    inLinkedTown: !!c.townId && townIds.includes(c.townId),
    since: c.candidateSince ?? c.updatedAt,
  };
}
