import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role, beijingDate, systemClock, type SubgraphContext } from "@prp/kit";
import { LiaisonMapping } from "../entities/LiaisonMapping";
import { Department } from "../entities/Department";
import { isCurrentOn } from "../domain/liaison";
import * as liaison from "../app/liaison";
import { LiaisonFilter, LiaisonMappingInput } from "./liaison.inputs";
import { LiaisonLookup, LiaisonMappingPage } from "./liaison.types";
import { fromRequest } from "./use-case-context";

@Resolver(() => LiaisonMapping)
export class LiaisonResolver {
  @Authorized()
  @Query(() => LiaisonMappingPage, { nullable: true, description: "联系（派驻）关系列表" })
  liaisonMappings(
    @Ctx() ctx: SubgraphContext,
    @Args(() => LiaisonFilter) f: LiaisonFilter,
  ): Promise<LiaisonMappingPage> {
    return liaison.listLiaisonMappings(ctx.db, f);
  }

  @Authorized()
  @Query(() => LiaisonLookup, {
    nullable: true,
    description: "主管部门在某日（默认今天）的联系室和派驻组：移交时据此抄送",
  })
  liaisonFor(
    @Ctx() ctx: SubgraphContext,
    @Arg("departmentId", () => ID) departmentId: string,
    @Arg("on", () => String, { nullable: true, description: "YYYY-MM-DD，默认今天（北京时间）" }) on?: string,
  ): Promise<LiaisonLookup> {
    return liaison.liaisonFor(fromRequest(ctx), departmentId, on);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LiaisonMapping, { description: "新建联系（派驻）关系；同一主管部门每类关系同一时间只能有一个" })
  createLiaisonMapping(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => LiaisonMappingInput) input: LiaisonMappingInput,
  ): Promise<LiaisonMapping> {
    return liaison.createLiaisonMapping(fromRequest(ctx), input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LiaisonMapping, { description: "结束联系关系：设置截止日期（含当日）" })
  endLiaisonMapping(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("validTo") validTo: string,
  ): Promise<LiaisonMapping> {
    return liaison.endLiaisonMapping(fromRequest(ctx), id, validTo);
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
    return isCurrentOn(m, beijingDate(systemClock.now()));
  }
}
