import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from "typeorm";
import { datetimePrecision, idColumn, largeTextType } from "@prp/kit";

const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: "varchar",
  length: String(length),
  isNullable: nullable,
});
const text = (name: string): TableColumnOptions => ({ name, type: "text" });
const bool = (name: string): TableColumnOptions => ({ name, type: "boolean", default: 0 });

/**
 * Leader-assigned cases (领导包案): the screening's view of cases, ownerships with their one
 * active owner per case (a primary key), and the owner's work. Table API only.
 */
export class CreateLeadership1764300400000 implements MigrationInterface {
  name = "CreateLeadership1764300400000";

  async up(q: QueryRunner): Promise<void> {
    const driver = q.connection.driver.options.type;
    const precision = datetimePrecision(driver);
    const dt = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: "datetime",
      precision,
      isNullable: nullable,
    });
    const large = (name: string): TableColumnOptions => ({ name, type: largeTextType(driver) });

    await q.createTable(
      new Table({
        name: "screened_case",
        columns: [
          idColumn("caseId", { primary: true }),
          idColumn("reportId"),
          varchar("serial", 20),
          idColumn("townId", { nullable: true }),
          varchar("origin", 32, true),
          idColumn("unitId", { nullable: true }),
          varchar("grade", 16, true),
          varchar("colour", 16, true),
          bool("dissatisfied"),
          bool("nominated"),
          varchar("stage", 16),
          text("reasons"),
          bool("owned"),
          bool("candidate"),
          dt("candidateSince", true),
          dt("openedAt"),
          dt("updatedAt"),
        ],
        indices: [
          new TableIndex({ name: "IDX_screened_case_report", columnNames: ["reportId"] }),
          new TableIndex({ name: "IDX_screened_case_candidate", columnNames: ["candidate"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "routed_report",
        columns: [
          idColumn("reportId", { primary: true }),
          varchar("origin", 32, true),
          idColumn("townId", { nullable: true }),
          varchar("forwardingAuthority", 200, true),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "case_nomination",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("caseId"),
          varchar("reason", 32),
          varchar("note", 500),
          idColumn("nominatedById"),
          varchar("nominatedByName", 100),
          dt("at"),
        ],
        indices: [new TableIndex({ name: "IDX_case_nomination_case", columnNames: ["caseId"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "ownership",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("caseId"),
          idColumn("reportId"),
          varchar("serial", 20),
          idColumn("leaderId"),
          varchar("leaderName", 100),
          varchar("status", 16),
          text("reasons"),
          varchar("note", 500, true),
          dt("claimedAt"),
          varchar("targetDate", 10, true),
          dt("endedAt", true),
          varchar("endReason", 500, true),
          idColumn("endedById", { nullable: true }),
          idColumn("transferredFromId", { nullable: true }),
        ],
        indices: [
          new TableIndex({ name: "IDX_ownership_case", columnNames: ["caseId"] }),
          new TableIndex({ name: "IDX_ownership_leader", columnNames: ["leaderId", "status"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "active_ownership",
        columns: [
          idColumn("caseId", { primary: true }),
          idColumn("ownershipId"),
          idColumn("leaderId"),
          varchar("leaderName", 100),
          dt("since"),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "analysis_session",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("ownershipId"),
          idColumn("caseId"),
          varchar("heldOn", 10),
          text("participants"),
          large("findings"),
          varchar("mainDirection", 500),
          idColumn("recordedById"),
          dt("recordedAt"),
        ],
        indices: [new TableIndex({ name: "IDX_analysis_session_ownership", columnNames: ["ownershipId"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "discipline_discussion",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("ownershipId"),
          idColumn("caseId"),
          varchar("heldOn", 10),
          text("participants"),
          large("finding"),
          large("measure"),
          idColumn("recordedById"),
          dt("recordedAt"),
        ],
        indices: [new TableIndex({ name: "IDX_discipline_discussion_ownership", columnNames: ["ownershipId"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "marshalled_force",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("ownershipId"),
          idColumn("caseId"),
          text("personIds"),
          text("unitIds"),
          varchar("task", 500),
          idColumn("recordedById"),
          dt("recordedAt"),
        ],
        indices: [new TableIndex({ name: "IDX_marshalled_force_ownership", columnNames: ["ownershipId"] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      "marshalled_force",
      "discipline_discussion",
      "analysis_session",
      "active_ownership",
      "ownership",
      "case_nomination",
      "routed_report",
      "screened_case",
    ])
      await q.dropTable(t);
  }
}
