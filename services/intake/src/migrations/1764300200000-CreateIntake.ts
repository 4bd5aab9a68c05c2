import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from "typeorm";
import { datetimePrecision, idColumn, largeTextType } from "@prp/kit";

const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: "varchar",
  length: String(length),
  isNullable: nullable,
});
const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: "text", isNullable: nullable });
const bool = (name: string, def?: boolean): TableColumnOptions => ({
  name,
  type: "boolean",
  ...(def === undefined ? {} : { default: def ? 1 : 0 }),
});

/** Intake's tables, with TypeORM's Table API so they run on MySQL and SQLite alike. */
export class CreateIntake1764300200000 implements MigrationInterface {
  name = "CreateIntake1764300200000";

  async up(q: QueryRunner): Promise<void> {
    const precision = datetimePrecision(q.connection.driver.options.type);
    const dt = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: "datetime",
      precision,
      isNullable: nullable,
    });
    const largeText = (name: string): TableColumnOptions => ({
      name,
      type: largeTextType(q.connection.driver.options.type),
    });

    await q.createTable(
      new Table({
        name: "report",
        columns: [
          idColumn("id", { primary: true }),
          varchar("serial", 20),
          varchar("channel", 16),
          varchar("origin", 32),
          varchar("forwardingAuthority", 100, true),
          varchar("forwardingReference", 100, true),
          varchar("status", 16),
          dt("receivedAt"),
          idColumn("receivedById", { nullable: true }),
          dt("signedAt", true),
          idColumn("signedById", { nullable: true }),
          bool("realName"),
          text("reporterNameEnc", true),
          text("reporterIdNumberEnc", true),
          text("reporterPhoneEnc", true),
          text("reporterAddressEnc", true),
          varchar("reporterIndex", 40, true),
          varchar("category", 32),
          idColumn("townId", { nullable: true }),
          varchar("summary", 500),
          largeText("content"),
          text("channelDetails"),
          text("attachments"),
          varchar("idempotencyKey", 100, true),
          varchar("followUpCodeHash", 64, true),
          bool("publicSubmission", false),
          largeText("triage"),
          varchar("scope", 16, true),
          { name: "flags", type: "varchar", length: "200", default: "''" },
          largeText("proposals"),
          bool("isRepeat", false),
          varchar("disposition", 40, true),
          idColumn("handlingDepartmentId", { nullable: true }),
          idColumn("copyToDepartmentId", { nullable: true }),
          idColumn("competentDepartmentId", { nullable: true }),
          varchar("decisionDueDate", 10, true),
          dt("decidedAt", true),
          text("signature"),
          varchar("signatureVersion", 64),
          varchar("acceptanceDueDate", 10, true),
          dt("acceptanceNoticeAt", true),
          dt("createdAt"),
          dt("updatedAt"),
        ],
        indices: [
          new TableIndex({ name: "UQ_report_serial", columnNames: ["serial"], isUnique: true }),
          new TableIndex({ name: "UQ_report_idempotency", columnNames: ["idempotencyKey"], isUnique: true }),
          new TableIndex({ name: "UQ_report_followup", columnNames: ["followUpCodeHash"], isUnique: true }),
          new TableIndex({ name: "IDX_report_status", columnNames: ["status"] }),
          new TableIndex({ name: "IDX_report_received", columnNames: ["receivedAt"] }),
          new TableIndex({ name: "IDX_report_created", columnNames: ["createdAt"] }),
          new TableIndex({ name: "IDX_report_reporter_index", columnNames: ["reporterIndex"] }),
          new TableIndex({ name: "IDX_report_town", columnNames: ["townId"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "report_subject",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("reportId"),
          varchar("name", 100),
          varchar("post", 100, true),
          idColumn("unitId", { nullable: true }),
          varchar("rank", 50, true),
          idColumn("townId", { nullable: true }),
          varchar("subjectKey", 200),
        ],
        indices: [
          new TableIndex({ name: "IDX_subject_report", columnNames: ["reportId"] }),
          new TableIndex({ name: "IDX_subject_key", columnNames: ["subjectKey"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "report_step",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          idColumn("reportId"),
          varchar("step", 32),
          idColumn("actorId", { nullable: true }),
          varchar("actorName", 100),
          dt("at"),
          text("summary"),
        ],
        indices: [new TableIndex({ name: "IDX_step_report", columnNames: ["reportId"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "escalation",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("reportId"),
          text("draftOpinion"),
          idColumn("draftedById"),
          dt("draftedAt"),
          idColumn("leaderId"),
          varchar("status", 16),
          text("leaderOpinion", true),
          idColumn("decidedById", { nullable: true }),
          dt("decidedAt", true),
        ],
        indices: [
          new TableIndex({ name: "IDX_escalation_report", columnNames: ["reportId"] }),
          new TableIndex({ name: "IDX_escalation_leader", columnNames: ["leaderId"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "serial_counter",
        columns: [
          { name: "year", type: "integer", isPrimary: true },
          { name: "lastSeq", type: "integer" },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "public_submission",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          varchar("keyHash", 40),
          dt("at"),
        ],
        indices: [new TableIndex({ name: "IDX_public_submission_key", columnNames: ["keyHash", "at"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "problem_category",
        columns: [
          { name: "code", type: "varchar", length: "32", isPrimary: true },
          varchar("label", 50),
          bool("active", true),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      "problem_category",
      "public_submission",
      "serial_counter",
      "escalation",
      "report_step",
      "report_subject",
      "report",
    ])
      await q.dropTable(t);
  }
}
