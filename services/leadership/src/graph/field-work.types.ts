import { Directive, Field, ID, ObjectType } from "type-graphql";

/** intake's Report by its key: receptions store the ids of the reports registered from them. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Report")
export class ReportRef {
  @Field(() => ID) id!: string;
}

export const reportRef = (id: string): ReportRef => ({ id });

/** One slot of the published reception schedule: what the public may see, nothing internal. */
@ObjectType({ description: "领导公开接访安排（对外公布，无需登录）" })
export class PublishedReception {
  @Field({ description: "接访日期 YYYY-MM-DD" }) receptionDate!: string;
  @Field({ description: "开始时间 HH:MM" }) startTime!: string;
  @Field({ description: "结束时间 HH:MM" }) endTime!: string;
  @Field({ description: "接访地点" }) place!: string;
  @Field({ description: "接访领导" }) leaderName!: string;
  @Field(() => String, { nullable: true, description: "接访领导职务" }) leaderTitle!: string | null;
}
