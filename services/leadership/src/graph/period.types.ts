import { Directive, Field, Int, ObjectType } from "type-graphql";
import { ScreeningReason } from "../entities";

/** The shared statistics entity (intake owns the `period` query): leadership adds its own figures. */
@Directive('@key(fields: "from to")')
@ObjectType({ description: "统计期间（各子图分别提供本领域的统计）" })
export class Period {
  @Field({ description: "起始日期（含，YYYY-MM-DD）" }) from!: string;
  @Field({ description: "截止日期（含，YYYY-MM-DD）" }) to!: string;
}

@ObjectType({ description: "按筛选理由计数（一件案件可有多个理由）" })
export class ScreeningReasonCount {
  @Field(() => ScreeningReason) reason!: ScreeningReason;
  @Field({ description: "理由名称" }) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "领导包案与领导下访接访统计" })
export class LeadershipStatistics {
  @Field(() => Int, { description: "期间内新进入包案筛选的候选案件" }) candidatesScreened!: number;
  @Field(() => [ScreeningReasonCount], { description: "候选案件按筛选理由" })
  candidatesByReason!: ScreeningReasonCount[];
  @Field(() => Int, { description: "期间内领导包案" }) ownershipsClaimed!: number;
  @Field(() => Int, { description: "期间内随案件办结的包案" }) ownershipsConcluded!: number;
  @Field(() => Int, { description: "期间内退出的包案" }) ownershipsReleased!: number;
  @Field(() => Int, { description: "期间内改由其他领导包案" }) ownershipsTransferred!: number;
  @Field(() => Int, { description: "期末仍在包案中" }) ownershipsActiveAtEnd!: number;
  @Field(() => Int, { description: "案情研判次数" }) analysisSessions!: number;
  @Field(() => Int, { description: "列席包联镇街信访专题会议次数" }) townMeetingsAttended!: number;
  @Field(() => Int, { description: "公开接访（已举行）场次" }) receptionsHeld!: number;
  @Field(() => Int, { description: "公开接访接待群众人次" }) visitorsReceived!: number;
  @Field(() => Int, { description: "公开接访当场登记的信访举报件" }) reportsRegisteredAtReceptions!: number;
  @Field(() => Int, { description: "带案下访次数" }) caseVisits!: number;
  @Field(() => Int, { description: "带案下访所带案件（件次）" }) casesTakenDown!: number;
  @Field(() => Int, { description: "期间内启动的专项整治" }) campaignsStarted!: number;
  @Field(() => Int, { description: "期间内结束的专项整治" }) campaignsClosed!: number;
  @Field(() => Int, { description: "专项整治形成的制度（期间内印发）" }) rulesProduced!: number;
}

@ObjectType({ description: "生成的文件（Base64 编码）" })
export class GeneratedDocument {
  @Field({ description: "文件名" }) fileName!: string;
  @Field({ description: "MIME 类型" }) mimeType!: string;
  @Field({ description: "文件内容（Base64）" }) base64!: string;
}
