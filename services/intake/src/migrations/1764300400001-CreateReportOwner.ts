import { Table, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";
import { datetimePrecision, idColumn } from "@prp/kit";

/** The leader who owns a report's case (领导包案), from leadership's ownership events. */
export class CreateReportOwner1764300400001 implements MigrationInterface {
  name = "CreateReportOwner1764300400001";

  async up(q: QueryRunner): Promise<void> {
    const precision = datetimePrecision(q.connection.driver.options.type);
    await q.createTable(
      new Table({
        name: "report_owner",
        columns: [
          idColumn("reportId", { primary: true }),
          idColumn("leaderId"),
          idColumn("caseId"),
          idColumn("ownershipId"),
          { name: "since", type: "datetime", precision },
        ],
        indices: [new TableIndex({ name: "IDX_report_owner_leader", columnNames: ["leaderId"] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("report_owner");
  }
}
