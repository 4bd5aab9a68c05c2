import { In } from "typeorm";
import { beijingDate, conflict, mustFind, newId, refuseIf, snapshot, writeAudit, type Page } from "@prp/kit";
import type { Clock } from "@prp/kit/core";
import { LiaisonMapping } from "../entities/LiaisonMapping";
import { Department } from "../entities/Department";
import { LiaisonKind } from "../domain/kinds";
import { currentLiaisons, liaisonProblems } from "../domain/liaison";
import { dateProblems } from "../domain/dates";
import { reader, transaction, type Db, type UseCaseContext } from "./use-case-context";

/** Which supervision office (联系) and stationed group (派驻) liaise with a competent department, and when. */

export interface NewLiaisonMapping {
  departmentId: string;
  liaisonDepartmentId: string;
  kind: LiaisonKind;
  validFrom: string;
  validTo?: string | null;
}

export interface LiaisonListFilter {
  departmentId?: string;
  liaisonDepartmentId?: string;
  kind?: LiaisonKind;
  currentOn?: string;
  offset: number;
  limit: number;
}

/** A competent department's liaisons on one day: whom a transfer is copied to. */
export interface LiaisonLookupResult {
  date: string;
  department: Department;
  contactOffice: Department | null;
  stationedGroup: Department | null;
  mappings: LiaisonMapping[];
}

export async function listLiaisonMappings(db: Db, f: LiaisonListFilter): Promise<Page<LiaisonMapping>> {
  const qb = reader(db).getRepository(LiaisonMapping).createQueryBuilder("m");
  if (f.departmentId) qb.andWhere("m.departmentId = :d", { d: f.departmentId });
  if (f.liaisonDepartmentId) qb.andWhere("m.liaisonDepartmentId = :l", { l: f.liaisonDepartmentId });
  if (f.kind) qb.andWhere("m.kind = :k", { k: f.kind });
  if (f.currentOn) qb.andWhere("m.validFrom <= :on AND (m.validTo IS NULL OR m.validTo >= :on)", { on: f.currentOn });
  qb.orderBy("m.departmentId", "ASC")
    .addOrderBy("m.kind", "ASC")
    .addOrderBy("m.validFrom", "DESC")
    .skip(f.offset)
    .take(f.limit);
  const [items, total] = await qb.getManyAndCount();
  return { items, total, offset: f.offset, limit: f.limit };
}

/** On `on` (YYYY-MM-DD), by default today in Beijing. */
export async function liaisonFor(
  uc: { db: Db; clock: Clock },
  departmentId: string,
  on?: string | null,
): Promise<LiaisonLookupResult> {
  const date = on ?? beijingDate(uc.clock.now());
  refuseIf(dateProblems("日期", date));
  const em = reader(uc.db);
  const department = await mustFind(em, Department, departmentId, "主管部门");
  const mappings = currentLiaisons(await em.findBy(LiaisonMapping, { departmentId }), date);
  const targetIds = mappings.map((m) => m.liaisonDepartmentId);
  const targets = targetIds.length ? await em.findBy(Department, { id: In(targetIds) }) : [];
  const target = (k: LiaisonKind) =>
    targets.find((d) => d.id === mappings.find((m) => m.kind === k)?.liaisonDepartmentId) ?? null;
  return {
    date,
    department,
    contactOffice: target(LiaisonKind.CONTACT_OFFICE),
    stationedGroup: target(LiaisonKind.STATIONED_GROUP),
    mappings,
  };
}

/** At most one mapping of each kind per department at any time (domain/liaison.ts). */
export function createLiaisonMapping(uc: UseCaseContext, input: NewLiaisonMapping): Promise<LiaisonMapping> {
  return transaction(uc.db, async (em) => {
    const dept = await mustFind(em, Department, input.departmentId, "主管部门");
    const target = await mustFind(em, Department, input.liaisonDepartmentId, "联系单位");
    if (!dept.active || !target.active) refuseIf(["不能为已停用的部门设置联系关系"]);
    const existing = await em.findBy(LiaisonMapping, { departmentId: dept.id });
    const period = { validFrom: input.validFrom, validTo: input.validTo ?? null };
    const { invalid, conflicts } = liaisonProblems({
      departmentKind: dept.kind,
      targetKind: target.kind,
      kind: input.kind,
      period,
      existing,
    });
    refuseIf(invalid);
    if (conflicts.length) throw conflict(conflicts.join("；"));
    const m = em.create(LiaisonMapping, {
      id: newId(),
      departmentId: dept.id,
      liaisonDepartmentId: target.id,
      kind: input.kind,
      ...period,
      createdAt: uc.clock.now(),
    });
    await em.insert(LiaisonMapping, m);
    await writeAudit(em, uc.actor, {
      action: "liaison.create",
      entity: "LiaisonMapping",
      entityId: m.id,
      note: `${dept.name} → ${target.name}`,
      after: snapshot(m),
    });
    return m;
  });
}

/** Ends a mapping on `validTo` (inclusive); ending it again on the same day changes nothing. */
export function endLiaisonMapping(uc: UseCaseContext, id: string, validTo: string): Promise<LiaisonMapping> {
  return transaction(uc.db, async (em) => {
    const m = await mustFind(em, LiaisonMapping, id, "联系关系");
    refuseIf(dateProblems("截止日期", validTo));
    if (validTo < m.validFrom) refuseIf(["截止日期不能早于生效日期"]);
    if (m.validTo === validTo) return m;
    const before = snapshot(m);
    m.validTo = validTo;
    await em.save(LiaisonMapping, m);
    await writeAudit(em, uc.actor, {
      action: "liaison.end",
      entity: "LiaisonMapping",
      entityId: id,
      before,
      after: snapshot(m),
    });
    return m;
  });
}
