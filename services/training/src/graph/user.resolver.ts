import { Authorized, Ctx, Field, Float, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { forbidden, type SubgraphContext } from "@prp/kit";
import { QuizAttempt, TrainingSession } from "../entities";
import { canOversee } from "../app/deps";
import { trainingRecords, type TrainingRecordData } from "../app/records";
import { DrillResultView } from "./drill.types";
import { UserRef } from "./refs";

@ObjectType({ description: "个人培训档案" })
export class TrainingRecord {
  @Field(() => [TrainingSession], { description: "参加的培训场次" }) sessions!: TrainingSession[];
  @Field(() => Float, { description: "累计学时" }) hours!: number;
  @Field(() => [QuizAttempt], { description: "知识测试成绩" }) quizResults!: QuizAttempt[];
  @Field(() => [DrillResultView], { description: "擂台赛成绩" }) drillResults!: DrillResultView[];
}

@Resolver(() => UserRef)
export class UserTrainingResolver {
  /** One set of queries for all users in the request (a loader), however many are listed. */
  @Authorized()
  @FieldResolver(() => TrainingRecord, { nullable: true, description: "培训档案（本人，或培训组织者、领导可见）" })
  trainingRecord(@Root() u: UserRef, @Ctx() ctx: SubgraphContext): Promise<TrainingRecordData> {
    if (u.id !== ctx.user!.id && !canOversee(ctx.user)) throw forbidden("只能查看本人的培训档案");
    return ctx.loaders
      .custom<string, TrainingRecordData>("trainingRecord", (ids) => trainingRecords(ctx, ids))
      .load(u.id);
  }
}
