import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { ResearchProject } from "../entities";
import { ORGANISER_ROLES } from "../app/deps";
import { createResearchProject, updateResearchProject } from "../app/research";
import { ResearchInput, ResearchUpdateInput } from "./research.inputs";
import { UserRef, userRef } from "./refs";
import { depsOf, people } from "./deps";

@Resolver(() => ResearchProject)
export class ResearchResolver {
  @Authorized()
  @Query(() => [ResearchProject], { nullable: true, description: "课题调研列表（新的在前）" })
  researchProjects(@Ctx() ctx: SubgraphContext): Promise<ResearchProject[]> {
    return ctx.db.getRepository(ResearchProject).find({ order: { createdAt: "DESC" }, take: 500 });
  }

  @Authorized()
  @Query(() => ResearchProject, { nullable: true })
  researchProject(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<ResearchProject | null> {
    return ctx.loaders.one(ResearchProject).load(id);
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => ResearchProject, { description: "新建调研课题" })
  createResearchProject(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => ResearchInput) input: ResearchInput,
  ): Promise<ResearchProject> {
    return createResearchProject(depsOf(ctx), people, input);
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => ResearchProject, { description: "更新调研课题：进度、调研发现、采纳的改进措施及形成的制度" })
  updateResearchProject(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ResearchUpdateInput) input: ResearchUpdateInput,
  ): Promise<ResearchProject> {
    return updateResearchProject(depsOf(ctx), people, id, input);
  }

  @FieldResolver(() => UserRef, { description: "课题负责人" })
  lead(@Root() p: ResearchProject): UserRef {
    return userRef(p.leadId);
  }

  @FieldResolver(() => [UserRef], { description: "课题组成员" })
  members(@Root() p: ResearchProject): UserRef[] {
    return p.memberIds.map(userRef);
  }
}
