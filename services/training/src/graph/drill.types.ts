import { Field, Float, Int, ObjectType } from "type-graphql";
import { DrillCompetition, DrillRound } from "../entities";
import { UserRef } from "./refs";

@ObjectType({ description: "名次（同分同名次，下一名次顺延，如 1、1、3）" })
export class StandingView {
  @Field(() => Int, { description: "名次" }) rank!: number;
  @Field(() => UserRef, { description: "参赛人员" }) participant!: UserRef;
  @Field(() => Float, { description: "得分（加权，百分制，两位小数）" }) score!: number;
  @Field(() => Int, { description: "计入的评委数（轮次）或轮次数（总排名）" }) count!: number;
}

@ObjectType({ description: "个人擂台赛成绩（已结束的轮次）" })
export class DrillResultView {
  @Field(() => DrillCompetition) competition!: DrillCompetition;
  @Field(() => DrillRound) round!: DrillRound;
  @Field(() => Float, { description: "得分" }) score!: number;
  @Field(() => Int, { description: "名次" }) rank!: number;
  @Field(() => Int, { description: "本轮参赛人数" }) participants!: number;
}
