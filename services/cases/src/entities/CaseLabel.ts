import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { dateColumn, jsonColumn } from "@prp/kit";
import type { CategoryFinding } from "../domain/colour-labels";
import { LabelColour } from "./extras-enums";

/**
 * A case's current colour label (色标), as the last screening found it. `categories` repeats the
 * findings' categories as ",REPEAT,COLLECTIVE," so SQL can filter by category; both are written
 * together from one assessment (app/colour-labels.ts), never one by one.
 */
@ObjectType({ description: "色标（当前）" })
@Entity("case_label")
@Index("IDX_case_label_colour", ["colour"])
export class CaseLabel {
  @PrimaryColumn({ type: "varchar", length: 36 })
  caseId!: string;

  @Field(() => LabelColour, { nullable: true, description: "色标颜色（无色标时为空）" })
  @Column({ type: "varchar", length: 8, nullable: true })
  colour!: LabelColour | null;

  @Column({ type: "varchar", length: 200, default: "" })
  categories!: string;

  @jsonColumn()
  findings!: CategoryFinding[];

  @Field(() => Date, { description: "最近筛查时间（UTC）" })
  @dateColumn()
  screenedAt!: Date;

  @Field(() => Date, { description: "色标最近变化时间（UTC）" })
  @dateColumn()
  changedAt!: Date;
}
