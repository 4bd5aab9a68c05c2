import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role, beijingDate, systemClock, type SubgraphContext } from "@prp/kit";
import { Department } from "../entities/Department";
import { Town } from "../entities/Town";
import { LiaisonMapping } from "../entities/LiaisonMapping";
import { currentLiaisons } from "../domain/liaison";
import * as departments from "../app/departments";
import { DepartmentFilter, DepartmentInput, DepartmentUpdateInput } from "./department.inputs";
import { DepartmentPage } from "./department.types";
import { fromRequest } from "./use-case-context";

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized()
  @Query(() => DepartmentPage, { nullable: true, description: "部门列表（可筛选、分页）" })
  departments(@Ctx() ctx: SubgraphContext, @Args(() => DepartmentFilter) f: DepartmentFilter): Promise<DepartmentPage> {
    return departments.listDepartments(ctx.db, f);
  }

  @Authorized()
  @Query(() => Department, { nullable: true, description: "按 ID 查部门" })
  department(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Department | null> {
    return ctx.loaders.one(Department).load(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Department, { description: "新建部门" })
  createDepartment(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => DepartmentInput) input: DepartmentInput,
  ): Promise<Department> {
    return departments.createDepartment(fromRequest(ctx), input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Department, { description: "修改部门" })
  updateDepartment(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => DepartmentUpdateInput) input: DepartmentUpdateInput,
  ): Promise<Department> {
    return departments.updateDepartment(fromRequest(ctx), id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Department, { description: "启用或停用部门（停用后保留历史，不再出现在选择列表中）" })
  setDepartmentActive(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("active") active: boolean,
  ): Promise<Department> {
    return departments.setDepartmentActive(fromRequest(ctx), id, active);
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
    return currentLiaisons(
      await ctx.loaders.many(LiaisonMapping, "departmentId").load(d.id),
      beijingDate(systemClock.now()),
    );
  }

  @FieldResolver(() => [LiaisonMapping], { description: "本室（组）当前联系的主管部门关系" })
  async liaisonDuties(@Root() d: Department, @Ctx() ctx: SubgraphContext): Promise<LiaisonMapping[]> {
    return currentLiaisons(
      await ctx.loaders.many(LiaisonMapping, "liaisonDepartmentId").load(d.id),
      beijingDate(systemClock.now()),
    );
  }
}
