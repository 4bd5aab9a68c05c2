import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { ProblemCategoryOption } from "../entities/ProblemCategoryOption";
import { CATEGORY_ADMIN_ROLES } from "../domain/access";
import { listProblemCategories, setProblemCategory } from "../app/categories";
import { intakeDeps } from "./intake-deps";

/** The configurable list of problem categories. */
@Resolver()
export class CategoryResolver {
  @Authorized()
  @Query(() => [ProblemCategoryOption], { nullable: true, description: "问题类别" })
  problemCategories(
    @Ctx() ctx: SubgraphContext,
    @Arg("includeInactive", { defaultValue: false }) includeInactive: boolean,
  ): Promise<ProblemCategoryOption[]> {
    return listProblemCategories(intakeDeps(ctx), includeInactive);
  }

  @Authorized(...CATEGORY_ADMIN_ROLES)
  @Mutation(() => ProblemCategoryOption, { description: "新增或修改问题类别（停用后不能再选用，已登记的件不受影响）" })
  setProblemCategory(
    @Ctx() ctx: SubgraphContext,
    @Arg("code") code: string,
    @Arg("label") label: string,
    @Arg("active", { defaultValue: true }) active: boolean,
  ): Promise<ProblemCategoryOption> {
    return setProblemCategory(intakeDeps(ctx), { code, label, active });
  }
}
