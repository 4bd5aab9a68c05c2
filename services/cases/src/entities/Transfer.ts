import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";
import { TransferStatus } from "./enums";

/**
 * An out-of-scope report transferred to its competent department, with a copy to the liaison
 * office or stationed group the routing decision named (双向移交); the department feeds back (单向反馈).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "业务范围外事项移交（双向移交、单向反馈）" })
@Entity("transfer")
@Index("UQ_transfer_report", ["reportId"], { unique: true })
@Index("IDX_transfer_department", ["competentDepartmentId"])
@Index("IDX_transfer_copy", ["copyToDepartmentId"])
@Index("IDX_transfer_due", ["status", "dueDate"])
export class Transfer {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  /** intake's Report, by id only. */
  @Column({ type: "varchar", length: 36 })
  reportId!: string;

  @Field({ description: "信访举报件编号" })
  @Column({ type: "varchar", length: 20 })
  serial!: string;

  /** directory's competent Department. */
  @Column({ type: "varchar", length: 36, nullable: true })
  competentDepartmentId!: string | null;

  /** directory's liaison office or stationed group the copy goes to. */
  @Column({ type: "varchar", length: 36, nullable: true })
  copyToDepartmentId!: string | null;

  @Field({ description: "实名举报" })
  @Column({ type: "boolean" })
  realName!: boolean;

  @Field(() => Date, { description: "分办决定时间（UTC）" })
  @dateColumn()
  decidedAt!: Date;

  @Field(() => Date, { description: "移交时间（UTC）" })
  @dateColumn()
  openedAt!: Date;

  @Field({ description: "反馈期限 YYYY-MM-DD（默认移交后 15 个工作日）" })
  @Column({ type: "varchar", length: 10 })
  dueDate!: string;

  @Field(() => TransferStatus)
  @Column({ type: "varchar", length: 24 })
  status!: TransferStatus;

  @Field(() => Date)
  @dateColumn()
  updatedAt!: Date;
}
