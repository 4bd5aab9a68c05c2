import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, jsonColumn, largeTextColumn } from "@prp/kit";

/** A discussion of the finding and the discipline measure (研讨定性量纪) under the owning leader. */
@ObjectType({ description: "研讨定性量纪记录" })
@Entity("discipline_discussion")
@Index("IDX_discipline_discussion_ownership", ["ownershipId"])
export class DisciplineDiscussion {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  ownershipId!: string;

  @Column({ type: "varchar", length: 36 })
  caseId!: string;

  @Field({ description: "研讨日期 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10 })
  heldOn!: string;

  @Field(() => [String], { description: "参加人员" })
  @jsonColumn()
  participants!: string[];

  @Field({ description: "定性意见" })
  @largeTextColumn()
  finding!: string;

  @Field({ description: "量纪意见" })
  @largeTextColumn()
  measure!: string;

  @Column({ type: "varchar", length: 36 })
  recordedById!: string;

  @Field(() => Date)
  @dateColumn()
  recordedAt!: Date;
}
