import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { PageArgs, forbidden, notFound, type SubgraphContext } from "@prp/kit";
import { Question, Quiz } from "../entities";
import { OVERSIGHT_ROLES, ORGANISER_ROLES, canOversee } from "../app/deps";
import { createQuiz, finishedAttempts, mostMissedQuestions, resultsByDepartment, setQuizOpen } from "../app/quizzes";
import { QuizInput } from "./quiz.inputs";
import { QuizPage, QuizResults } from "./quiz.types";
import { departmentRef } from "@prp/kit";
import { depsOf } from "./deps";

@Resolver(() => Quiz)
export class QuizResolver {
  @Authorized()
  @Query(() => QuizPage, { nullable: true, description: "知识测试列表（学员只看到开放中的测试）" })
  async quizzes(@Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs): Promise<QuizPage> {
    const where = canOversee(ctx.user) ? {} : { open: true };
    const [items, total] = await ctx.db
      .getRepository(Quiz)
      .findAndCount({ where, order: { createdAt: "DESC" }, skip: page.offset, take: page.limit });
    return { items, total, offset: page.offset, limit: page.limit };
  }

  @Authorized()
  @Query(() => Quiz, { nullable: true })
  quiz(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Quiz | null> {
    return ctx.loaders.one(Quiz).load(id);
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => Quiz, { description: "新建知识测试" })
  createQuiz(@Ctx() ctx: SubgraphContext, @Arg("input", () => QuizInput) input: QuizInput): Promise<Quiz> {
    return createQuiz(depsOf(ctx), input);
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => Quiz, { description: "开放或停止答题" })
  setQuizOpen(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("open") open: boolean): Promise<Quiz> {
    return setQuizOpen(depsOf(ctx), id, open);
  }

  @Authorized(...OVERSIGHT_ROLES)
  @Query(() => QuizResults, { nullable: true, description: "测试成绩：每人、按部门、易错题" })
  async quizResults(
    @Ctx() ctx: SubgraphContext,
    @Arg("quizId", () => ID) quizId: string,
    @Arg("missedLimit", () => Int, { defaultValue: 10 }) missedLimit: number,
  ): Promise<QuizResults> {
    const quiz = await ctx.loaders.one(Quiz).load(quizId);
    if (!quiz) throw notFound("知识测试", quizId);
    const attempts = await finishedAttempts(ctx, quizId);
    const missed = await mostMissedQuestions(ctx, quizId, Math.min(Math.max(missedLimit, 1), 100));
    const stems = missed.length
      ? await ctx.db
          .getRepository(Question)
          .find({ select: { id: true, stem: true }, where: { id: In(missed.map((m) => m.questionId)) } })
      : [];
    return {
      quiz,
      attempts,
      byDepartment: resultsByDepartment(attempts).map((r) => ({ ...r, department: departmentRef(r.departmentId) })),
      mostMissed: missed.map((m) => ({ ...m, stem: stems.find((s) => s.id === m.questionId)?.stem ?? "" })),
    };
  }

  @FieldResolver(() => [Question], { nullable: true, description: "固定试题（仅培训组织者和领导可见）" })
  async questions(@Root() q: Quiz, @Ctx() ctx: SubgraphContext): Promise<Question[]> {
    if (!canOversee(ctx.user)) throw forbidden("试题内容仅培训组织者和领导可见");
    const rows = await ctx.loaders.one(Question).loadMany(q.questionIds);
    return rows.filter((r): r is Question => !!r && !(r instanceof Error));
  }
}
