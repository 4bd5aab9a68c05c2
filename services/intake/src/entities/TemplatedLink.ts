import { Entity, Index, PrimaryColumn } from "typeorm";

/**
 * A later report whose text the similarity index found near-identical to an earlier one (贴牌),
 * as proposed at its registration. The later report's proposal names the earlier one; this row
 * lets the earlier report list its later copies with one indexed query.
 */
@Entity("templated_link")
@Index("IDX_templated_link_earlier", ["earlierReportId"])
export class TemplatedLink {
  @PrimaryColumn({ type: "varchar", length: 36 })
  reportId!: string;

  @PrimaryColumn({ type: "varchar", length: 36 })
  earlierReportId!: string;
}
