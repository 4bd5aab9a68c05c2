import { Column, Entity, PrimaryColumn } from "typeorm";
import { dateColumn, jsonColumn } from "@prp/kit";
import type { RiskFormula } from "../domain/analysis";

/**
 * The risk formula of the hotspot analysis (风险指数公式) as the administrator or the commission head
 * set it: one row. No row: the documented defaults (DEFAULT_RISK_FORMULA) hold.
 */
@Entity("risk_formula_setting")
export class RiskFormulaSetting {
  /** Always "default": one formula for the commission. */
  @PrimaryColumn({ type: "varchar", length: 20 })
  id!: string;

  /** The weights and the growth cap (domain/analysis.ts RiskFormula). */
  @jsonColumn()
  formula!: RiskFormula;

  @dateColumn()
  updatedAt!: Date;

  @Column({ type: "varchar", length: 36, nullable: true })
  updatedById!: string | null;
}
