import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { IsOptional } from "class-validator";
import { PageArgs, type SubgraphContext } from "@prp/kit";
import { OwnershipStatus } from "../entities";
import { CLAIM_ROLES } from "../domain/ownership";
import { leadershipDashboard, myOwnedCases, ownershipReminders } from "../app/monitoring";
import { LeadershipDashboard, OwnershipPage, OwnershipReminder } from "./monitoring.types";
import { CaseRef, caseRef } from "./refs";
import { leadershipDeps } from "./leadership-deps";

@ArgsType()
class OwnedCasesArgs extends PageArgs {
  @Field(() => OwnershipStatus, { nullable: true, description: "包案状态（不填为全部）" })
  @IsOptional()
  status?: OwnershipStatus | null;
}

/** The owning leader's monitoring: their cases (status and deadlines come from case handling through `case`). */
@Resolver(() => OwnershipReminder)
export class MonitoringResolver {
  @Authorized(...CLAIM_ROLES)
  @Query(() => OwnershipPage, { description: "我包案的案件（状态、期限、联合办理任务见 case）" })
  myOwnedCases(@Ctx() ctx: SubgraphContext, @Args(() => OwnedCasesArgs) args: OwnedCasesArgs): Promise<OwnershipPage> {
    return myOwnedCases(leadershipDeps(ctx), args);
  }

  @Authorized(...CLAIM_ROLES)
  @Query(() => LeadershipDashboard, { description: "包案领导工作台统计" })
  leadershipDashboard(@Ctx() ctx: SubgraphContext): Promise<LeadershipDashboard> {
    return leadershipDashboard(leadershipDeps(ctx));
  }

  @Authorized(...CLAIM_ROLES)
  @Query(() => [OwnershipReminder], { description: "包案到期提醒：已逾期和五个工作日内到期的事项" })
  ownershipReminders(@Ctx() ctx: SubgraphContext): Promise<OwnershipReminder[]> {
    return ownershipReminders(leadershipDeps(ctx));
  }

  @FieldResolver(() => CaseRef, { description: "案件" })
  case(@Root() r: OwnershipReminder): CaseRef {
    return caseRef(r.caseId);
  }
}
