import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { datetimePrecision, idColumn } from "@prp/kit";

/** The administrator's colour label thresholds (one row; none = the documented defaults). */
export class CreateColourLabelSetting1764300400000 implements MigrationInterface {
  name = "CreateColourLabelSetting1764300400000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "colour_label_setting",
        columns: [
          { name: "id", type: "varchar", length: "20", isPrimary: true },
          { name: "overrides", type: "text" },
          { name: "updatedAt", type: "datetime", precision: datetimePrecision(q.connection.driver.options.type) },
          idColumn("updatedById", { nullable: true }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("colour_label_setting");
  }
}
