import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { ActiveOwnership, Ownership } from "../entities";
import { CaseRef } from "./refs";

/** What leadership adds to case handling's Case. */
@Resolver(() => CaseRef)
export class CaseOwnershipResolver {
  @FieldResolver(() => Ownership, { nullable: true, description: "当前包案（无人包案时为空）" })
  async ownership(@Root() c: CaseRef, @Ctx() ctx: SubgraphContext): Promise<Ownership | null> {
    const active = await ctx.loaders.one(ActiveOwnership, "caseId").load(c.id);
    return active ? ctx.loaders.one(Ownership).load(active.ownershipId) : null;
  }

  @FieldResolver(() => [Ownership], { description: "包案经过（领导包案、退出、调整，按时间）" })
  async ownershipHistory(@Root() c: CaseRef, @Ctx() ctx: SubgraphContext): Promise<Ownership[]> {
    const all = await ctx.loaders.many(Ownership, "caseId").load(c.id);
    return [...all].sort((a, b) => a.claimedAt.getTime() - b.claimedAt.getTime());
  }
}
