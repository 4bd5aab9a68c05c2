import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, jsonColumn, largeTextColumn } from "@prp/kit";
import { ReceptionStatus } from "./field-work-enums";

/** A leader's public reception day (领导公开接访): the published slot, then what it brought. */
@ObjectType({ description: "领导公开接访" })
@Entity("reception")
@Index("UQ_reception_slot", ["leaderId", "receptionDate", "startTime"], { unique: true })
@Index("IDX_reception_date", ["receptionDate"])
export class Reception {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  leaderId!: string;

  @Field({ description: "接访领导" })
  @Column({ type: "varchar", length: 100 })
  leaderName!: string;

  @Field(() => String, { nullable: true, description: "接访领导职务" })
  @Column({ type: "varchar", length: 100, nullable: true })
  leaderTitle!: string | null;

  @Field({ description: "接访日期 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10 })
  receptionDate!: string;

  @Field({ description: "开始时间 HH:MM（北京时间）" })
  @Column({ type: "varchar", length: 5 })
  startTime!: string;

  @Field({ description: "结束时间 HH:MM（北京时间）" })
  @Column({ type: "varchar", length: 5 })
  endTime!: string;

  @Field({ description: "接访地点" })
  @Column({ type: "varchar", length: 200 })
  place!: string;

  @Field(() => ReceptionStatus)
  @Column({ type: "varchar", length: 16 })
  status!: ReceptionStatus;

  @Field(() => Int, { nullable: true, description: "接待来访群众人次" })
  @Column({ type: "integer", nullable: true })
  visitorsReceived!: number | null;

  /** The reports registered from the visits (intake's ids, checked through the graph). */
  @jsonColumn()
  reportIds!: string[];

  @Field(() => String, { nullable: true, description: "接访情况（内部）" })
  @largeTextColumn({ nullable: true })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: "取消原因" })
  @Column({ type: "varchar", length: 500, nullable: true })
  cancelReason!: string | null;

  @Column({ type: "varchar", length: 36 })
  scheduledById!: string;

  @Field(() => Date)
  @dateColumn()
  scheduledAt!: Date;

  @Field(() => Date)
  @dateColumn()
  updatedAt!: Date;
}
