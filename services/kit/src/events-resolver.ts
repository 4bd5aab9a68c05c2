import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { MoreThan } from "typeorm";
import { OutboxEvent } from "./outbox";
import { badInput } from "./core/errors";
import { Role } from "./core/roles";
import type { SubgraphContext } from "./context";

/**
 * `<subgraph>Events(after, limit)`: the producer side of the outbox pull. Consumers (other
 * subgraphs, with a service token) read a subgraph's events in order of position; administrators
 * may read them too, to see what was published.
 */
export function createEventFeedResolver(subgraph: string, label: string): Function {
  @Resolver()
  class EventFeedResolver {
    @Authorized(Role.SERVICE, Role.ADMIN)
    @Query(() => [OutboxEvent], {
      nullable: true,
      name: `${subgraph}Events`,
      description: `${label}的领域事件（按顺序号，供其他子图拉取）`,
    })
    events(
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
  return EventFeedResolver;
}
