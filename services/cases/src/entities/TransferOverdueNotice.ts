import { Entity, PrimaryColumn } from "typeorm";
import { dateColumn } from "@prp/kit";

/** That a transfer's TransferOverdue event was written: once per transfer and due date, whichever replica noticed first. */
@Entity("transfer_overdue_notice")
export class TransferOverdueNotice {
  @PrimaryColumn({ type: "varchar", length: 36 })
  transferId!: string;

  @PrimaryColumn({ type: "varchar", length: 10 })
  dueDate!: string;

  @dateColumn()
  at!: Date;
}
