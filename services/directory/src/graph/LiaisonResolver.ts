import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role, beijingDate, conflict, inTransaction, newId, writeAudit, type SubgraphContext, mustFind, refuseIf, snapshot } from "@prp/kit";
import { LiaisonMapping } from "../entities/LiaisonMapping";
import { Department } from "../entities/Department";
import { LiaisonKind } from "../entities/enums";
import { currentLiaisons, isValidDate, liaisonProblems } from "../domain/liaison";
import { LiaisonFilter, LiaisonMappingInput } from "./inputs";
import { LiaisonLookup, LiaisonMappingPage } from "./types";

@Resolver(() => LiaisonMapping)
export class LiaisonResolver {
  @Authorized()
  @Query(() => LiaisonMappingPage, { description: "联系（派驻）关系列表" })
  async liaisonMappings(@Ctx() ctx: SubgraphContext, @Args(() => LiaisonFilter) f: LiaisonFilter): Promise<LiaisonMappingPage> {
    const qb = ctx.db.getRepository(LiaisonMapping).createQueryBuilder("m");
    if (f.departmentId) qb.andWhere("m.departmentId = :d", { d: f.departmentId });
    if (f.liaisonDepartmentId) qb.andWhere("m.liaisonDepartmentId = :l", { l: f.liaisonDepartmentId });
    if (f.kind) qb.andWhere("m.kind = :k", { k: f.kind });
    if (f.currentOn) qb.andWhere("m.validFrom <= :on AND (m.validTo IS NULL OR m.validTo >= :on)", { on: f.currentOn });
    qb.orderBy("m.departmentId", "ASC").addOrderBy("m.kind", "ASC").addOrderBy("m.validFrom", "DESC").skip(f.offset).take(f.limit);
    const [items, total] = await qb.getManyAndCount();
    return { items, total, offset: f.offset, limit: f.limit };
  }

  @Authorized()
  @Query(() => LiaisonLookup, { description: "主管部门在某日（默认今天）的联系室和派驻组：移交时据此抄送" })
  async liaisonFor(
    @Ctx() ctx: SubgraphContext,
    @Arg("departmentId", () => ID) departmentId: string,
    @Arg("on", () => String, { nullable: true, description: "YYYY-MM-DD，默认今天（北京时间）" }) on?: string,
  ): Promise<LiaisonLookup> {
    const date = on ?? beijingDate(new Date());
    if (!isValidDate(date)) refuseIf(["日期格式应为 YYYY-MM-DD"]);
    const department = await mustFind(ctx.db.manager, Department, departmentId, "主管部门");
    const mappings = currentLiaisons(await ctx.db.getRepository(LiaisonMapping).findBy({ departmentId }), date);
    const byKind = (k: LiaisonKind) => mappings.find((m) => m.kind === k)?.liaisonDepartmentId;
    const load = (id?: string) => (id ? ctx.loaders.one(Department).load(id) : Promise.resolve(null));
    const [contactOffice, stationedGroup] = await Promise.all([load(byKind(LiaisonKind.CONTACT_OFFICE)), load(byKind(LiaisonKind.STATIONED_GROUP))]);
    return { date, department, contactOffice, stationedGroup, mappings };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LiaisonMapping, { description: "新建联系（派驻）关系；同一主管部门每类关系同一时间只能有一个" })
  createLiaisonMapping(@Ctx() ctx: SubgraphContext, @Arg("input", () => LiaisonMappingInput) input: LiaisonMappingInput): Promise<LiaisonMapping> {
    return inTransaction(ctx.db, async (em) => {
      const dept = await mustFind(em, Department, input.departmentId, "主管部门");
      const target = await mustFind(em, Department, input.liaisonDepartmentId, "联系单位");
      if (!dept.active || !target.active) refuseIf(["不能为已停用的部门设置联系关系"]);
      const existing = await em.findBy(LiaisonMapping, { departmentId: dept.id });
      const period = { validFrom: input.validFrom, validTo: input.validTo ?? null };
      const { invalid, conflicts } = liaisonProblems({ departmentKind: dept.kind, targetKind: target.kind, kind: input.kind, period, existing });
      refuseIf(invalid);
      if (conflicts.length) throw conflict(conflicts.join("；"));
      const m = em.create(LiaisonMapping, {
        id: newId(),
        departmentId: dept.id,
        liaisonDepartmentId: target.id,
        kind: input.kind,
        ...period,
        createdAt: new Date(),
      });
      await em.insert(LiaisonMapping, m);
      await writeAudit(em, ctx.user, {
        action: "liaison.create",
        entity: "LiaisonMapping",
        entityId: m.id,
        note: `${dept.name} → ${target.name}`,
        after: snapshot(m),
      });
      return m;
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LiaisonMapping, { description: "结束联系关系：设置截止日期（含当日）" })
  endLiaisonMapping(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("validTo") validTo: string): Promise<LiaisonMapping> {
    return inTransaction(ctx.db, async (em) => {
      const m = await mustFind(em, LiaisonMapping, id, "联系关系");
      if (!isValidDate(validTo)) refuseIf(["截止日期格式应为 YYYY-MM-DD"]);
      if (validTo < m.validFrom) refuseIf(["截止日期不能早于生效日期"]);
      if (m.validTo === validTo) return m;
      const before = snapshot(m);
      m.validTo = validTo;
      await em.save(LiaisonMapping, m);
      await writeAudit(em, ctx.user, { action: "liaison.end", entity: "LiaisonMapping", entityId: id, before, after: snapshot(m) });
      return m;
    });
  }

  @FieldResolver(() => Department, { nullable: true, description: "主管部门" })
  department(@Root() m: LiaisonMapping, @Ctx() ctx: SubgraphContext): Promise<Department | null> {
    return ctx.loaders.one(Department).load(m.departmentId);
  }

  @FieldResolver(() => Department, { nullable: true, description: "联系单位（纪检监察室或派驻组）" })
  liaisonDepartment(@Root() m: LiaisonMapping, @Ctx() ctx: SubgraphContext): Promise<Department | null> {
    return ctx.loaders.one(Department).load(m.liaisonDepartmentId);
  }

  @FieldResolver(() => Boolean, { description: "今天是否有效" })
  current(@Root() m: LiaisonMapping): boolean {
    const today = beijingDate(new Date());
    return currentLiaisons([m], today).length === 1;
  }
}
