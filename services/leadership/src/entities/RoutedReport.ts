import { Column, Entity } from "typeorm";
import { IdColumn } from "@prp/kit";

/**
 * intake's routing facts of a report (ReportRouted): where it came from and the town it concerns.
 * Kept because intake's and case handling's events arrive in either order.
 */
@Entity("routed_report")
export class RoutedReport {
  @IdColumn()
  reportId!: string;

  @Column({ type: "varchar", length: 32, nullable: true })
  origin!: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  townId!: string | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  forwardingAuthority!: string | null;
}
