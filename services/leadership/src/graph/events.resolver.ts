import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { MoreThan } from "typeorm";
import { OutboxEvent, badInput, type SubgraphContext } from "@prp/kit";
import { EVENT_FEED_ROLES } from "../domain/ownership";

/** The producer side of the outbox pull: other subgraphs (intake) read leadership events in order. */
@Resolver()
export class LeadershipEventsResolver {
  @Authorized(...EVENT_FEED_ROLES)
  @Query(() => [OutboxEvent], { nullable: true, description: "领导包案子图的领域事件（按顺序号，供其他子图拉取）" })
  leadershipEvents(
    @Ctx() ctx: SubgraphContext,
    @Arg("after", () => Int, { defaultValue: 0 }) after: number,
    @Arg("limit", () => Int, { defaultValue: 100 }) limit: number,
  ): Promise<OutboxEvent[]> {
    if (after < 0 || limit < 1 || limit > 1000) throw badInput("after 不能为负，limit 应为 1–1000");
    return ctx.db
      .getRepository(OutboxEvent)
      .find({ where: { position: MoreThan(after) }, order: { position: "ASC" }, take: limit });
  }
}
