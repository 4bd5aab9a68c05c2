import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, jsonColumn, largeTextColumn } from "@prp/kit";

/** A leader took cases down to a town (带案下访). */
@ObjectType({ description: "带案下访" })
@Entity("case_visit")
@Index("UQ_case_visit", ["leaderId", "townId", "visitedOn"], { unique: true })
export class CaseVisit {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  leaderId!: string;

  @Field({ description: "下访领导" })
  @Column({ type: "varchar", length: 100 })
  leaderName!: string;

  @Column({ type: "varchar", length: 36 })
  townId!: string;

  @Field({ description: "下访日期 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10 })
  visitedOn!: string;

  @jsonColumn()
  caseIds!: string[];

  @Field({ description: "下访结果" })
  @largeTextColumn()
  outcome!: string;

  @Column({ type: "varchar", length: 36 })
  recordedById!: string;

  @Field(() => Date)
  @dateColumn()
  recordedAt!: Date;
}
