import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, jsonColumn } from "@prp/kit";
import { CaseStage, type ScreeningReason } from "./enums";

/**
 * What leadership knows of one of case handling's cases, from its events (and intake's routing):
 * the facts the screening reads and the reasons it found. One row per case, kept when the case is
 * owned or closed (the history of the screening).
 */
@Entity("screened_case")
@Index("IDX_screened_case_report", ["reportId"])
@Index("IDX_screened_case_candidate", ["candidate"])
export class ScreenedCase {
  /** case handling's Case. */
  @IdColumn()
  caseId!: string;

  /** intake's Report. */
  @Column({ type: "varchar", length: 36 })
  reportId!: string;

  @Column({ type: "varchar", length: 20 })
  serial!: string;

  /** directory's Town the report concerns (from intake's routing). */
  @Column({ type: "varchar", length: 36, nullable: true })
  townId!: string | null;

  /** intake's origin (ASSIGNED_BY_SUPERIOR: 上级交办). */
  @Column({ type: "varchar", length: 32, nullable: true })
  origin!: string | null;

  /** The unit handling the case (a handler of it may nominate). */
  @Column({ type: "varchar", length: 36, nullable: true })
  unitId!: string | null;

  @Column({ type: "varchar", length: 16, nullable: true })
  grade!: string | null;

  @Column({ type: "varchar", length: 16, nullable: true })
  colour!: string | null;

  @Column({ type: "boolean", default: false })
  dissatisfied!: boolean;

  @Column({ type: "boolean", default: false })
  nominated!: boolean;

  @Column({ type: "varchar", length: 16 })
  stage!: CaseStage;

  /** The screening's reasons now (domain/screening.ts). */
  @jsonColumn()
  reasons!: ScreeningReason[];

  /** Has an active owner. */
  @Column({ type: "boolean", default: false })
  owned!: boolean;

  /** In the queue: reasons, not closed, no owner (kept in step by the use cases). */
  @Column({ type: "boolean", default: false })
  candidate!: boolean;

  /** When it first had a reason. */
  @dateColumn({ nullable: true })
  candidateSince!: Date | null;

  @dateColumn()
  openedAt!: Date;

  @dateColumn()
  updatedAt!: Date;
}
