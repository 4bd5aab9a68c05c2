import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { DATE_RE } from "@prp/kit";
import { CaseGrade, CaseStatus, Finding, HandlingMode, SupervisionLevel } from "../entities/enums";

const DATE_MSG = "日期格式应为 YYYY-MM-DD";

@ArgsType()
export class CaseFilterArgs {
  @Field(() => CaseStatus, { nullable: true }) @IsOptional() status?: CaseStatus | null;
  @Field(() => CaseGrade, { nullable: true }) @IsOptional() grade?: CaseGrade | null;
  @Field(() => HandlingMode, { nullable: true }) @IsOptional() mode?: HandlingMode | null;
  @Field(() => ID, { nullable: true, description: "参与办理的单位" }) @IsOptional() @MaxLength(36) unitId?:
    string | null;
  @Field(() => ID, { nullable: true, description: "片区（片区协作）" }) @IsOptional() @MaxLength(36) regionId?:
    string | null;
  @Field(() => Boolean, { nullable: true, description: "是否挂牌督办" }) @IsOptional() listed?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "交办件已过办结报告期限而未报送（true）或不是（false）" })
  @IsOptional()
  assignmentOverdue?: boolean | null;
}

@InputType({ description: "改变承办责任" })
export class ReassignCaseInput {
  @Field(() => ID, { description: "新承办单位" }) @Length(1, 36) unitId!: string;
  @Field(() => ID, { nullable: true, description: "新承办人（不填则由新承办单位受理）" })
  @IsOptional()
  @MaxLength(36)
  personId?: string | null;
  @Field({ description: "理由" }) @Length(1, 500, { message: "理由长度应为 1–500" }) reason!: string;
}

@InputType({ description: "挂牌督办" })
export class ListCaseInput {
  @Field(() => ID, { description: "督办领导" }) @Length(1, 36) leaderId!: string;
  @Field(() => SupervisionLevel) level!: SupervisionLevel;
  @Field({ description: "督办期限 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) dueDate!: string;
  @Field({ description: "挂牌理由" }) @Length(1, 500, { message: "理由长度应为 1–500" }) reason!: string;
}

@InputType({ description: "办理方式" })
export class HandlingModeInput {
  @Field(() => HandlingMode) @IsIn(Object.values(HandlingMode)) mode!: HandlingMode;
  @Field(() => ID, { nullable: true, description: "片区协作：片区" }) @IsOptional() @MaxLength(36) regionId?:
    string | null;
  @Field(() => ID, { nullable: true, description: "片区协作：协调单位" })
  @IsOptional()
  @MaxLength(36)
  coordinatingUnitId?: string | null;
  @Field(() => [ID], { nullable: true, description: "片区协作：参与单位" })
  @IsOptional()
  @ArrayMaxSize(50)
  participatingUnitIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: "“室组地”：牵头单位" }) @IsOptional() @MaxLength(36) leadUnitId?:
    string | null;
  @Field(() => [ID], { nullable: true, description: "“室组地”：成员单位" })
  @IsOptional()
  @ArrayMaxSize(50)
  memberUnitIds?: string[] | null;
}

@InputType({ description: "办理进展" })
export class ProgressInput {
  @Field(() => String, { nullable: true, description: "进展日期 YYYY-MM-DD（默认今天）" })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  date?: string | null;
  @Field({ description: "进展内容" }) @Length(1, 2000, { message: "进展内容长度应为 1–2000" }) note!: string;
}

@InputType({ description: "办结" })
export class ConcludeCaseInput {
  @Field(() => Finding, { description: "核查结论" }) finding!: Finding;
  @Field({ description: "处理结果" }) @Length(1, 2000, { message: "处理结果长度应为 1–2000" }) outcome!: string;
}

@InputType({ description: "联合办理任务" })
export class JointTaskInput {
  @Field(() => ID, { description: "承担单位" }) @Length(1, 36) unitId!: string;
  @Field(() => ID, { nullable: true, description: "承办人" }) @IsOptional() @MaxLength(36) assigneeId?: string | null;
  @Field({ description: "任务内容" }) @Length(1, 500, { message: "任务内容长度应为 1–500" }) title!: string;
  @Field({ description: "完成期限 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG }) dueDate!: string;
}

@ArgsType()
export class TransferFilterArgs {
  @Field(() => ID, { nullable: true, description: "主管部门" }) @IsOptional() @MaxLength(36) competentDepartmentId?:
    string | null;
  @Field(() => ID, { nullable: true, description: "抄送的联系室（组）" })
  @IsOptional()
  @MaxLength(36)
  copyToDepartmentId?: string | null;
}
