import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";

/** A dated progress entry (办理进展) written by a handling unit. */
@ObjectType({ description: "办理进展" })
@Entity("case_progress")
@Index("IDX_case_progress_case", ["caseId", "at"])
export class ProgressEntry {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  caseId!: string;

  /** directory's Department that wrote it. */
  @Column({ type: "varchar", length: 36, nullable: true })
  unitId!: string | null;

  @Column({ type: "varchar", length: 36 })
  authorId!: string;

  @Field({ description: "记录人" })
  @Column({ type: "varchar", length: 100 })
  authorName!: string;

  @Field({ description: "进展日期 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10 })
  date!: string;

  @Field(() => Date, { description: "记录时间（UTC）" })
  @dateColumn()
  at!: Date;

  @Field({ description: "进展内容" })
  @Column({ type: "text" })
  note!: string;
}
