import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, jsonColumn, largeTextColumn } from "@prp/kit";

/** A case analysis session (案情研判) the owning leader organised. */
@ObjectType({ description: "案情研判" })
@Entity("analysis_session")
@Index("IDX_analysis_session_ownership", ["ownershipId"])
export class AnalysisSession {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  ownershipId!: string;

  @Column({ type: "varchar", length: 36 })
  caseId!: string;

  @Field({ description: "研判日期 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10 })
  heldOn!: string;

  @Field(() => [String], { description: "参加人员" })
  @jsonColumn()
  participants!: string[];

  @Field({ description: "研判意见" })
  @largeTextColumn()
  findings!: string;

  @Field({ description: "主攻方向" })
  @Column({ type: "varchar", length: 500 })
  mainDirection!: string;

  @Column({ type: "varchar", length: 36 })
  recordedById!: string;

  @Field(() => Date)
  @dateColumn()
  recordedAt!: Date;
}
