import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { forbidden, notFound, systemClock, type SubgraphContext } from "@prp/kit";
import { AttemptItem, AttemptStatus, Question, Quiz, QuizAttempt } from "../entities";
import { canOversee } from "../app/deps";
import { startAttempt, submitAttempt } from "../app/quizzes";
import { secondsLeft } from "../domain/time-limit";
import { AnswerInput } from "./quiz.inputs";
import { AttemptQuestion } from "./quiz.types";
import { UserRef, userRef } from "./refs";
import { DepartmentRef, departmentRef } from "@prp/kit";
import { depsOf } from "./deps";

const NOT_YET = "交卷后才能查看答案、解析和依据";

function mayRead(ctx: SubgraphContext, a: QuizAttempt): boolean {
  return a.userId === ctx.user?.id || canOversee(ctx.user);
}

@Resolver(() => QuizAttempt)
export class AttemptResolver {
  @Authorized()
  @Mutation(() => QuizAttempt, { description: "开始答题（每人每个测试一次；再次调用返回已开始的答题）" })
  startQuizAttempt(@Ctx() ctx: SubgraphContext, @Arg("quizId", () => ID) quizId: string): Promise<QuizAttempt> {
    return startAttempt(depsOf(ctx), quizId);
  }

  @Authorized()
  @Mutation(() => QuizAttempt, { description: "交卷（只能提交一次，由服务器评分）" })
  submitQuizAttempt(
    @Ctx() ctx: SubgraphContext,
    @Arg("attemptId", () => ID) attemptId: string,
    @Arg("answers", () => [AnswerInput]) answers: AnswerInput[],
  ): Promise<QuizAttempt> {
    return submitAttempt(depsOf(ctx), attemptId, answers.slice(0, 500));
  }

  @Authorized()
  @Query(() => QuizAttempt, { nullable: true, description: "查看答题记录（本人，或培训组织者、领导）" })
  async quizAttempt(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<QuizAttempt | null> {
    const a = await ctx.loaders.one(QuizAttempt).load(id);
    if (!a) throw notFound("答题记录", id);
    if (!mayRead(ctx, a)) throw forbidden("只能查看本人的答题记录");
    return a;
  }

  @Authorized()
  @Query(() => [QuizAttempt], { nullable: true, description: "我的答题记录" })
  myQuizAttempts(@Ctx() ctx: SubgraphContext): Promise<QuizAttempt[]> {
    return ctx.db.getRepository(QuizAttempt).find({ where: { userId: ctx.user!.id }, order: { startedAt: "DESC" } });
  }

  @FieldResolver(() => Quiz)
  async quiz(@Root() a: QuizAttempt, @Ctx() ctx: SubgraphContext): Promise<Quiz> {
    return (await ctx.loaders.one(Quiz).load(a.quizId))!;
  }

  @FieldResolver(() => UserRef, { description: "答题人" })
  user(@Root() a: QuizAttempt): UserRef {
    return userRef(a.userId);
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: "答题人所在部门（开始答题时）" })
  department(@Root() a: QuizAttempt): DepartmentRef | null {
    return departmentRef(a.departmentId);
  }

  @FieldResolver(() => Int, { description: "剩余答题时间（秒）" })
  secondsLeft(@Root() a: QuizAttempt): number {
    if (a.status !== AttemptStatus.IN_PROGRESS) return 0;
    return secondsLeft(a.startedAt, (a.deadlineAt.getTime() - a.startedAt.getTime()) / 1000, systemClock.now());
  }

  @FieldResolver(() => [AttemptQuestion], { description: "试题（按题号）" })
  async questions(@Root() a: QuizAttempt, @Ctx() ctx: SubgraphContext): Promise<AttemptQuestion[]> {
    if (!mayRead(ctx, a)) throw forbidden("只能查看本人的答题记录");
    const items = [...(await ctx.loaders.many(AttemptItem, "attemptId").load(a.id))].sort(
      (x, y) => x.position - y.position,
    );
    const questions = await ctx.loaders.one(Question).loadMany(items.map((i) => i.questionId));
    const finished = a.status !== AttemptStatus.IN_PROGRESS;
    return items.map((i, n) => {
      const q = questions[n] as Question;
      return {
        position: i.position,
        questionId: i.questionId,
        kind: q.kind,
        stem: q.stem,
        options: q.options,
        given: i.given,
        finished,
        answerKey: q.answer,
        explanationText: q.explanation,
        regulationText: q.regulation,
        articleText: q.article,
        correctFlag: i.correct,
      };
    });
  }
}

@Resolver(() => AttemptQuestion)
export class AttemptQuestionResolver {
  @FieldResolver(() => String, { nullable: true, description: "正确答案（交卷后可见）" })
  answer(@Root() q: AttemptQuestion): string {
    if (!q.finished) throw forbidden(NOT_YET);
    return q.answerKey;
  }

  @FieldResolver(() => String, { nullable: true, description: "解析（交卷后可见）" })
  explanation(@Root() q: AttemptQuestion): string {
    if (!q.finished) throw forbidden(NOT_YET);
    return q.explanationText;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "是否答对（交卷后可见）" })
  correct(@Root() q: AttemptQuestion): boolean | null {
    if (!q.finished) throw forbidden(NOT_YET);
    return q.correctFlag;
  }

  @FieldResolver(() => String, { nullable: true, description: "依据法规及条款（交卷后可见）" })
  basis(@Root() q: AttemptQuestion): string {
    if (!q.finished) throw forbidden(NOT_YET);
    return q.articleText ? `${q.regulationText} ${q.articleText}` : q.regulationText;
  }
}
