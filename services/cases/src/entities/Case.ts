import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, jsonColumn } from "@prp/kit";
import { CaseGrade, CaseStatus, Finding, HandlingMode } from "./enums";
import type { CaseState } from "../domain/case-handling";

/**
 * A case (案件) opened from intake's routing decision, handled inside the commission. The handling
 * state (JSON) is the truth; the columns from `status` to `closedAt` mirror it for SQL and are
 * written from it by projectCase (domain/case-columns.ts), never one by one.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "案件（办理）" })
@Entity("handling_case")
@Index("UQ_case_report", ["reportId"], { unique: true })
@Index("IDX_case_status", ["status"])
@Index("IDX_case_unit", ["handlingUnitId"])
@Index("IDX_case_opened", ["openedAt"])
export class Case {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  /** intake's Report, by id only (one case per report). */
  @Column({ type: "varchar", length: 36 })
  reportId!: string;

  @Field({ description: "信访举报件编号" })
  @Column({ type: "varchar", length: 20 })
  serial!: string;

  @Field({ description: "分办方式（受理环节的处置方式）" })
  @Column({ type: "varchar", length: 40 })
  disposition!: string;

  @Field(() => String, { nullable: true, description: "来源（本级自收、上级转送、上级交办）" })
  @Column({ type: "varchar", length: 32, nullable: true })
  origin!: string | null;

  @Field({ description: "实名举报" })
  @Column({ type: "boolean" })
  realName!: boolean;

  /** intake's Town, by id. */
  @Column({ type: "varchar", length: 36, nullable: true })
  townId!: string | null;

  @Field(() => Date, { description: "分办决定时间（UTC）" })
  @dateColumn()
  decidedAt!: Date;

  @Field(() => Date, { description: "立案办理时间（UTC）" })
  @dateColumn()
  openedAt!: Date;

  @jsonColumn({ large: true })
  handling!: CaseState;

  @Field(() => CaseStatus)
  @Column({ type: "varchar", length: 24 })
  status!: CaseStatus;

  @Column({ type: "varchar", length: 36, nullable: true }) handlingUnitId!: string | null;
  @Column({ type: "varchar", length: 36, nullable: true }) responsibleUnitId!: string | null;
  @Column({ type: "varchar", length: 36, nullable: true }) responsiblePersonId!: string | null;
  @Column({ type: "varchar", length: 36, nullable: true }) firstUnitId!: string | null;
  @Column({ type: "varchar", length: 36, nullable: true }) firstPersonId!: string | null;

  @Field(() => Date, { nullable: true, description: "受理时间（首办责任确定）" })
  @dateColumn({ nullable: true })
  acceptedAt!: Date | null;

  @Field(() => CaseGrade)
  @Column({ type: "varchar", length: 16 })
  grade!: CaseGrade;

  @Field({ description: "挂牌督办中" })
  @Column({ type: "boolean", default: false })
  listed!: boolean;

  @Column({ type: "varchar", length: 36, nullable: true }) supervisingLeaderId!: string | null;

  @Field(() => String, { nullable: true, description: "督办期限 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10, nullable: true })
  supervisionDueDate!: string | null;

  @Field(() => HandlingMode)
  @Column({ type: "varchar", length: 32 })
  mode!: HandlingMode;

  /** directory's Region, by id (片区协作). */
  @Column({ type: "varchar", length: 36, nullable: true })
  regionId!: string | null;

  @Field(() => String, { nullable: true, description: "交办件办结报告期限 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10, nullable: true })
  assignedDueDate!: string | null;

  @Field(() => Date, { nullable: true, description: "办结报告报送时间" })
  @dateColumn({ nullable: true })
  closingReportAt!: Date | null;

  @Field(() => Finding, { nullable: true, description: "核查结论" })
  @Column({ type: "varchar", length: 24, nullable: true })
  finding!: Finding | null;

  @Field(() => Date, { nullable: true, description: "办结时间" })
  @dateColumn({ nullable: true })
  concludedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "结果反馈时间" })
  @dateColumn({ nullable: true })
  feedbackGivenAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "结案时间" })
  @dateColumn({ nullable: true })
  closedAt!: Date | null;

  @Field(() => Date)
  @dateColumn()
  updatedAt!: Date;
}
