import { Field, Int, ObjectType } from "type-graphql";
import { Paginated } from "@prp/kit";
import { Ownership, ReminderKind } from "../entities";

@ObjectType({ description: "包案记录（分页）" })
export class OwnershipPage extends Paginated(Ownership) {}

@ObjectType({ description: "包案到期提醒" })
export class OwnershipReminder {
  caseId!: string;
  @Field({ description: "信访举报件编号" }) serial!: string;
  @Field(() => ReminderKind) kind!: ReminderKind;
  @Field({ description: "事项" }) title!: string;
  @Field({ description: "期限 YYYY-MM-DD" }) dueDate!: string;
  @Field({ description: "已逾期" }) overdue!: boolean;
  @Field(() => Int, { description: "剩余工作日（负数为已逾期）" }) workingDaysLeft!: number;
}

@ObjectType({ description: "包案领导工作台统计" })
export class LeadershipDashboard {
  @Field(() => Int, { description: "包案中" }) active!: number;
  @Field(() => Int, { description: "已办结（包案结束）" }) concluded!: number;
  @Field(() => Int, { description: "已退出包案" }) released!: number;
  @Field(() => Int, { description: "已改由其他领导包案" }) transferred!: number;
  @Field(() => Int, { description: "包案中且有逾期事项的案件" }) overdueCases!: number;
  @Field(() => Int, { description: "五个工作日内到期的事项" }) dueThisWeek!: number;
  @Field(() => Int, { description: "候选案件（全市）" }) candidates!: number;
  @Field(() => Int, { description: "候选案件（本人包联镇街）" }) candidatesInLinkedTowns!: number;
}
