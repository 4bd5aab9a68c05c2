import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role, type SubgraphContext } from "@prp/kit";
import { Region } from "../entities/Region";
import { Town } from "../entities/Town";
import { Department } from "../entities/Department";
import { activeTownCommittee } from "../domain/departments";
import * as places from "../app/places";
import { TownInput, TownUpdateInput } from "./town.inputs";
import { fromRequest } from "./use-case-context";

/** 镇（街道）. */
@Resolver(() => Town)
export class TownResolver {
  @Authorized()
  @Query(() => [Town], { nullable: true, description: "镇（街道）列表" })
  towns(
    @Ctx() ctx: SubgraphContext,
    @Arg("regionId", () => ID, { nullable: true }) regionId?: string,
    @Arg("active", { nullable: true }) active?: boolean,
  ): Promise<Town[]> {
    return places.listTowns(ctx.db, { regionId, active });
  }

  @Authorized()
  @Query(() => Town, { nullable: true })
  town(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Town | null> {
    return ctx.loaders.one(Town).load(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Town, { description: "新建镇（街道）" })
  createTown(@Ctx() ctx: SubgraphContext, @Arg("input", () => TownInput) input: TownInput): Promise<Town> {
    return places.createTown(fromRequest(ctx), input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Town, { description: "修改镇（街道），含调整所属片区" })
  updateTown(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => TownUpdateInput) input: TownUpdateInput,
  ): Promise<Town> {
    return places.updateTown(fromRequest(ctx), id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Town, { description: "启用或停用镇（街道）" })
  setTownActive(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("active") active: boolean,
  ): Promise<Town> {
    return places.setTownActive(fromRequest(ctx), id, active);
  }

  @FieldResolver(() => Region, { nullable: true, description: "所属片区" })
  region(@Root() t: Town, @Ctx() ctx: SubgraphContext): Promise<Region | null> {
    return ctx.loaders.one(Region).load(t.regionId);
  }

  @FieldResolver(() => Department, { nullable: true, description: "本镇（街道）纪（工）委" })
  async committee(@Root() t: Town, @Ctx() ctx: SubgraphContext): Promise<Department | null> {
    return activeTownCommittee(await ctx.loaders.many(Department, "townId").load(t.id));
  }
}
