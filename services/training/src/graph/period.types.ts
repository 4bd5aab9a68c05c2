import { Directive, Field, Float, Int, ObjectType } from "type-graphql";

/** The shared statistics entity (intake owns the `period` query): training adds its own figures. */
@Directive('@key(fields: "from to")')
@ObjectType({ description: "统计期间（各子图分别提供本领域的统计）" })
export class Period {
  @Field({ description: "起始日期（含，YYYY-MM-DD）" }) from!: string;
  @Field({ description: "截止日期（含，YYYY-MM-DD）" }) to!: string;
}

@ObjectType({ description: "培训统计" })
export class TrainingStatistics {
  @Field(() => Int, { description: "培训场次" }) sessions!: number;
  @Field(() => Float, { description: "培训学时（各场次学时之和）" }) hours!: number;
  @Field(() => Int, { description: "参训人次" }) attendance!: number;
  @Field(() => Int, { description: "参训人数（去重）" }) trainedPeople!: number;
  @Field(() => Float, { description: "覆盖率：期间内至少参训一次的在职人员占比（0–1）" }) coverage!: number;
  @Field(() => Float, { nullable: true, description: "知识测试平均分（期间内交卷）" }) averageQuizScore!: number | null;
  @Field(() => Int, { description: "知识测试交卷人次" }) quizAttempts!: number;
  @Field(() => Float, { nullable: true, description: "擂台赛平均得分（期间内结束的轮次）" }) averageDrillScore!:
    number | null;
}
