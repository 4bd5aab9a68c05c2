import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { dateColumn } from "@prp/kit";

/**
 * A person case handling made responsible for a report's case (CaseAccepted): they may see the
 * real-name reporter's identity unmasked (audited). Replaced when a leader reassigns the case.
 */
@Entity("report_handler")
@Index("IDX_report_handler_user", ["userId"])
export class ReportHandler {
  @PrimaryColumn({ type: "varchar", length: 36 })
  reportId!: string;

  @PrimaryColumn({ type: "varchar", length: 36 })
  userId!: string;

  /** directory's Department the person handles it for. */
  @Column({ type: "varchar", length: 36 })
  unitId!: string;

  /** case handling's Case. */
  @Column({ type: "varchar", length: 36 })
  caseId!: string;

  @dateColumn()
  since!: Date;
}
