import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, jsonColumn } from "@prp/kit";
import type { CategoryFinding } from "../domain/colour-labels";
import { LabelColour } from "./extras-enums";

/** One change of a case's label (色标变化记录): what it was, what it became, found by which screening. Append-only. */
@ObjectType({ description: "色标变化记录" })
@Entity("case_label_change")
@Index("IDX_case_label_change_case", ["caseId", "at"])
export class CaseLabelChange {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  caseId!: string;

  @Field(() => LabelColour, { nullable: true, description: "原颜色" })
  @Column({ type: "varchar", length: 8, nullable: true })
  fromColour!: LabelColour | null;

  @Field(() => LabelColour, { nullable: true, description: "新颜色" })
  @Column({ type: "varchar", length: 8, nullable: true })
  toColour!: LabelColour | null;

  @jsonColumn()
  findings!: CategoryFinding[];

  @Field(() => Date, { description: "变化时间（UTC）" })
  @dateColumn()
  at!: Date;

  /** The screening that found it (its run id). */
  @Column({ type: "varchar", length: 36 })
  screeningId!: string;
}
