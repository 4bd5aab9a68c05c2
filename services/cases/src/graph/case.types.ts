import { Field, ObjectType } from "type-graphql";
import { DepartmentRef, Paginated, RegionRef, UserRef } from "@prp/kit";
import { Case } from "../entities/Case";
import { Transfer } from "../entities/Transfer";
import { Finding, SupervisionLevel } from "../entities/enums";

@ObjectType({ description: "承办责任" })
export class ResponsibilityInfo {
  @Field(() => DepartmentRef, { description: "责任单位" }) unit!: DepartmentRef;
  @Field(() => UserRef, { nullable: true, description: "责任人" }) person!: UserRef | null;
  @Field(() => Date, { description: "起始时间" }) since!: Date;
}

@ObjectType({ description: "承办责任变更（须委领导决定并说明理由）" })
export class ReassignmentInfo {
  @Field(() => ResponsibilityInfo, { nullable: true, description: "原承办责任" }) from!: ResponsibilityInfo | null;
  @Field(() => ResponsibilityInfo, { description: "新承办责任" }) to!: ResponsibilityInfo;
  @Field(() => UserRef, { description: "决定的委领导" }) leader!: UserRef;
  @Field({ description: "理由" }) reason!: string;
  @Field(() => Date) at!: Date;
}

@ObjectType({ description: "挂牌督办" })
export class SupervisionInfo {
  @Field(() => UserRef, { description: "督办领导" }) leader!: UserRef;
  @Field(() => SupervisionLevel) level!: SupervisionLevel;
  @Field({ description: "督办期限 YYYY-MM-DD" }) dueDate!: string;
  @Field({ description: "挂牌理由" }) reason!: string;
  @Field(() => Date) listedAt!: Date;
  @Field(() => Date, { nullable: true, description: "摘牌时间" }) delistedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "摘牌理由" }) delistReason!: string | null;
}

@ObjectType({ description: "片区协作" })
export class CoordinationInfo {
  @Field(() => RegionRef, { description: "片区" }) region!: RegionRef;
  @Field(() => DepartmentRef, { description: "协调单位" }) coordinatingUnit!: DepartmentRef;
  @Field(() => [DepartmentRef], { description: "参与单位" }) participatingUnits!: DepartmentRef[];
}

@ObjectType({ description: "“室组地”联合办理" })
export class JointHandlingInfo {
  @Field(() => DepartmentRef, { description: "牵头单位" }) leadUnit!: DepartmentRef;
  @Field(() => [DepartmentRef], { description: "成员单位" }) memberUnits!: DepartmentRef[];
}

@ObjectType({ description: "交办（上级交办或本级交办，须在期限前报送办结报告）" })
export class AssignmentInfo {
  @Field(() => String, { nullable: true, description: "交办机关" }) authority!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "办结报告期限 YYYY-MM-DD（上级交办件为上级机关的期限）",
  })
  dueDate!: string | null;
  @Field({ description: "上级交办（须在办结前报送办结报告）" }) byHigherAuthority!: boolean;
  @Field(() => String, { nullable: true, description: "办结报告" }) closingReport!: string | null;
  @Field(() => Date, { nullable: true, description: "办结报告报送时间" }) closingReportAt!: Date | null;
  @Field(() => String, { nullable: true, description: "办结报告报告人（署名）" }) closingReportAuthor!: string | null;
  @Field(() => String, { nullable: true, description: "办结报告日期 YYYY-MM-DD" }) closingReportDate!: string | null;
  @Field(() => UserRef, { nullable: true, description: "录入办结报告的人" }) closingReportBy!: UserRef | null;
  @Field({ description: "已过期限而办结报告未报" }) overdue!: boolean;
  @Field({ description: "办结报告逾期（已逾期未报或逾期报送）" }) late!: boolean;
}

@ObjectType({ description: "办结情况" })
export class ConclusionInfo {
  @Field(() => Finding) finding!: Finding;
  @Field({ description: "处理结果" }) outcome!: string;
  @Field(() => Date) at!: Date;
  @Field(() => UserRef, { nullable: true, description: "办结人" }) by!: UserRef | null;
}

@ObjectType({ description: "案件分页" })
export class CasePage extends Paginated(Case) {}

@ObjectType({ description: "移交事项分页" })
export class TransferPage extends Paginated(Transfer) {}
