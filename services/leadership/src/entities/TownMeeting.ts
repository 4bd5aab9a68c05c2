import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, jsonColumn, largeTextColumn } from "@prp/kit";

/** A petition meeting of a linked town that a leader attended (列席包联镇街信访专题会议). */
@ObjectType({ description: "列席包联镇街信访专题会议" })
@Entity("town_meeting")
@Index("UQ_town_meeting", ["leaderId", "townId", "heldOn"], { unique: true })
@Index("IDX_town_meeting_town", ["townId", "heldOn"])
export class TownMeeting {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  leaderId!: string;

  @Field({ description: "列席领导" })
  @Column({ type: "varchar", length: 100 })
  leaderName!: string;

  @Column({ type: "varchar", length: 36 })
  townId!: string;

  @Field({ description: "会议日期 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10 })
  heldOn!: string;

  @Field(() => [String], { description: "议题" })
  @jsonColumn()
  topics!: string[];

  @Field({ description: "会议决定事项" })
  @largeTextColumn()
  decisions!: string;

  @Column({ type: "varchar", length: 36 })
  recordedById!: string;

  @Field(() => Date)
  @dateColumn()
  recordedAt!: Date;
}
