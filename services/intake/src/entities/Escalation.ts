import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";
import { EscalationStatus } from "./enums";

/** 呈批: an urgent item sent to a leader with a drafted routing opinion. */
@ObjectType({ description: "紧急事项呈批" })
@Entity("escalation")
export class Escalation {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Index("IDX_escalation_report")
  @Column({ type: "varchar", length: 36 })
  reportId!: string;

  @Field({ description: "拟定分办意见" })
  @Column({ type: "text" })
  draftOpinion!: string;

  @Column({ type: "varchar", length: 36 })
  draftedById!: string;

  @Field(() => Date)
  @dateColumn()
  draftedAt!: Date;

  /** The leader it was sent to. */
  @Index("IDX_escalation_leader")
  @Column({ type: "varchar", length: 36 })
  leaderId!: string;

  @Field(() => EscalationStatus)
  @Column({ type: "varchar", length: 16 })
  status!: EscalationStatus;

  @Field(() => String, { nullable: true, description: "领导批示" })
  @Column({ type: "text", nullable: true })
  leaderOpinion!: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  decidedById!: string | null;

  @Field(() => Date, { nullable: true })
  @dateColumn({ nullable: true })
  decidedAt!: Date | null;
}
