import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { dateColumn } from "@prp/kit";
import { TriageStep } from "./enums";

/** Who did which step of 辨查商定 (and sign-for, escalation, reopening) and when. */
@ObjectType({ description: "办理记录" })
@Entity("report_step")
export class ReportStep {
  @Field(() => ID)
  @PrimaryGeneratedColumn("increment", { type: "integer" })
  id!: number;

  @Index("IDX_step_report")
  @Column({ type: "varchar", length: 36 })
  reportId!: string;

  @Field({ description: "环节：REGISTER, SIGN, ESCALATE, DISTINGUISH, CHECK, CONSULT, DECIDE, REOPEN…" })
  @Column({ type: "varchar", length: 32 })
  step!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 36, nullable: true })
  actorId!: string | null;

  @Field({ description: "经办人" })
  @Column({ type: "varchar", length: 100 })
  actorName!: string;

  @Field(() => Date)
  @dateColumn()
  at!: Date;

  @Field({ description: "内容摘要" })
  @Column({ type: "text" })
  summary!: string;
}

export { TriageStep };
