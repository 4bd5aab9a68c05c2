import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, jsonColumn } from "@prp/kit";
import { OwnershipStatus, ScreeningReason } from "./enums";

/**
 * A leader's ownership of a case (领导包案), from claim to its end. A case may have several over
 * time (released, transferred): they are its history; at most one is ACTIVE (ActiveOwnership).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "领导包案" })
@Entity("ownership")
@Index("IDX_ownership_case", ["caseId"])
@Index("IDX_ownership_leader", ["leaderId", "status"])
export class Ownership {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  /** case handling's Case. */
  @Column({ type: "varchar", length: 36 })
  caseId!: string;

  /** intake's Report. */
  @Column({ type: "varchar", length: 36 })
  reportId!: string;

  @Field({ description: "信访举报件编号" })
  @Column({ type: "varchar", length: 20 })
  serial!: string;

  /** directory's User: the owning leader. */
  @Column({ type: "varchar", length: 36 })
  leaderId!: string;

  @Field({ description: "包案领导姓名" })
  @Column({ type: "varchar", length: 100 })
  leaderName!: string;

  @Field(() => OwnershipStatus)
  @Column({ type: "varchar", length: 16 })
  status!: OwnershipStatus;

  @Field(() => [ScreeningReason], { description: "包案理由" })
  @jsonColumn()
  reasons!: ScreeningReason[];

  @Field(() => String, { nullable: true, description: "包案说明" })
  @Column({ type: "varchar", length: 500, nullable: true })
  note!: string | null;

  @Field(() => Date, { description: "包案时间" })
  @dateColumn()
  claimedAt!: Date;

  @Field(() => String, { nullable: true, description: "目标办结日期 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10, nullable: true })
  targetDate!: string | null;

  @Field(() => Date, { nullable: true, description: "包案结束时间" })
  @dateColumn({ nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "结束理由（退出、改由他人包案）" })
  @Column({ type: "varchar", length: 500, nullable: true })
  endReason!: string | null;

  /** Who ended it (the owner, the commission head, or null for the system on conclusion). */
  @Column({ type: "varchar", length: 36, nullable: true })
  endedById!: string | null;

  /** The ownership this one was transferred from (改由其他领导包案). */
  @Column({ type: "varchar", length: 36, nullable: true })
  transferredFromId!: string | null;
}
