import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, largeTextColumn } from "@prp/kit";

/** A progress note of a special rectification campaign (整治进展). */
@ObjectType({ description: "专项整治进展" })
@Entity("campaign_note")
@Index("IDX_campaign_note_campaign", ["campaignId"])
export class CampaignNote {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  campaignId!: string;

  @Field({ description: "日期 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10 })
  notedOn!: string;

  @Field({ description: "进展情况" })
  @largeTextColumn()
  text!: string;

  @Column({ type: "varchar", length: 36 })
  recordedById!: string;

  @Field(() => Date)
  @dateColumn()
  recordedAt!: Date;
}
