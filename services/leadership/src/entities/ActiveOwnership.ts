import { Column, Entity } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";

/**
 * The one active owner of a case: its primary key is the case, so a second claim of the same case
 * fails on the database's unique constraint whatever replica or connection it comes through.
 * Inserted in the claim's transaction, deleted when the ownership ends.
 */
@Entity("active_ownership")
export class ActiveOwnership {
  @IdColumn()
  caseId!: string;

  @Column({ type: "varchar", length: 36 })
  ownershipId!: string;

  @Column({ type: "varchar", length: 36 })
  leaderId!: string;

  @Column({ type: "varchar", length: 100 })
  leaderName!: string;

  @dateColumn()
  since!: Date;
}
