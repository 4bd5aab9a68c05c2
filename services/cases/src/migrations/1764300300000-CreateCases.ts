import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from "typeorm";
import { datetimePrecision, idColumn, largeTextType } from "@prp/kit";

const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: "varchar",
  length: String(length),
  isNullable: nullable,
});
const text = (name: string): TableColumnOptions => ({ name, type: "text" });
const bool = (name: string, def?: boolean): TableColumnOptions => ({
  name,
  type: "boolean",
  ...(def === undefined ? {} : { default: def ? 1 : 0 }),
});

/** Case handling's tables (cases, their units, history, progress, joint tasks; transfers), Table API only. */
export class CreateCases1764300300000 implements MigrationInterface {
  name = "CreateCases1764300300000";

  async up(q: QueryRunner): Promise<void> {
    const precision = datetimePrecision(q.connection.driver.options.type);
    const dt = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: "datetime",
      precision,
      isNullable: nullable,
    });

    await q.createTable(
      new Table({
        name: "handling_case",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("reportId"),
          varchar("serial", 20),
          varchar("disposition", 40),
          varchar("origin", 32, true),
          bool("realName"),
          idColumn("townId", { nullable: true }),
          dt("decidedAt"),
          dt("openedAt"),
          { name: "handling", type: largeTextType(q.connection.driver.options.type) },
          varchar("status", 24),
          idColumn("handlingUnitId", { nullable: true }),
          idColumn("responsibleUnitId", { nullable: true }),
          idColumn("responsiblePersonId", { nullable: true }),
          idColumn("firstUnitId", { nullable: true }),
          idColumn("firstPersonId", { nullable: true }),
          dt("acceptedAt", true),
          varchar("grade", 16),
          bool("listed", false),
          idColumn("supervisingLeaderId", { nullable: true }),
          varchar("supervisionDueDate", 10, true),
          varchar("mode", 32),
          idColumn("regionId", { nullable: true }),
          varchar("assignedDueDate", 10, true),
          dt("closingReportAt", true),
          varchar("finding", 24, true),
          dt("concludedAt", true),
          dt("feedbackGivenAt", true),
          dt("closedAt", true),
          dt("updatedAt"),
        ],
        indices: [
          new TableIndex({ name: "UQ_case_report", columnNames: ["reportId"], isUnique: true }),
          new TableIndex({ name: "IDX_case_status", columnNames: ["status"] }),
          new TableIndex({ name: "IDX_case_unit", columnNames: ["handlingUnitId"] }),
          new TableIndex({ name: "IDX_case_opened", columnNames: ["openedAt"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "case_unit",
        columns: [idColumn("caseId", { primary: true }), idColumn("unitId", { primary: true }), varchar("role", 16)],
        indices: [new TableIndex({ name: "IDX_case_unit_unit", columnNames: ["unitId"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "case_history",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          idColumn("caseId"),
          varchar("action", 32),
          idColumn("actorId", { nullable: true }),
          varchar("actorName", 100),
          dt("at"),
          text("summary"),
        ],
        indices: [new TableIndex({ name: "IDX_case_history_case", columnNames: ["caseId"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "case_progress",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("caseId"),
          idColumn("unitId", { nullable: true }),
          idColumn("authorId"),
          varchar("authorName", 100),
          varchar("date", 10),
          dt("at"),
          text("note"),
        ],
        indices: [new TableIndex({ name: "IDX_case_progress_case", columnNames: ["caseId", "at"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "joint_task",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("caseId"),
          idColumn("unitId"),
          idColumn("assigneeId", { nullable: true }),
          varchar("title", 500),
          varchar("dueDate", 10),
          varchar("status", 16),
          varchar("result", 1000, true),
          dt("createdAt"),
          dt("doneAt", true),
        ],
        indices: [
          new TableIndex({ name: "IDX_joint_task_case", columnNames: ["caseId"] }),
          new TableIndex({ name: "IDX_joint_task_unit", columnNames: ["unitId", "status"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "transfer",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("reportId"),
          varchar("serial", 20),
          idColumn("competentDepartmentId", { nullable: true }),
          idColumn("copyToDepartmentId", { nullable: true }),
          bool("realName"),
          dt("decidedAt"),
          dt("openedAt"),
          varchar("dueDate", 10),
          varchar("status", 24),
          dt("updatedAt"),
        ],
        indices: [
          new TableIndex({ name: "UQ_transfer_report", columnNames: ["reportId"], isUnique: true }),
          new TableIndex({ name: "IDX_transfer_department", columnNames: ["competentDepartmentId"] }),
          new TableIndex({ name: "IDX_transfer_copy", columnNames: ["copyToDepartmentId"] }),
          new TableIndex({ name: "IDX_transfer_due", columnNames: ["status", "dueDate"] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ["transfer", "joint_task", "case_progress", "case_history", "case_unit", "handling_case"])
      await q.dropTable(t);
  }
}
