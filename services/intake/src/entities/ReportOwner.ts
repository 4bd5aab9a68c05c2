import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { dateColumn } from "@prp/kit";

/**
 * The leader who owns a report's case (领导包案, from leadership's OwnershipClaimed/Transferred):
 * they may see the real-name reporter's identity unmasked (audited), as the case's handler may.
 * Removed when the ownership is released, moved or concluded.
 */
@Entity("report_owner")
@Index("IDX_report_owner_leader", ["leaderId"])
export class ReportOwner {
  @PrimaryColumn({ type: "varchar", length: 36 })
  reportId!: string;

  /** directory's User. */
  @Column({ type: "varchar", length: 36 })
  leaderId!: string;

  /** case handling's Case. */
  @Column({ type: "varchar", length: 36 })
  caseId!: string;

  /** leadership's Ownership. */
  @Column({ type: "varchar", length: 36 })
  ownershipId!: string;

  @dateColumn()
  since!: Date;
}
