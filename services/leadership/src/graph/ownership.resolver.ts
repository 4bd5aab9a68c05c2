import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { Ownership } from "../entities";
import { CLAIM_ROLES, READ_ROLES } from "../domain/ownership";
import { claimCase, releaseCase, transferOwnership } from "../app/ownership";
import { ClaimCaseArgs, ReleaseCaseArgs, TransferOwnershipArgs } from "./ownership.inputs";
import { CaseRef, caseRef, userRef } from "./refs";
import { UserRef } from "@prp/kit";
import { leadershipDeps } from "./leadership-deps";

@Resolver(() => Ownership)
export class OwnershipResolver {
  @Authorized(...READ_ROLES)
  @Query(() => Ownership, { nullable: true, description: "包案记录" })
  ownership(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Ownership | null> {
    return ctx.loaders.one(Ownership).load(id);
  }

  @Authorized(...CLAIM_ROLES)
  @Mutation(() => Ownership, { description: "领导包案：每个案件同一时间只有一位包案领导" })
  claimCase(@Ctx() ctx: SubgraphContext, @Args(() => ClaimCaseArgs) args: ClaimCaseArgs): Promise<Ownership> {
    return claimCase(leadershipDeps(ctx), args);
  }

  @Authorized(...CLAIM_ROLES)
  @Mutation(() => Ownership, { description: "退出包案（包案领导本人，须说明理由）" })
  releaseCase(@Ctx() ctx: SubgraphContext, @Args(() => ReleaseCaseArgs) args: ReleaseCaseArgs): Promise<Ownership> {
    return releaseCase(leadershipDeps(ctx), args.caseId, args.reason);
  }

  @Authorized()
  @Mutation(() => Ownership, { description: "调整包案领导（委主要负责人，须说明理由），返回新的包案记录" })
  transferOwnership(
    @Ctx() ctx: SubgraphContext,
    @Args(() => TransferOwnershipArgs) args: TransferOwnershipArgs,
  ): Promise<Ownership> {
    return transferOwnership(leadershipDeps(ctx), args.caseId, args.toLeaderId, args.reason);
  }

  @FieldResolver(() => CaseRef, { description: "案件（状态、期限、联合办理任务由办理子图提供）" })
  case(@Root() o: Ownership): CaseRef {
    return caseRef(o.caseId);
  }

  @FieldResolver(() => UserRef, { description: "包案领导" })
  leader(@Root() o: Ownership): UserRef {
    return userRef(o.leaderId);
  }

  @FieldResolver(() => Ownership, { nullable: true, description: "由哪次包案调整而来" })
  transferredFrom(@Root() o: Ownership, @Ctx() ctx: SubgraphContext): Promise<Ownership | null> | null {
    return o.transferredFromId ? ctx.loaders.one(Ownership).load(o.transferredFromId) : null;
  }
}
