import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";
import { SupervisionMode } from "./extras-enums";

/** A supervision action on a slow transfer (提醒督办、发函督办、现场督办): who, when, a note. Append-only. */
@ObjectType({ description: "移交件督办记录" })
@Entity("transfer_supervision")
@Index("IDX_transfer_supervision_transfer", ["transferId", "at"])
export class SupervisionAction {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  transferId!: string;

  @Field(() => SupervisionMode, { description: "督办方式" })
  @Column({ type: "varchar", length: 16 })
  mode!: SupervisionMode;

  @Field(() => Date, { description: "督办时间（UTC）" })
  @dateColumn()
  at!: Date;

  @Column({ type: "varchar", length: 36 })
  byId!: string;

  @Field({ description: "督办人" })
  @Column({ type: "varchar", length: 100 })
  byName!: string;

  @Field({ description: "督办情况" })
  @Column({ type: "text" })
  note!: string;
}
