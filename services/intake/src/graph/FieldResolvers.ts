import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { Escalation } from "../entities/Escalation";
import { Report } from "../entities/Report";
import { ReportSubject } from "../entities/ReportSubject";
import { DepartmentRef, TownRef, UserRef, departmentRef, townRef, userRef } from "./refs";

@Resolver(() => ReportSubject)
export class ReportSubjectResolver {
  @FieldResolver(() => DepartmentRef, { nullable: true, description: "所在单位" })
  unit(@Root() s: ReportSubject): DepartmentRef | null {
    return departmentRef(s.unitId);
  }

  @FieldResolver(() => TownRef, { nullable: true, description: "所在镇（街道）" })
  town(@Root() s: ReportSubject): TownRef | null {
    return townRef(s.townId);
  }
}

@Resolver(() => Escalation)
export class EscalationResolver {
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
