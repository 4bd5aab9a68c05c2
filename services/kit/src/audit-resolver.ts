import { Arg, Args, Authorized, Ctx, Directive, ObjectType, Query, Resolver } from "type-graphql";
import { AuditEntry } from "./audit";
import { PageArgs, Paginated } from "./pagination";
import { Role } from "./core/roles";
import type { SubgraphContext } from "./context";

// Shared by every subgraph: the same definition everywhere composes as one type.
@Directive("@shareable")
@ObjectType("AuditEntryPage")
class AuditEntryPage extends Paginated(AuditEntry) {}

/**
 * `<subgraph>AuditLog(entity, entityId)`: the subgraph's own audit rows, newest first,
 * for administrators and leaders.
 */
export function createAuditLogResolver(subgraph: string): Function {
  @Resolver()
  class AuditLogResolver {
    @Authorized(Role.ADMIN, Role.LEADER)
    @Query(() => AuditEntryPage, {
      nullable: true,
      name: `${subgraph}AuditLog`,
      description: `审计日志（${subgraph}）`,
    })
    async auditLog(
      @Ctx() ctx: SubgraphContext,
      @Args(() => PageArgs) page: PageArgs,
      @Arg("entity", () => String, { nullable: true }) entity?: string,
      @Arg("entityId", () => String, { nullable: true }) entityId?: string,
    ): Promise<AuditEntryPage> {
      const where: Record<string, string> = {};
      if (entity) where.entity = entity;
      if (entityId) where.entityId = entityId;
      const [items, total] = await ctx.db.getRepository(AuditEntry).findAndCount({
        where,
        order: { id: "DESC" },
        skip: page.offset,
        take: page.limit,
      });
      return { items, total, offset: page.offset, limit: page.limit };
    }
  }
  return AuditLogResolver;
}
