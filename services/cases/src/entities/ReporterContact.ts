import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";
import { ContactChannel, ContactKind, ReporterResponse } from "./extras-enums";

/** One contact with a real-name reporter (与实名举报人沟通): progress, result feedback, or the reporter's answer. Append-only. */
@ObjectType({ description: "与实名举报人的沟通记录" })
@Entity("reporter_contact")
@Index("IDX_reporter_contact_case", ["caseId", "at"])
export class ReporterContact {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  caseId!: string;

  @Field(() => ContactKind, { description: "沟通类型" })
  @Column({ type: "varchar", length: 24 })
  kind!: ContactKind;

  @Field(() => ContactChannel, { description: "沟通方式" })
  @Column({ type: "varchar", length: 16 })
  channel!: ContactChannel;

  @Field(() => Date, { description: "沟通时间（UTC）" })
  @dateColumn()
  at!: Date;

  @Field({ description: "沟通人" })
  @Column({ type: "varchar", length: 100 })
  who!: string;

  @Field({ description: "沟通内容" })
  @Column({ type: "text" })
  said!: string;

  @Field(() => ReporterResponse, { nullable: true, description: "举报人评价（满意、基本满意、不满意）" })
  @Column({ type: "varchar", length: 24, nullable: true })
  response!: ReporterResponse | null;

  /** The user who recorded it. */
  @Column({ type: "varchar", length: 36, nullable: true })
  recordedById!: string | null;

  @Field(() => Date, { description: "登记时间（UTC）" })
  @dateColumn()
  recordedAt!: Date;
}
