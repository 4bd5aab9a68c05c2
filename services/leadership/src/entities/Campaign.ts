import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, jsonColumn, largeTextColumn } from "@prp/kit";
import { CampaignStatus } from "./field-work-enums";

/** A special rectification campaign (专项整治) started from a hotspot. */
@ObjectType({ description: "专项整治" })
@Entity("campaign")
@Index("UQ_campaign_topic", ["topic", "periodFrom"], { unique: true })
export class Campaign {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Field({ description: "整治主题" })
  @Column({ type: "varchar", length: 200 })
  topic!: string;

  @Field({ description: "整治范围" })
  @Column({ type: "varchar", length: 1000 })
  scope!: string;

  @Field({ description: "整治期间起 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10 })
  periodFrom!: string;

  @Field({ description: "整治期间止 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10 })
  periodTo!: string;

  @Column({ type: "varchar", length: 36 })
  leadUnitId!: string;

  @Field(() => CampaignStatus)
  @Column({ type: "varchar", length: 16 })
  status!: CampaignStatus;

  @jsonColumn()
  reportIds!: string[];

  @jsonColumn()
  caseIds!: string[];

  @Field(() => String, { nullable: true, description: "整治成效（结束时填写）" })
  @largeTextColumn({ nullable: true })
  results!: string | null;

  @Column({ type: "varchar", length: 36 })
  startedById!: string;

  @Field(() => Date)
  @dateColumn()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  @dateColumn({ nullable: true })
  closedAt!: Date | null;

  /** The hotspot it was started from (热点): its dimension, group key and analysed period; all null when none. */
  @Column({ type: "varchar", length: 16, nullable: true })
  hotspotDimension!: string | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  hotspotKey!: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  hotspotFrom!: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  hotspotTo!: string | null;
}
