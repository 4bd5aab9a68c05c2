import { Brackets, type EntityManager } from "typeorm";
import {
  LIKE_ESCAPE,
  likeContains,
  applyPatch,
  conflict,
  mustFind,
  newId,
  refuseIf,
  snapshot,
  writeAudit,
  type Page,
} from "@prp/kit";
import { Department } from "../entities/Department";
import { Town } from "../entities/Town";
import { DepartmentKind, type Sector } from "../domain/kinds";
import { createsParentCycle, departmentShapeProblems } from "../domain/departments";
import { reader, transaction, type Db, type UseCaseContext } from "./use-case-context";

export interface NewDepartment {
  code: string;
  name: string;
  kind: DepartmentKind;
  sector?: Sector | null;
  parentId?: string | null;
  townId?: string | null;
  sortOrder?: number;
}

/** Only the fields given change; null clears parentId / townId / sector. */
export interface DepartmentChanges {
  code?: string;
  name?: string;
  kind?: DepartmentKind;
  sector?: Sector | null;
  parentId?: string | null;
  townId?: string | null;
  sortOrder?: number;
}

export interface DepartmentListFilter {
  kinds?: DepartmentKind[];
  parentId?: string;
  townId?: string;
  active?: boolean | null;
  search?: string;
  offset: number;
  limit: number;
}

/** Everything a department must satisfy before it is saved: its own shape, its links, unique code and committee. */
async function checkDepartment(em: EntityManager, d: Department): Promise<void> {
  refuseIf(departmentShapeProblems(d));
  if (d.townId) await mustFind(em, Town, d.townId, "镇（街道）");
  if (d.parentId) {
    await mustFind(em, Department, d.parentId, "上级部门");
    const parents = new Map(
      (await em.find(Department, { select: { id: true, parentId: true } })).map((r) => [r.id, r.parentId]),
    );
    if (createsParentCycle(d.id, d.parentId, (id) => parents.get(id))) refuseIf(["上级部门设置会形成循环"]);
  }
  const sameCode = await em.findOneBy(Department, { code: d.code });
  if (sameCode && sameCode.id !== d.id) throw conflict(`部门编码“${d.code}”已被“${sameCode.name}”使用`);
  if (d.kind === DepartmentKind.TOWN_COMMITTEE && d.active) {
    const other = await em.findOneBy(Department, { townId: d.townId!, kind: d.kind, active: true });
    if (other && other.id !== d.id) throw conflict(`该镇（街道）已有纪（工）委“${other.name}”`);
  }
}

export async function listDepartments(db: Db, f: DepartmentListFilter): Promise<Page<Department>> {
  const qb = reader(db).getRepository(Department).createQueryBuilder("d");
  if (f.kinds?.length) qb.andWhere("d.kind IN (:...kinds)", { kinds: f.kinds });
  if (f.parentId) qb.andWhere("d.parentId = :parentId", { parentId: f.parentId });
  if (f.townId) qb.andWhere("d.townId = :townId", { townId: f.townId });
  if (f.active !== undefined && f.active !== null) qb.andWhere("d.active = :active", { active: f.active });
  if (f.search) {
    const like = likeContains(f.search);
    qb.andWhere(
      new Brackets((w) =>
        w.where(`d.name LIKE :like ${LIKE_ESCAPE}`, { like }).orWhere(`d.code LIKE :like ${LIKE_ESCAPE}`, { like }),
      ),
    );
  }
  qb.orderBy("d.sortOrder", "ASC").addOrderBy("d.code", "ASC").skip(f.offset).take(f.limit);
  const [items, total] = await qb.getManyAndCount();
  return { items, total, offset: f.offset, limit: f.limit };
}

export function createDepartment(uc: UseCaseContext, input: NewDepartment): Promise<Department> {
  return transaction(uc.db, async (em) => {
    const d = em.create(Department, {
      id: newId(),
      code: input.code.trim(),
      name: input.name.trim(),
      kind: input.kind,
      sector: input.sector ?? null,
      parentId: input.parentId ?? null,
      townId: input.townId ?? null,
      sortOrder: input.sortOrder ?? 0,
      active: true,
    });
    await checkDepartment(em, d);
    await em.insert(Department, d);
    await writeAudit(em, uc.actor, {
      action: "department.create",
      entity: "Department",
      entityId: d.id,
      after: snapshot(d),
    });
    return d;
  });
}

export function updateDepartment(uc: UseCaseContext, id: string, changes: DepartmentChanges): Promise<Department> {
  return transaction(uc.db, async (em) => {
    const d = await mustFind(em, Department, id, "部门");
    const before = snapshot(d);
    applyPatch(d, { ...changes, code: changes.code?.trim(), name: changes.name?.trim() });
    await checkDepartment(em, d);
    await em.save(Department, d);
    await writeAudit(em, uc.actor, {
      action: "department.update",
      entity: "Department",
      entityId: d.id,
      before,
      after: snapshot(d),
    });
    return d;
  });
}

/** Deactivating keeps the history; the department only leaves the pick lists. */
export function setDepartmentActive(uc: UseCaseContext, id: string, active: boolean): Promise<Department> {
  return transaction(uc.db, async (em) => {
    const d = await mustFind(em, Department, id, "部门");
    if (d.active === active) return d; // a retried request changes nothing
    const before = snapshot(d);
    d.active = active;
    if (active) await checkDepartment(em, d);
    await em.save(Department, d);
    await writeAudit(em, uc.actor, {
      action: active ? "department.activate" : "department.deactivate",
      entity: "Department",
      entityId: d.id,
      before,
      after: snapshot(d),
    });
    return d;
  });
}
