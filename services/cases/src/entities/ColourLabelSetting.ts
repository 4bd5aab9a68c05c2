import { Column, Entity, PrimaryColumn } from "typeorm";
import { dateColumn, jsonColumn } from "@prp/kit";
import type { LabelConfigOverrides } from "../domain/colour-labels";

/**
 * The administrator's colour label thresholds (色标阈值): one row, the changes to the documented
 * defaults (DEFAULT_LABEL_CONFIG). No row: the defaults hold.
 */
@Entity("colour_label_setting")
export class ColourLabelSetting {
  /** Always "default": one setting for the commission. */
  @PrimaryColumn({ type: "varchar", length: 20 })
  id!: string;

  @jsonColumn()
  overrides!: LabelConfigOverrides;

  @dateColumn()
  updatedAt!: Date;

  @Column({ type: "varchar", length: 36, nullable: true })
  updatedById!: string | null;
}
