import { Table, TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { datetimePrecision, idColumn } from "@prp/kit";

const nullableVarchar = (name: string, length: number) =>
  new TableColumn({ name, type: "varchar", length: String(length), isNullable: true });

/**
 * The hotspot analysis (大数据分析): the stored risk formula (one row; none = the documented defaults),
 * and the hotspot a campaign (专项整治) was started from. Table API only (SQLite and MySQL).
 */
export class CreateLeadershipAnalysis1764300600000 implements MigrationInterface {
  name = "CreateLeadershipAnalysis1764300600000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "risk_formula_setting",
        columns: [
          { name: "id", type: "varchar", length: "20", isPrimary: true },
          { name: "formula", type: "text" },
          { name: "updatedAt", type: "datetime", precision: datetimePrecision(q.connection.driver.options.type) },
          idColumn("updatedById", { nullable: true }),
        ],
      }),
    );
    await q.addColumns("campaign", [
      nullableVarchar("hotspotDimension", 16),
      nullableVarchar("hotspotKey", 64),
      nullableVarchar("hotspotFrom", 10),
      nullableVarchar("hotspotTo", 10),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ["hotspotTo", "hotspotFrom", "hotspotKey", "hotspotDimension"]) await q.dropColumn("campaign", c);
    await q.dropTable("risk_formula_setting");
  }
}
