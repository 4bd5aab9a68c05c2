import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { IsOptional, Matches, MaxLength } from "class-validator";
import { badInput, beijingDate, DATE_RE, DepartmentRef, type SubgraphContext, UserRef, userRef } from "@prp/kit";
import { JointTask } from "../entities/JointTask";
import { Case } from "../entities/Case";
import { TaskStatus } from "../entities/enums";
import { CASE_READ_ROLES, SEE_ALL_ROLES } from "../domain/access";
import { TASK_ROLES } from "../domain/joint-tasks";
import { isOverdue } from "../domain/deadlines";
import { addJointTask, listJointTasks, unitWorkloads, updateJointTask } from "../app/joint-tasks";
import { casesDeps } from "./cases-deps";
import { JointTaskInput } from "./case.inputs";

@ArgsType()
class TaskFilterArgs {
  @Field(() => ID, { nullable: true, description: "承担单位" }) @IsOptional() @MaxLength(36) unitId?: string | null;
  @Field(() => TaskStatus, { nullable: true }) @IsOptional() status?: TaskStatus | null;
  @Field(() => Boolean, { nullable: true, description: "只看逾期未完成的任务" }) @IsOptional() overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: "以该日为准判断逾期（默认今天）" })
  @IsOptional()
  @Matches(DATE_RE, { message: "日期格式应为 YYYY-MM-DD" })
  on?: string | null;
}

@ObjectType({ description: "单位工作量" })
class UnitWorkloadView {
  @Field(() => DepartmentRef) unit!: DepartmentRef;
  @Field(() => Int, { description: "参与办理中的案件" }) activeCases!: number;
  @Field(() => Int, { description: "待本单位受理的案件" }) pendingAcceptance!: number;
  @Field(() => Int, { description: "未完成任务" }) openTasks!: number;
  @Field(() => Int, { description: "逾期任务" }) overdueTasks!: number;
}

@Resolver(() => JointTask)
export class JointTaskResolver {
  @Authorized(...TASK_ROLES)
  @Mutation(() => JointTask, { description: "分派联合办理任务（牵头或协调单位、委领导）" })
  addJointTask(
    @Ctx() ctx: SubgraphContext,
    @Arg("caseId", () => ID) caseId: string,
    @Arg("input", () => JointTaskInput) input: JointTaskInput,
  ): Promise<JointTask> {
    return addJointTask(casesDeps(ctx), caseId, input);
  }

  @Authorized(...TASK_ROLES)
  @Mutation(() => JointTask, { description: "更新任务状态（承担单位）" })
  updateJointTask(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("status", () => TaskStatus) status: TaskStatus,
    @Arg("result", () => String, { nullable: true }) result?: string | null,
  ): Promise<JointTask> {
    if (result && result.length > 1000) throw badInput("完成情况最多 1000 字");
    return updateJointTask(casesDeps(ctx), id, status, result);
  }

  @Authorized(...CASE_READ_ROLES)
  @Query(() => [JointTask], {
    nullable: true,
    description: "联合办理任务看板：按单位和状态，或逾期任务（承办人只看到本单位的任务）",
  })
  jointTasks(@Ctx() ctx: SubgraphContext, @Args(() => TaskFilterArgs) f: TaskFilterArgs): Promise<JointTask[]> {
    return listJointTasks(casesDeps(ctx), ctx.user!, {
      unitId: f.unitId,
      status: f.status,
      overdueOn: f.overdue ? (f.on ?? beijingDate(new Date())) : null,
    });
  }

  @Authorized(...SEE_ALL_ROLES)
  @Query(() => [UnitWorkloadView], { nullable: true, description: "各单位工作量" })
  async unitWorkloads(
    @Ctx() ctx: SubgraphContext,
    @Arg("on", () => String, { nullable: true }) on?: string | null,
  ): Promise<UnitWorkloadView[]> {
    if (on && !DATE_RE.test(on)) throw badInput("日期格式应为 YYYY-MM-DD");
    return (await unitWorkloads(casesDeps(ctx), on ?? beijingDate(new Date()))).map((w) => ({
      ...w,
      unit: { id: w.unitId },
    }));
  }

  @FieldResolver(() => Case, { description: "所属案件" })
  async case(@Root() t: JointTask, @Ctx() ctx: SubgraphContext): Promise<Case> {
    return (await ctx.loaders.one(Case).load(t.caseId))!;
  }

  @FieldResolver(() => DepartmentRef, { description: "承担单位" })
  unit(@Root() t: JointTask): DepartmentRef {
    return { id: t.unitId };
  }

  @FieldResolver(() => UserRef, { nullable: true, description: "承办人" })
  assignee(@Root() t: JointTask): UserRef | null {
    return userRef(t.assigneeId);
  }

  @FieldResolver({ description: "已逾期未完成" })
  overdue(@Root() t: JointTask): boolean {
    return t.status !== TaskStatus.DONE && isOverdue(t.dueDate, new Date());
  }
}
