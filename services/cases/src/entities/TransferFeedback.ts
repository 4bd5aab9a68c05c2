import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { dateColumn, jsonColumn } from "@prp/kit";
import type { AttachmentMeta } from "../domain/transfer-supervision";

/** The competent department's feedback on a transfer (单向反馈): one per transfer. */
@ObjectType({ description: "主管部门反馈" })
@Entity("transfer_feedback")
export class TransferFeedback {
  @PrimaryColumn({ type: "varchar", length: 36 })
  transferId!: string;

  @Field({ description: "办理情况" })
  @Column({ type: "text" })
  content!: string;

  @jsonColumn()
  attachments!: AttachmentMeta[];

  @Field(() => Date, { description: "反馈时间（UTC）" })
  @dateColumn()
  at!: Date;

  @Column({ type: "varchar", length: 36 })
  byId!: string;

  @Field({ description: "反馈人" })
  @Column({ type: "varchar", length: 100 })
  byName!: string;

  @Field(() => Date, { description: "登记时间（UTC）" })
  @dateColumn()
  recordedAt!: Date;
}
