import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";

/** One judge's score of one participant in one round (a judge may correct it until the round closes). */
@ObjectType({ description: "评委评分" })
@Entity("drill_score")
@Index("UQ_drill_score", ["roundId", "judgeId", "participantId"], { unique: true })
@Index("IDX_drill_score_participant", ["participantId"])
export class DrillScore {
  @Field(() => ID) @IdColumn() id!: string;

  @Column({ type: "varchar", length: 36 })
  roundId!: string;

  @Column({ type: "varchar", length: 36 })
  competitionId!: string;

  @Column({ type: "varchar", length: 36 })
  judgeId!: string;

  @Column({ type: "varchar", length: 36 })
  participantId!: string;

  @Field(() => Int, { description: "热情接待" }) @Column({ type: "integer" }) warmReception!: number;
  @Field(() => Int, { description: "耐心倾听" }) @Column({ type: "integer" }) patientListening!: number;
  @Field(() => Int, { description: "认真记录" }) @Column({ type: "integer" }) carefulRecording!: number;
  @Field(() => Int, { description: "妥善处理" }) @Column({ type: "integer" }) properHandling!: number;

  @Field(() => String, { nullable: true, description: "评语" })
  @Column({ type: "varchar", length: 500, nullable: true })
  comment!: string | null;

  @Field({ description: "评分时间" })
  @dateColumn()
  scoredAt!: Date;
}
