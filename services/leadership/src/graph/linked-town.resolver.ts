import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { MAX_PAGE_SIZE, badInput, type SubgraphContext } from "@prp/kit";
import { TownMeeting } from "../entities";
import { CLAIM_ROLES, READ_ROLES } from "../domain/ownership";
import { recordTownMeeting, townMeetings } from "../app/linked-towns";
import { TownMeetingInput } from "./field-work.inputs";
import { TownRef, UserRef, townRef } from "@prp/kit";
import { userRef } from "./refs";
import { leadershipDeps } from "./leadership-deps";

/** A list's size within the cap. */
export function pageLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw badInput(`limit 应为 1–${MAX_PAGE_SIZE}`);
  return limit;
}

/** 包联镇街: the petition meetings of linked towns that leaders attended. */
@Resolver(() => TownMeeting)
export class TownMeetingResolver {
  @Authorized(...CLAIM_ROLES)
  @Mutation(() => TownMeeting, { description: "记录列席包联镇（街道）信访专题会议（委领导本人）" })
  recordTownMeeting(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => TownMeetingInput) input: TownMeetingInput,
  ): Promise<TownMeeting> {
    return recordTownMeeting(leadershipDeps(ctx), input);
  }

  @Authorized(...READ_ROLES)
  @Query(() => [TownMeeting], {
    nullable: true,
    description: "列席的镇（街道）信访专题会议，新的在前；默认本人包联的镇（街道）",
  })
  townMeetings(
    @Ctx() ctx: SubgraphContext,
    @Arg("townIds", () => [ID], { nullable: true }) townIds: string[] | null,
    @Arg("leaderId", () => ID, { nullable: true }) leaderId: string | null,
    @Arg("limit", () => Int, { defaultValue: 50 }) limit: number,
  ): Promise<TownMeeting[]> {
    return townMeetings(leadershipDeps(ctx), { townIds, leaderId, limit: pageLimit(limit) });
  }

  @FieldResolver(() => TownRef, { description: "镇（街道）" })
  town(@Root() m: TownMeeting): TownRef {
    return townRef(m.townId)!;
  }

  @FieldResolver(() => UserRef, { description: "列席领导" })
  leader(@Root() m: TownMeeting): UserRef {
    return userRef(m.leaderId);
  }
}
