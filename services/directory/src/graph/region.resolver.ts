import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role, type SubgraphContext } from "@prp/kit";
import { Region } from "../entities/Region";
import { Town } from "../entities/Town";
import * as places from "../app/places";
import { RegionInput, RegionUpdateInput } from "./region.inputs";
import { fromRequest } from "./use-case-context";

/** 片区 and the towns in them. */
@Resolver(() => Region)
export class RegionResolver {
  @Authorized()
  @Query(() => [Region], { nullable: true, description: "片区列表" })
  regions(@Ctx() ctx: SubgraphContext, @Arg("active", { nullable: true }) active?: boolean): Promise<Region[]> {
    return places.listRegions(ctx.db, active);
  }

  @Authorized()
  @Query(() => Region, { nullable: true })
  region(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Region | null> {
    return ctx.loaders.one(Region).load(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Region, { description: "新建片区" })
  createRegion(@Ctx() ctx: SubgraphContext, @Arg("input", () => RegionInput) input: RegionInput): Promise<Region> {
    return places.createRegion(fromRequest(ctx), input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Region, { description: "修改片区" })
  updateRegion(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => RegionUpdateInput) input: RegionUpdateInput,
  ): Promise<Region> {
    return places.updateRegion(fromRequest(ctx), id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Region, { description: "启用或停用片区" })
  setRegionActive(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("active") active: boolean,
  ): Promise<Region> {
    return places.setRegionActive(fromRequest(ctx), id, active);
  }

  @FieldResolver(() => [Town], { description: "片区内的镇（街道）" })
  towns(@Root() r: Region, @Ctx() ctx: SubgraphContext): Promise<Town[]> {
    return ctx.loaders.many(Town, "regionId").load(r.id);
  }
}
