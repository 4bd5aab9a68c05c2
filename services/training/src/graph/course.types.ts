import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Paginated } from "@prp/kit";
import { Course, TrainingSession } from "../entities";
import { UserRef } from "./refs";
import { DepartmentRef } from "@prp/kit";

@ObjectType()
export class CoursePage extends Paginated(Course) {}

@ObjectType()
export class SessionPage extends Paginated(TrainingSession) {}

@ObjectType({ description: "未参训人员" })
export class MissingPerson {
  @Field(() => UserRef) user!: UserRef;
  @Field({ description: "姓名" }) displayName!: string;
}

@ObjectType({ description: "部门培训覆盖情况" })
export class DepartmentCoverageView {
  @Field(() => DepartmentRef, { nullable: true, description: "部门（未分配部门的人员为空）" })
  department!: DepartmentRef | null;
  @Field({ description: "部门名称" }) departmentName!: string;
  @Field(() => Int, { description: "在职人数" }) staff!: number;
  @Field(() => Int, { description: "已参训人数" }) trained!: number;
  @Field(() => Float, { description: "覆盖率（0–1）" }) share!: number;
  @Field(() => [MissingPerson], { description: "尚未参训的人员" }) missing!: MissingPerson[];
}

@ObjectType({ description: "全员培训覆盖情况" })
export class CoverageView {
  @Field(() => Int, { description: "年度" }) year!: number;
  @Field(() => Int, { description: "在职人数" }) staff!: number;
  @Field(() => Int, { description: "已参训人数" }) trained!: number;
  @Field(() => Float, { description: "覆盖率（0–1）" }) share!: number;
  @Field(() => [DepartmentCoverageView], { description: "各部门（覆盖率低的在前）" })
  departments!: DepartmentCoverageView[];
}

@ObjectType({ description: "出勤人员" })
export class AttendanceView {
  @Field(() => ID) id!: string;
  @Field(() => UserRef) user!: UserRef;
  @Field() recordedAt!: Date;
}
