import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from "typeorm";
import { datetimePrecision, idColumn } from "@prp/kit";

const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: "varchar",
  length: String(length),
  isNullable: nullable,
});
const text = (name: string): TableColumnOptions => ({ name, type: "text" });

/**
 * The reporter loop (contacts with real-name reporters), colour labels (current label, its
 * history, the report facts they come from, the lease that lets one replica screen), and
 * transfer feedback and supervision. Table API only.
 */
export class CreateCasesExtras1764300310000 implements MigrationInterface {
  name = "CreateCasesExtras1764300310000";

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
        name: "reporter_contact",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("caseId"),
          varchar("kind", 24),
          varchar("channel", 16),
          dt("at"),
          varchar("who", 100),
          text("said"),
          varchar("response", 24, true),
          idColumn("recordedById", { nullable: true }),
          dt("recordedAt"),
        ],
        indices: [new TableIndex({ name: "IDX_reporter_contact_case", columnNames: ["caseId", "at"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "case_label",
        columns: [
          idColumn("caseId", { primary: true }),
          varchar("colour", 8, true),
          { ...varchar("categories", 200), default: "''" },
          text("findings"),
          dt("screenedAt"),
          dt("changedAt"),
        ],
        indices: [new TableIndex({ name: "IDX_case_label_colour", columnNames: ["colour"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "case_label_change",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("caseId"),
          varchar("fromColour", 8, true),
          varchar("toColour", 8, true),
          text("findings"),
          dt("at"),
          idColumn("screeningId"),
        ],
        indices: [new TableIndex({ name: "IDX_case_label_change_case", columnNames: ["caseId", "at"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "report_fact",
        columns: [
          idColumn("reportId", { primary: true }),
          dt("receivedAt"),
          varchar("origin", 32, true),
          text("repeatOf"),
          { name: "coSigners", type: "integer", default: 0 },
          dt("updatedAt"),
        ],
        indices: [new TableIndex({ name: "IDX_report_fact_received", columnNames: ["receivedAt"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "screening_lease",
        columns: [
          { ...varchar("job", 40), isPrimary: true },
          { ...varchar("slot", 40), default: "''" },
          varchar("holder", 80, true),
          dt("leaseUntil"),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "transfer_feedback",
        columns: [
          idColumn("transferId", { primary: true }),
          text("content"),
          text("attachments"),
          dt("at"),
          idColumn("byId"),
          varchar("byName", 100),
          dt("recordedAt"),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "transfer_supervision",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("transferId"),
          varchar("mode", 16),
          dt("at"),
          idColumn("byId"),
          varchar("byName", 100),
          text("note"),
        ],
        indices: [new TableIndex({ name: "IDX_transfer_supervision_transfer", columnNames: ["transferId", "at"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "transfer_overdue_notice",
        columns: [idColumn("transferId", { primary: true }), { ...varchar("dueDate", 10), isPrimary: true }, dt("at")],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      "transfer_overdue_notice",
      "transfer_supervision",
      "transfer_feedback",
      "screening_lease",
      "report_fact",
      "case_label_change",
      "case_label",
      "reporter_contact",
    ])
      await q.dropTable(t);
  }
}
