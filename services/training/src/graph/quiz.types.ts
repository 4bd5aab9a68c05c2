import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { QuestionKind, QuestionOptionView, Quiz, QuizAttempt } from "../entities";
import { UserRef } from "./refs";
import { DepartmentRef } from "@prp/kit";
import { Paginated } from "@prp/kit";

/**
 * A question as a trainee sees it inside an attempt. The answer, the explanation, whether the
 * given answer was right and the rule behind it are refused (FORBIDDEN) until the attempt is handed in.
 */
@ObjectType({ description: "答题中的试题（交卷前不显示答案和解析）" })
export class AttemptQuestion {
  @Field(() => Int, { description: "题号" }) position!: number;
  @Field(() => ID, { description: "试题 ID（作答时使用）" }) questionId!: string;
  @Field(() => QuestionKind) kind!: QuestionKind;
  @Field({ description: "题干" }) stem!: string;
  @Field(() => [QuestionOptionView], { description: "选项" }) options!: QuestionOptionView[];
  @Field(() => String, { nullable: true, description: "所作答案" }) given!: string | null;
  /** Set by the resolver; the guarded fields read it. */
  finished!: boolean;
  answerKey!: string;
  explanationText!: string;
  regulationText!: string;
  articleText!: string | null;
  correctFlag!: boolean | null;
}

@ObjectType()
export class QuizPage extends Paginated(Quiz) {}

@ObjectType({ description: "部门测试成绩" })
export class DepartmentQuizResult {
  @Field(() => DepartmentRef, { nullable: true }) department!: DepartmentRef | null;
  @Field(() => Int, { description: "参考人次" }) attempts!: number;
  @Field(() => Float, { description: "平均分" }) averageScore!: number;
  @Field(() => Int, { description: "及格人数" }) passed!: number;
  @Field(() => Float, { description: "及格率（0–1）" }) passRate!: number;
}

@ObjectType({ description: "易错题" })
export class MissedQuestionView {
  @Field(() => ID) questionId!: string;
  @Field({ description: "题干" }) stem!: string;
  @Field(() => Int, { description: "作答次数" }) asked!: number;
  @Field(() => Int, { description: "答错次数" }) missed!: number;
  @Field(() => Float, { description: "错误率（0–1）" }) missRate!: number;
}

@ObjectType({ description: "测试成绩汇总" })
export class QuizResults {
  @Field(() => Quiz) quiz!: Quiz;
  @Field(() => [QuizAttempt], { description: "每人成绩（高分在前）" }) attempts!: QuizAttempt[];
  @Field(() => [DepartmentQuizResult], { description: "按部门" }) byDepartment!: DepartmentQuizResult[];
  @Field(() => [MissedQuestionView], { description: "易错题（错误率高的在前）" }) mostMissed!: MissedQuestionView[];
}

export { UserRef };
