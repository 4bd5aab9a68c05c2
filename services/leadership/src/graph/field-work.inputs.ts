import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, Length, Matches, Max, MaxLength, Min, IsOptional, ValidateNested } from "class-validator";
import { DATE_RE } from "@prp/kit";
import { HotspotSourceInput } from "./analysis.types";

const DATE_MSG = "日期格式应为 YYYY-MM-DD";
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_MSG = "时间格式应为 HH:MM";

@InputType({ description: "列席包联镇街信访专题会议" })
export class TownMeetingInput {
  @Field(() => ID, { description: "镇（街道）" }) @Length(1, 36, { message: "镇（街道）ID 无效" }) townId!: string;
  @Field({ description: "会议日期 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) heldOn!: string;
  @Field(() => [String], { description: "议题" })
  @ArrayMaxSize(20, { message: "议题最多 20 项" })
  @MaxLength(200, { each: true, message: "每项议题最多 200 字" })
  topics!: string[];
  @Field({ description: "会议决定事项" })
  @Length(1, 5000, { message: "会议决定事项长度应为 1–5000" })
  decisions!: string;
}

@InputType({ description: "公开接访排期" })
export class ReceptionSlotInput {
  @Field(() => ID, { description: "接访领导" }) @Length(1, 36, { message: "领导 ID 无效" }) leaderId!: string;
  @Field({ description: "接访日期 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) receptionDate!: string;
  @Field({ description: "开始时间 HH:MM（北京时间）" }) @Matches(TIME_RE, { message: TIME_MSG }) startTime!: string;
  @Field({ description: "结束时间 HH:MM（北京时间）" }) @Matches(TIME_RE, { message: TIME_MSG }) endTime!: string;
  @Field({ description: "接访地点" }) @Length(1, 200, { message: "接访地点长度应为 1–200" }) place!: string;
}

@InputType({ description: "公开接访情况" })
export class ReceptionOutcomeInput {
  @Field(() => ID) @Length(1, 36, { message: "接访 ID 无效" }) receptionId!: string;
  @Field(() => Int, { description: "接待来访群众人次" })
  @Min(0, { message: "接待人次不能为负" })
  @Max(1000, { message: "接待人次最多 1000" })
  visitorsReceived!: number;
  @Field(() => [ID], { defaultValue: [], description: "由此登记的举报件" })
  @ArrayMaxSize(100, { message: "一次接访最多关联 100 件举报" })
  @MaxLength(36, { each: true, message: "举报件 ID 无效" })
  reportIds!: string[];
  @Field({ description: "接访情况" }) @Length(1, 5000, { message: "接访情况长度应为 1–5000" }) summary!: string;
}

@InputType({ description: "带案下访" })
export class CaseVisitInput {
  @Field(() => ID, { description: "镇（街道）" }) @Length(1, 36, { message: "镇（街道）ID 无效" }) townId!: string;
  @Field({ description: "下访日期 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) visitedOn!: string;
  @Field(() => [ID], { description: "带下去的案件" })
  @ArrayMaxSize(50, { message: "一次下访最多带 50 件案件" })
  @MaxLength(36, { each: true, message: "案件 ID 无效" })
  caseIds!: string[];
  @Field({ description: "下访结果" }) @Length(1, 5000, { message: "下访结果长度应为 1–5000" }) outcome!: string;
}

@InputType({ description: "启动专项整治" })
export class CampaignInput {
  @Field({ description: "整治主题" }) @Length(1, 200, { message: "整治主题长度应为 1–200" }) topic!: string;
  @Field({ description: "整治范围（行业、系统、区域）" })
  @Length(1, 1000, { message: "整治范围长度应为 1–1000" })
  scope!: string;
  @Field({ description: "整治期间起 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) periodFrom!: string;
  @Field({ description: "整治期间止 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) periodTo!: string;
  @Field(() => ID, { description: "牵头单位" }) @Length(1, 36, { message: "牵头单位 ID 无效" }) leadUnitId!: string;
  @Field(() => [ID], { defaultValue: [], description: "关联的举报件" })
  @ArrayMaxSize(100, { message: "最多关联 100 件举报" })
  @MaxLength(36, { each: true, message: "举报件 ID 无效" })
  reportIds!: string[];
  @Field(() => [ID], { defaultValue: [], description: "关联的案件" })
  @ArrayMaxSize(100, { message: "最多关联 100 件案件" })
  @MaxLength(36, { each: true, message: "案件 ID 无效" })
  caseIds!: string[];
  @Field(() => HotspotSourceInput, { nullable: true, description: "所依据的热点（由热点分析启动时填写）" })
  @IsOptional()
  @ValidateNested()
  hotspot?: HotspotSourceInput | null;
}

@InputType({ description: "专项整治进展" })
export class CampaignNoteInput {
  @Field(() => ID) @Length(1, 36, { message: "专项整治 ID 无效" }) campaignId!: string;
  @Field({ description: "日期 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) notedOn!: string;
  @Field({ description: "进展情况" }) @Length(1, 5000, { message: "进展情况长度应为 1–5000" }) text!: string;
}

@InputType({ description: "专项整治形成的制度" })
export class CampaignRuleInput {
  @Field(() => ID) @Length(1, 36, { message: "专项整治 ID 无效" }) campaignId!: string;
  @Field({ description: "制度名称" }) @Length(1, 200, { message: "制度名称长度应为 1–200" }) title!: string;
  @Field({ description: "印发单位" }) @Length(1, 200, { message: "印发单位长度应为 1–200" }) issuingUnit!: string;
  @Field({ description: "印发日期 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) issuedOn!: string;
}
