import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { dateColumn, jsonColumn } from "@prp/kit";

/**
 * What intake's routing events say about each decided report that the colour labels need:
 * when it was received, where it came from (越级), the earlier reports it repeats, its
 * co-signers. Kept for every routed report, also those that opened nothing (a repeat put on
 * hold still counts for the case of the matter). Written only by the event consumer.
 */
@Entity("report_fact")
@Index("IDX_report_fact_received", ["receivedAt"])
export class ReportFact {
  @PrimaryColumn({ type: "varchar", length: 36 })
  reportId!: string;

  @dateColumn()
  receivedAt!: Date;

  @Column({ type: "varchar", length: 32, nullable: true })
  origin!: string | null;

  /** Earlier reports of the same subject and matter (intake's 查 REPEAT links). */
  @jsonColumn()
  repeatOf!: string[];

  @Column({ type: "integer", default: 0 })
  coSigners!: number;

  @dateColumn()
  updatedAt!: Date;
}
