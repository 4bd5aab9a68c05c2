import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Role, type SubgraphContext } from "@prp/kit";
import { OVERSIGHT_ROLES } from "../app/deps";
import { periodFigures } from "../app/figures";
import { Period, TrainingStatistics } from "./period.types";
import { people } from "./deps";

@Resolver(() => Period)
export class PeriodResolver {
  // SERVICE: leadership gathers the figures for the half-year report
  @Authorized(...OVERSIGHT_ROLES, Role.SERVICE)
  @FieldResolver(() => TrainingStatistics, { description: "培训统计" })
  training(@Root() p: Period, @Ctx() ctx: SubgraphContext): Promise<TrainingStatistics> {
    return periodFigures(ctx, people, p.from, p.to);
  }
}
