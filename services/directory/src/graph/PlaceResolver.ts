import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role, conflict, inTransaction, newId, writeAudit, type SubgraphContext, applyPatch, mustFind, snapshot } from "@prp/kit";
import { Region } from "../entities/Region";
import { Town } from "../entities/Town";
import { Department } from "../entities/Department";
import { DepartmentKind } from "../entities/enums";
import { RegionInput, RegionUpdateInput, TownInput, TownUpdateInput } from "./inputs";
import type { EntityManager } from "typeorm";

async function checkUniqueCode(em: EntityManager, entity: typeof Region | typeof Town, code: string, id: string, label: string) {
  const same = await em.findOneBy(entity as typeof Region, { code });
  if (same && same.id !== id) throw conflict(`${label}编码“${code}”已被“${same.name}”使用`);
}

/** 片区 and the towns in them. */
@Resolver(() => Region)
export class RegionResolver {
  @Authorized()
  @Query(() => [Region], { description: "片区列表" })
  regions(@Ctx() ctx: SubgraphContext, @Arg("active", { nullable: true }) active?: boolean): Promise<Region[]> {
    return ctx.db.getRepository(Region).find({ where: active === undefined || active === null ? {} : { active }, order: { code: "ASC" } });
  }

  @Authorized()
  @Query(() => Region, { nullable: true })
  region(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Region | null> {
    return ctx.loaders.one(Region).load(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Region, { description: "新建片区" })
  createRegion(@Ctx() ctx: SubgraphContext, @Arg("input", () => RegionInput) input: RegionInput): Promise<Region> {
    return inTransaction(ctx.db, async (em) => {
      const r = em.create(Region, { id: newId(), code: input.code.trim(), name: input.name.trim(), active: true });
      await checkUniqueCode(em, Region, r.code, r.id, "片区");
      await em.insert(Region, r);
      await writeAudit(em, ctx.user, { action: "region.create", entity: "Region", entityId: r.id, after: snapshot(r) });
      return r;
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Region, { description: "修改片区" })
  updateRegion(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("input", () => RegionUpdateInput) input: RegionUpdateInput): Promise<Region> {
    return inTransaction(ctx.db, async (em) => {
      const r = await mustFind(em, Region, id, "片区");
      const before = snapshot(r);
      applyPatch(r, { code: input.code?.trim(), name: input.name?.trim() });
      await checkUniqueCode(em, Region, r.code, r.id, "片区");
      await em.save(Region, r);
      await writeAudit(em, ctx.user, { action: "region.update", entity: "Region", entityId: r.id, before, after: snapshot(r) });
      return r;
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Region, { description: "启用或停用片区" })
  setRegionActive(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("active") active: boolean): Promise<Region> {
    return inTransaction(ctx.db, async (em) => {
      const r = await mustFind(em, Region, id, "片区");
      if (r.active === active) return r;
      if (!active && (await em.countBy(Town, { regionId: id, active: true })) > 0) {
        throw conflict("该片区下还有启用的镇（街道），请先把它们划入其他片区或停用");
      }
      const before = snapshot(r);
      r.active = active;
      await em.save(Region, r);
      await writeAudit(em, ctx.user, { action: active ? "region.activate" : "region.deactivate", entity: "Region", entityId: r.id, before, after: snapshot(r) });
      return r;
    });
  }

  @FieldResolver(() => [Town], { description: "片区内的镇（街道）" })
  towns(@Root() r: Region, @Ctx() ctx: SubgraphContext): Promise<Town[]> {
    return ctx.loaders.many(Town, "regionId").load(r.id);
  }
}

@Resolver(() => Town)
export class TownResolver {
  @Authorized()
  @Query(() => [Town], { description: "镇（街道）列表" })
  towns(
    @Ctx() ctx: SubgraphContext,
    @Arg("regionId", () => ID, { nullable: true }) regionId?: string,
    @Arg("active", { nullable: true }) active?: boolean,
  ): Promise<Town[]> {
    const where: Partial<Town> = {};
    if (regionId) where.regionId = regionId;
    if (active !== undefined && active !== null) where.active = active;
    return ctx.db.getRepository(Town).find({ where, order: { code: "ASC" } });
  }

  @Authorized()
  @Query(() => Town, { nullable: true })
  town(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Town | null> {
    return ctx.loaders.one(Town).load(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Town, { description: "新建镇（街道）" })
  createTown(@Ctx() ctx: SubgraphContext, @Arg("input", () => TownInput) input: TownInput): Promise<Town> {
    return inTransaction(ctx.db, async (em) => {
      await mustFind(em, Region, input.regionId, "片区");
      const t = em.create(Town, { id: newId(), code: input.code.trim(), name: input.name.trim(), kind: input.kind, regionId: input.regionId, active: true });
      await checkUniqueCode(em, Town, t.code, t.id, "镇（街道）");
      await em.insert(Town, t);
      await writeAudit(em, ctx.user, { action: "town.create", entity: "Town", entityId: t.id, after: snapshot(t) });
      return t;
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Town, { description: "修改镇（街道），含调整所属片区" })
  updateTown(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("input", () => TownUpdateInput) input: TownUpdateInput): Promise<Town> {
    return inTransaction(ctx.db, async (em) => {
      const t = await mustFind(em, Town, id, "镇（街道）");
      const before = snapshot(t);
      if (input.regionId) await mustFind(em, Region, input.regionId, "片区");
      applyPatch(t, { code: input.code?.trim(), name: input.name?.trim(), kind: input.kind ?? undefined, regionId: input.regionId ?? undefined });
      await checkUniqueCode(em, Town, t.code, t.id, "镇（街道）");
      await em.save(Town, t);
      await writeAudit(em, ctx.user, { action: "town.update", entity: "Town", entityId: t.id, before, after: snapshot(t) });
      return t;
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Town, { description: "启用或停用镇（街道）" })
  setTownActive(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("active") active: boolean): Promise<Town> {
    return inTransaction(ctx.db, async (em) => {
      const t = await mustFind(em, Town, id, "镇（街道）");
      if (t.active === active) return t;
      const before = snapshot(t);
      t.active = active;
      await em.save(Town, t);
      await writeAudit(em, ctx.user, { action: active ? "town.activate" : "town.deactivate", entity: "Town", entityId: t.id, before, after: snapshot(t) });
      return t;
    });
  }

  @FieldResolver(() => Region, { nullable: true, description: "所属片区" })
  region(@Root() t: Town, @Ctx() ctx: SubgraphContext): Promise<Region | null> {
    return ctx.loaders.one(Region).load(t.regionId);
  }

  @FieldResolver(() => Department, { nullable: true, description: "本镇（街道）纪（工）委" })
  async committee(@Root() t: Town, @Ctx() ctx: SubgraphContext): Promise<Department | null> {
    const rows = await ctx.loaders.many(Department, "townId").load(t.id);
    return rows.find((d) => d.kind === DepartmentKind.TOWN_COMMITTEE && d.active) ?? null;
  }
}
