import { UserRef, userRef } from "@prp/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { Escalation } from "../entities/Escalation";
import { Report } from "../entities/Report";
import { ESCALATE_ROLES, ESCALATION_DECIDE_ROLES } from "../domain/access";
import { decideEscalation, escalateReport, pendingEscalationsOf } from "../app/escalation";
import { intakeDeps } from "./intake-deps";

/** 紧急事项呈批: an urgent item goes to a leader with a drafted routing opinion. */
@Resolver(() => Escalation)
export class EscalationResolver {
  @Authorized(...ESCALATE_ROLES)
  @Mutation(() => Escalation, { description: "紧急事项呈批：拟定分办意见，报送领导" })
  escalateReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("leaderId", () => ID) leaderId: string,
    @Arg("draftOpinion") draftOpinion: string,
  ): Promise<Escalation> {
    return escalateReport(intakeDeps(ctx), { reportId: id, leaderId, draftOpinion });
  }

  @Authorized(...ESCALATION_DECIDE_ROLES)
  @Query(() => [Escalation], { nullable: true, description: "待我批示的紧急事项" })
  myPendingEscalations(@Ctx() ctx: SubgraphContext): Promise<Escalation[]> {
    return pendingEscalationsOf(intakeDeps(ctx));
  }

  @Authorized(...ESCALATION_DECIDE_ROLES)
  @Mutation(() => Escalation, { description: "领导批示呈批件：同意或修改拟办意见" })
  decideEscalation(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("approve", { description: "true 同意拟办意见；false 修改（须填写意见）" }) approve: boolean,
    @Arg("opinion", () => String, { nullable: true }) opinion?: string,
  ): Promise<Escalation> {
    return decideEscalation(intakeDeps(ctx), { escalationId: id, approve, opinion });
  }

  @FieldResolver(() => Report, { nullable: true })
  report(@Root() e: Escalation, @Ctx() ctx: SubgraphContext): Promise<Report | null> {
    return ctx.loaders.one(Report).load(e.reportId);
  }

  @FieldResolver(() => UserRef, { nullable: true, description: "呈报的领导" })
  leader(@Root() e: Escalation): UserRef | null {
    return userRef(e.leaderId);
  }

  @FieldResolver(() => UserRef, { nullable: true, description: "拟办人" })
  draftedBy(@Root() e: Escalation): UserRef | null {
    return userRef(e.draftedById);
  }

  @FieldResolver(() => UserRef, { nullable: true, description: "批示人" })
  decidedBy(@Root() e: Escalation): UserRef | null {
    return userRef(e.decidedById);
  }
}
