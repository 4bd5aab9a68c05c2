import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, Length, Matches, MaxLength } from "class-validator";
import { DATE_RE } from "@prp/kit";

const DATE_MSG = "日期格式应为 YYYY-MM-DD";

@InputType({ description: "案情研判" })
export class AnalysisSessionInput {
  @Field(() => ID, { description: "案件" }) @Length(1, 36, { message: "案件 ID 无效" }) caseId!: string;
  @Field({ description: "研判日期 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) heldOn!: string;
  @Field(() => [String], { description: "参加人员" })
  @ArrayMaxSize(30, { message: "参加人员最多 30 人" })
  @MaxLength(50, { each: true, message: "每位参加人员最多 50 字" })
  participants!: string[];
  @Field({ description: "研判意见" }) @Length(1, 5000, { message: "研判意见长度应为 1–5000" }) findings!: string;
  @Field({ description: "主攻方向" }) @Length(1, 500, { message: "主攻方向长度应为 1–500" }) mainDirection!: string;
}

@InputType({ description: "研讨定性量纪" })
export class DisciplineDiscussionInput {
  @Field(() => ID, { description: "案件" }) @Length(1, 36, { message: "案件 ID 无效" }) caseId!: string;
  @Field({ description: "研讨日期 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) heldOn!: string;
  @Field(() => [String], { description: "参加人员" })
  @ArrayMaxSize(30, { message: "参加人员最多 30 人" })
  @MaxLength(50, { each: true, message: "每位参加人员最多 50 字" })
  participants!: string[];
  @Field({ description: "定性意见" }) @Length(1, 5000, { message: "定性意见长度应为 1–5000" }) finding!: string;
  @Field({ description: "量纪意见" }) @Length(1, 5000, { message: "量纪意见长度应为 1–5000" }) measure!: string;
}

@InputType({ description: "调度精干力量" })
export class MarshalForcesInput {
  @Field(() => ID, { description: "案件" }) @Length(1, 36, { message: "案件 ID 无效" }) caseId!: string;
  @Field(() => [ID], { defaultValue: [], description: "人员" })
  @ArrayMaxSize(50, { message: "人员最多 50 人" })
  @MaxLength(36, { each: true, message: "人员 ID 无效" })
  personIds!: string[];
  @Field(() => [ID], { defaultValue: [], description: "单位" })
  @ArrayMaxSize(50, { message: "单位最多 50 个" })
  @MaxLength(36, { each: true, message: "单位 ID 无效" })
  unitIds!: string[];
  @Field({ description: "任务" }) @Length(1, 500, { message: "任务长度应为 1–500" }) task!: string;
}
