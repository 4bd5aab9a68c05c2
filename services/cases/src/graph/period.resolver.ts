import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Role, type SubgraphContext } from "@prp/kit";
import { SEE_ALL_ROLES } from "../domain/access";
import { periodFigures } from "../app/period-figures";
import { casesDeps } from "./cases-deps";
import { CaseStatistics, Period } from "./period.types";

@Resolver(() => Period)
export class PeriodCasesResolver {
  // SERVICE: leadership gathers the figures for the half-year report
  @Authorized(...SEE_ALL_ROLES, Role.SERVICE)
  @FieldResolver(() => CaseStatistics, { description: "办理统计" })
  async cases(@Root() p: Period, @Ctx() ctx: SubgraphContext): Promise<CaseStatistics> {
    const f = await periodFigures(casesDeps(ctx), p.from, p.to);
    return { ...f, byUnit: f.byUnit.map((u) => ({ unit: { id: u.unitId }, count: u.count })) };
  }
}
