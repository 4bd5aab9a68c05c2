import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";

/** A rule or system a campaign produced (建章立制): title, issuing unit, date. */
@ObjectType({ description: "专项整治形成的制度" })
@Entity("campaign_rule")
@Index("UQ_campaign_rule", ["campaignId", "title"], { unique: true })
export class CampaignRule {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  campaignId!: string;

  @Field({ description: "制度名称" })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "印发单位" })
  @Column({ type: "varchar", length: 200 })
  issuingUnit!: string;

  @Field({ description: "印发日期 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10 })
  issuedOn!: string;

  @Column({ type: "varchar", length: 36 })
  recordedById!: string;

  @Field(() => Date)
  @dateColumn()
  recordedAt!: Date;
}
