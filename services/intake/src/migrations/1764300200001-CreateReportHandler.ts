import { Table, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";
import { datetimePrecision, idColumn } from "@prp/kit";

/** The handlers case handling names for a report (CaseAccepted), and the consumer's tables for case events. */
export class CreateReportHandler1764300200001 implements MigrationInterface {
  name = "CreateReportHandler1764300200001";

  async up(q: QueryRunner): Promise<void> {
    const precision = datetimePrecision(q.connection.driver.options.type);
    await q.createTable(
      new Table({
        name: "report_handler",
        columns: [
          idColumn("reportId", { primary: true }),
          idColumn("userId", { primary: true }),
          idColumn("unitId"),
          idColumn("caseId"),
          { name: "since", type: "datetime", precision },
        ],
        indices: [new TableIndex({ name: "IDX_report_handler_user", columnNames: ["userId"] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("report_handler");
  }
}
