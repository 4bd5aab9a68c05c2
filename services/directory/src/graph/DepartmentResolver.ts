import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Brackets } from "typeorm";
import { LIKE_ESCAPE, likeContains, Role, beijingDate, inTransaction, writeAudit, type SubgraphContext, applyPatch, mustFind, refuseIf, snapshot } from "@prp/kit";
import { Department } from "../entities/Department";
import { Town } from "../entities/Town";
import { LiaisonMapping } from "../entities/LiaisonMapping";
import { createsParentCycle, departmentShapeProblems } from "../domain/departments";
import { currentLiaisons } from "../domain/liaison";
import { DepartmentFilter, DepartmentInput, DepartmentUpdateInput } from "./inputs";
import { DepartmentPage } from "./types";
import { conflict, newId } from "@prp/kit";
import type { EntityManager } from "typeorm";

async function checkDepartment(em: EntityManager, d: Department): Promise<void> {
  refuseIf(departmentShapeProblems(d));
  if (d.townId) await mustFind(em, Town, d.townId, "镇（街道）");
  if (d.parentId) {
    await mustFind(em, Department, d.parentId, "上级部门");
    const parents = new Map((await em.find(Department, { select: { id: true, parentId: true } })).map((r) => [r.id, r.parentId]));
    if (createsParentCycle(d.id, d.parentId, (id) => parents.get(id))) refuseIf(["上级部门设置会形成循环"]);
  }
  const sameCode = await em.findOneBy(Department, { code: d.code });
  if (sameCode && sameCode.id !== d.id) throw conflict(`部门编码“${d.code}”已被“${sameCode.name}”使用`);
  if (d.kind === "TOWN_COMMITTEE" && d.active) {
    const other = await em.findOneBy(Department, { townId: d.townId!, kind: d.kind, active: true });
    if (other && other.id !== d.id) throw conflict(`该镇（街道）已有纪（工）委“${other.name}”`);
  }
}

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized()
  @Query(() => DepartmentPage, { description: "部门列表（可筛选、分页）" })
  async departments(@Ctx() ctx: SubgraphContext, @Args(() => DepartmentFilter) f: DepartmentFilter): Promise<DepartmentPage> {
    const qb = ctx.db.getRepository(Department).createQueryBuilder("d");
    if (f.kinds?.length) qb.andWhere("d.kind IN (:...kinds)", { kinds: f.kinds });
    if (f.parentId) qb.andWhere("d.parentId = :parentId", { parentId: f.parentId });
    if (f.townId) qb.andWhere("d.townId = :townId", { townId: f.townId });
    if (f.active !== undefined && f.active !== null) qb.andWhere("d.active = :active", { active: f.active });
    if (f.search) {
      const like = likeContains(f.search);
      qb.andWhere(new Brackets((w) => w.where(`d.name LIKE :like ${LIKE_ESCAPE}`, { like }).orWhere(`d.code LIKE :like ${LIKE_ESCAPE}`, { like })));
    }
    qb.orderBy("d.sortOrder", "ASC").addOrderBy("d.code", "ASC").skip(f.offset).take(f.limit);
    const [items, total] = await qb.getManyAndCount();
    return { items, total, offset: f.offset, limit: f.limit };
  }

  @Authorized()
  @Query(() => Department, { nullable: true, description: "按 ID 查部门" })
  department(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Department | null> {
    return ctx.loaders.one(Department).load(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Department, { description: "新建部门" })
  createDepartment(@Ctx() ctx: SubgraphContext, @Arg("input", () => DepartmentInput) input: DepartmentInput): Promise<Department> {
    return inTransaction(ctx.db, async (em) => {
      const d = em.create(Department, {
        id: newId(),
        code: input.code.trim(),
        name: input.name.trim(),
        kind: input.kind,
        parentId: input.parentId ?? null,
        townId: input.townId ?? null,
        sortOrder: input.sortOrder ?? 0,
        active: true,
      });
      await checkDepartment(em, d);
      await em.insert(Department, d);
      await writeAudit(em, ctx.user, { action: "department.create", entity: "Department", entityId: d.id, after: snapshot(d) });
      return d;
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Department, { description: "修改部门" })
  updateDepartment(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => DepartmentUpdateInput) input: DepartmentUpdateInput,
  ): Promise<Department> {
    return inTransaction(ctx.db, async (em) => {
      const d = await mustFind(em, Department, id, "部门");
      const before = snapshot(d);
      applyPatch(d, { ...input, code: input.code?.trim(), name: input.name?.trim() });
      await checkDepartment(em, d);
      await em.save(Department, d);
      await writeAudit(em, ctx.user, { action: "department.update", entity: "Department", entityId: d.id, before, after: snapshot(d) });
      return d;
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Department, { description: "启用或停用部门（停用后保留历史，不再出现在选择列表中）" })
  setDepartmentActive(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("active") active: boolean): Promise<Department> {
    return inTransaction(ctx.db, async (em) => {
      const d = await mustFind(em, Department, id, "部门");
      if (d.active === active) return d; // a retried request changes nothing
      const before = snapshot(d);
      d.active = active;
      if (active) await checkDepartment(em, d);
      await em.save(Department, d);
      await writeAudit(em, ctx.user, { action: active ? "department.activate" : "department.deactivate", entity: "Department", entityId: d.id, before, after: snapshot(d) });
      return d;
    });
  }

  @FieldResolver(() => Department, { nullable: true, description: "上级部门" })
  parent(@Root() d: Department, @Ctx() ctx: SubgraphContext): Promise<Department | null> | null {
    return d.parentId ? ctx.loaders.one(Department).load(d.parentId) : null;
  }

  @FieldResolver(() => [Department], { description: "下级部门" })
  children(@Root() d: Department, @Ctx() ctx: SubgraphContext): Promise<Department[]> {
    return ctx.loaders.many(Department, "parentId").load(d.id);
  }

  @FieldResolver(() => Town, { nullable: true, description: "所属镇（街道）" })
  town(@Root() d: Department, @Ctx() ctx: SubgraphContext): Promise<Town | null> | null {
    return d.townId ? ctx.loaders.one(Town).load(d.townId) : null;
  }

  @FieldResolver(() => [LiaisonMapping], { description: "当前有效的联系（派驻）关系（主管部门）" })
  async currentLiaisons(@Root() d: Department, @Ctx() ctx: SubgraphContext): Promise<LiaisonMapping[]> {
    return currentLiaisons(await ctx.loaders.many(LiaisonMapping, "departmentId").load(d.id), beijingDate(new Date()));
  }

  @FieldResolver(() => [LiaisonMapping], { description: "本室（组）当前联系的主管部门关系" })
  async liaisonDuties(@Root() d: Department, @Ctx() ctx: SubgraphContext): Promise<LiaisonMapping[]> {
    return currentLiaisons(await ctx.loaders.many(LiaisonMapping, "liaisonDepartmentId").load(d.id), beijingDate(new Date()));
  }
}
