import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { OVERSIGHT_ROLES } from "../app/deps";
import { periodFigures } from "../app/figures";
import { Period, TrainingStatistics } from "./period.types";
import { people } from "./deps";

@Resolver(() => Period)
export class PeriodResolver {
  @Authorized(...OVERSIGHT_ROLES)
  @FieldResolver(() => TrainingStatistics, { description: "培训统计" })
  training(@Root() p: Period, @Ctx() ctx: SubgraphContext): Promise<TrainingStatistics> {
    return periodFigures(ctx, people, p.from, p.to);
  }
}
