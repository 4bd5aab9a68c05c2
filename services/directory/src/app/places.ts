import type { EntityManager } from "typeorm";
import { applyPatch, conflict, mustFind, newId, snapshot, writeAudit } from "@prp/kit";
import { Region } from "../entities/Region";
import { Town } from "../entities/Town";
import { TownKind } from "../domain/kinds";
import { reader, transaction, type Db, type UseCaseContext } from "./use-case-context";

/** 片区 (regions) and the towns and streets (镇、街道) in them. */

export interface NewRegion {
  code: string;
  name: string;
}
export type RegionChanges = Partial<NewRegion>;

export interface NewTown {
  code: string;
  name: string;
  kind: TownKind;
  regionId: string;
}
export interface TownChanges {
  code?: string;
  name?: string;
  kind?: TownKind | null;
  regionId?: string | null;
}

async function checkUniqueCode(
  em: EntityManager,
  entity: typeof Region | typeof Town,
  code: string,
  id: string,
  label: string,
) {
  const same = await em.findOneBy(entity as typeof Region, { code });
  if (same && same.id !== id) throw conflict(`${label}编码“${code}”已被“${same.name}”使用`);
}

export function listRegions(db: Db, active?: boolean | null): Promise<Region[]> {
  return reader(db).find(Region, {
    where: active === undefined || active === null ? {} : { active },
    order: { code: "ASC" },
  });
}

export function createRegion(uc: UseCaseContext, input: NewRegion): Promise<Region> {
  return transaction(uc.db, async (em) => {
    const r = em.create(Region, { id: newId(), code: input.code.trim(), name: input.name.trim(), active: true });
    await checkUniqueCode(em, Region, r.code, r.id, "片区");
    await em.insert(Region, r);
    await writeAudit(em, uc.actor, { action: "region.create", entity: "Region", entityId: r.id, after: snapshot(r) });
    return r;
  });
}

export function updateRegion(uc: UseCaseContext, id: string, changes: RegionChanges): Promise<Region> {
  return transaction(uc.db, async (em) => {
    const r = await mustFind(em, Region, id, "片区");
    const before = snapshot(r);
    applyPatch(r, { code: changes.code?.trim(), name: changes.name?.trim() });
    await checkUniqueCode(em, Region, r.code, r.id, "片区");
    await em.save(Region, r);
    await writeAudit(em, uc.actor, {
      action: "region.update",
      entity: "Region",
      entityId: r.id,
      before,
      after: snapshot(r),
    });
    return r;
  });
}

/** A region with active towns cannot be deactivated: the towns would be left without one. */
export function setRegionActive(uc: UseCaseContext, id: string, active: boolean): Promise<Region> {
  return transaction(uc.db, async (em) => {
    const r = await mustFind(em, Region, id, "片区");
    if (r.active === active) return r;
    if (!active && (await em.countBy(Town, { regionId: id, active: true })) > 0) {
      throw conflict("该片区下还有启用的镇（街道），请先把它们划入其他片区或停用");
    }
    const before = snapshot(r);
    r.active = active;
    await em.save(Region, r);
    await writeAudit(em, uc.actor, {
      action: active ? "region.activate" : "region.deactivate",
      entity: "Region",
      entityId: r.id,
      before,
      after: snapshot(r),
    });
    return r;
  });
}

export function listTowns(db: Db, filter: { regionId?: string; active?: boolean | null }): Promise<Town[]> {
  const where: Partial<Town> = {};
  if (filter.regionId) where.regionId = filter.regionId;
  if (filter.active !== undefined && filter.active !== null) where.active = filter.active;
  return reader(db).find(Town, { where, order: { code: "ASC" } });
}

export function createTown(uc: UseCaseContext, input: NewTown): Promise<Town> {
  return transaction(uc.db, async (em) => {
    await mustFind(em, Region, input.regionId, "片区");
    const t = em.create(Town, {
      id: newId(),
      code: input.code.trim(),
      name: input.name.trim(),
      kind: input.kind,
      regionId: input.regionId,
      active: true,
    });
    await checkUniqueCode(em, Town, t.code, t.id, "镇（街道）");
    await em.insert(Town, t);
    await writeAudit(em, uc.actor, { action: "town.create", entity: "Town", entityId: t.id, after: snapshot(t) });
    return t;
  });
}

/** Also moves a town to another region. */
export function updateTown(uc: UseCaseContext, id: string, changes: TownChanges): Promise<Town> {
  return transaction(uc.db, async (em) => {
    const t = await mustFind(em, Town, id, "镇（街道）");
    const before = snapshot(t);
    if (changes.regionId) await mustFind(em, Region, changes.regionId, "片区");
    applyPatch(t, {
      code: changes.code?.trim(),
      name: changes.name?.trim(),
      kind: changes.kind ?? undefined,
      regionId: changes.regionId ?? undefined,
    });
    await checkUniqueCode(em, Town, t.code, t.id, "镇（街道）");
    await em.save(Town, t);
    await writeAudit(em, uc.actor, {
      action: "town.update",
      entity: "Town",
      entityId: t.id,
      before,
      after: snapshot(t),
    });
    return t;
  });
}

export function setTownActive(uc: UseCaseContext, id: string, active: boolean): Promise<Town> {
  return transaction(uc.db, async (em) => {
    const t = await mustFind(em, Town, id, "镇（街道）");
    if (t.active === active) return t;
    const before = snapshot(t);
    t.active = active;
    await em.save(Town, t);
    await writeAudit(em, uc.actor, {
      action: active ? "town.activate" : "town.deactivate",
      entity: "Town",
      entityId: t.id,
      before,
      after: snapshot(t),
    });
    return t;
  });
}
