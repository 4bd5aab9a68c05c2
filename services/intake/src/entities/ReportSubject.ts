import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn } from "@prp/kit";

/** 被反映人: the official or unit a report is about. */
@ObjectType({ description: "被反映人" })
@Entity("report_subject")
export class ReportSubject {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Index("IDX_subject_report")
  @Column({ type: "varchar", length: 36 })
  reportId!: string;

  @Field({ description: "姓名（或单位名称）" })
  @Column({ type: "varchar", length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: "职务" })
  @Column({ type: "varchar", length: 100, nullable: true })
  post!: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  unitId!: string | null;

  @Field(() => String, { nullable: true, description: "职级" })
  @Column({ type: "varchar", length: 50, nullable: true })
  rank!: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  townId!: string | null;

  /** Normalised name (+ unit) that groups reports about one subject, for repeat detection. */
  @Index("IDX_subject_key")
  @Column({ type: "varchar", length: 200 })
  subjectKey!: string;
}
