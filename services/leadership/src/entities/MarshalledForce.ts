import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, jsonColumn } from "@prp/kit";

/** Forces the owning leader marshalled (调度精干力量): people and units with their task. */
@ObjectType({ description: "调度精干力量" })
@Entity("marshalled_force")
@Index("IDX_marshalled_force_ownership", ["ownershipId"])
export class MarshalledForce {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  ownershipId!: string;

  @Column({ type: "varchar", length: 36 })
  caseId!: string;

  /** directory's Users. */
  @jsonColumn()
  personIds!: string[];

  /** directory's Departments. */
  @jsonColumn()
  unitIds!: string[];

  @Field({ description: "任务" })
  @Column({ type: "varchar", length: 500 })
  task!: string;

  @Column({ type: "varchar", length: 36 })
  recordedById!: string;

  @Field(() => Date)
  @dateColumn()
  recordedAt!: Date;
}
