import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { likeContains, LIKE_ESCAPE, type SubgraphContext } from "@prp/kit";
import { Question } from "../entities";
import { OVERSIGHT_ROLES, ORGANISER_ROLES } from "../app/deps";
import { createQuestion, importQuestions, setQuestionActive } from "../app/questions";
import { readSpreadsheet } from "../infra/spreadsheet";
import { QuestionFilter, QuestionImportArgs, QuestionInput } from "./question.inputs";
import { QuestionImportResult, QuestionPage } from "./question.types";
import { depsOf } from "./deps";

/** The question bank, with answers: organisers and leaders only (trainees meet questions through attempts). */
@Resolver(() => Question)
export class QuestionResolver {
  @Authorized(...OVERSIGHT_ROLES)
  @Query(() => QuestionPage, { nullable: true, description: "题库" })
  async questions(@Ctx() ctx: SubgraphContext, @Args(() => QuestionFilter) f: QuestionFilter): Promise<QuestionPage> {
    const qb = ctx.db.getRepository(Question).createQueryBuilder("q");
    if (f.kind) qb.andWhere("q.kind = :k", { k: f.kind });
    if (f.active !== undefined && f.active !== null) qb.andWhere("q.active = :a", { a: f.active });
    // tags are stored as a JSON array: match the quoted tag
    if (f.tag) qb.andWhere(`q.tags LIKE :t ${LIKE_ESCAPE}`, { t: likeContains(JSON.stringify(f.tag.trim())) });
    qb.orderBy("q.createdAt", "ASC").addOrderBy("q.id", "ASC").skip(f.offset).take(f.limit);
    const [items, total] = await qb.getManyAndCount();
    return { items, total, offset: f.offset, limit: f.limit };
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => Question, { description: "新增试题" })
  createQuestion(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => QuestionInput) input: QuestionInput,
  ): Promise<Question> {
    return createQuestion(depsOf(ctx), { ...input, article: input.article ?? null });
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => Question, { description: "启用或停用试题（停用的试题不再组卷，已答记录保留）" })
  setQuestionActive(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("active") active: boolean,
  ): Promise<Question> {
    return setQuestionActive(depsOf(ctx), id, active);
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => QuestionImportResult, {
    description: "从 Excel 或 CSV 导入试题：逐行检查，任何一行有问题则全部不导入并列出各行问题",
  })
  async importQuestions(
    @Ctx() ctx: SubgraphContext,
    @Args(() => QuestionImportArgs) a: QuestionImportArgs,
  ): Promise<QuestionImportResult> {
    const table = await readSpreadsheet(a.format, a.fileBase64);
    const r = await importQuestions(depsOf(ctx), table, a.fileName?.trim() || `${a.format} 文件`);
    return {
      accepted: r.problems.length === 0,
      importedCount: r.imported.length,
      questions: r.imported,
      problems: r.problems,
    };
  }
}
