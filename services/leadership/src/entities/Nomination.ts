import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";
import { ScreeningReason } from "./enums";

/** A case nominated for a leader's ownership (提请领导包案) by the petition office or a handling unit. */
@ObjectType({ description: "提请领导包案记录" })
@Entity("case_nomination")
@Index("IDX_case_nomination_case", ["caseId"])
export class Nomination {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  caseId!: string;

  @Field(() => ScreeningReason, { description: "提请理由类别" })
  @Column({ type: "varchar", length: 32 })
  reason!: ScreeningReason;

  @Field({ description: "提请理由" })
  @Column({ type: "varchar", length: 500 })
  note!: string;

  @Column({ type: "varchar", length: 36 })
  nominatedById!: string;

  @Field({ description: "提请人" })
  @Column({ type: "varchar", length: 100 })
  nominatedByName!: string;

  @Field(() => Date)
  @dateColumn()
  at!: Date;
}
