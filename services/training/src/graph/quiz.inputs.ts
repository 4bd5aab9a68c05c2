import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Max, Min } from "class-validator";
import { LatePolicy, QuizSelection } from "../entities";

@InputType({ description: "新建知识测试" })
export class QuizInput {
  @Field() @Length(1, 200, { message: "测试名称长度应为 1–200" }) title!: string;
  @Field(() => QuizSelection) selection!: QuizSelection;
  @Field(() => [ID], { nullable: true, description: "固定试题（按顺序）" })
  @IsOptional()
  @ArrayMaxSize(200)
  questionIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: "随机抽题的标签（任一匹配；不填则从全部可用试题中抽）" })
  @IsOptional()
  @ArrayMaxSize(10)
  @Length(1, 30, { each: true, message: "标签长度应为 1–30" })
  tags?: string[] | null;
  @Field(() => Int, { nullable: true, description: "随机抽题数量" }) @IsOptional() @Min(1) @Max(200) questionCount?:
    number | null;
  @Field(() => Int, { description: "答题时限（秒）" })
  @Min(2, { message: "答题时限至少 2 秒" })
  @Max(86400, { message: "答题时限不能超过 24 小时" })
  timeLimitSeconds!: number;
  @Field(() => Int, { description: "及格线（百分制）" })
  @Min(0)
  @Max(100, { message: "及格线应为 0–100" })
  passMark!: number;
  @Field(() => LatePolicy, { defaultValue: LatePolicy.REFUSE, description: "超时提交的处理" }) latePolicy!: LatePolicy;
}

@InputType({ description: "一道题的作答" })
export class AnswerInput {
  @Field(() => ID) questionId!: string;
  @Field({ description: "单选如 B，多选如 A,C，判断题 TRUE/FALSE" })
  @Length(0, 20, { message: "答案长度不能超过 20" })
  answer!: string;
}
