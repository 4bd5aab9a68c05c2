import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from "typeorm";
import { datetimePrecision, idColumn, largeTextType } from "@prp/kit";

const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: "varchar",
  length: String(length),
  isNullable: nullable,
});
const text = (name: string): TableColumnOptions => ({ name, type: "text" });

/**
 * The leaders' work outside the cases they own: petition meetings of linked towns (列席专题会议),
 * public receptions (公开接访), case visits (带案下访) and special rectification (专项整治). Table API only.
 */
export class CreateLeaderFieldWork1764300500000 implements MigrationInterface {
  name = "CreateLeaderFieldWork1764300500000";

  async up(q: QueryRunner): Promise<void> {
    const driver = q.connection.driver.options.type;
    const precision = datetimePrecision(driver);
    const dt = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: "datetime",
      precision,
      isNullable: nullable,
    });
    const large = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: largeTextType(driver),
      isNullable: nullable,
    });

    await q.createTable(
      new Table({
        name: "town_meeting",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("leaderId"),
          varchar("leaderName", 100),
          idColumn("townId"),
          varchar("heldOn", 10),
          text("topics"),
          large("decisions"),
          idColumn("recordedById"),
          dt("recordedAt"),
        ],
        indices: [
          new TableIndex({ name: "UQ_town_meeting", columnNames: ["leaderId", "townId", "heldOn"], isUnique: true }),
          new TableIndex({ name: "IDX_town_meeting_town", columnNames: ["townId", "heldOn"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "reception",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("leaderId"),
          varchar("leaderName", 100),
          varchar("leaderTitle", 100, true),
          varchar("receptionDate", 10),
          varchar("startTime", 5),
          varchar("endTime", 5),
          varchar("place", 200),
          varchar("status", 16),
          { name: "visitorsReceived", type: "integer", isNullable: true },
          text("reportIds"),
          large("summary", true),
          varchar("cancelReason", 500, true),
          idColumn("scheduledById"),
          dt("scheduledAt"),
          dt("updatedAt"),
        ],
        indices: [
          new TableIndex({
            name: "UQ_reception_slot",
            columnNames: ["leaderId", "receptionDate", "startTime"],
            isUnique: true,
          }),
          new TableIndex({ name: "IDX_reception_date", columnNames: ["receptionDate"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "case_visit",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("leaderId"),
          varchar("leaderName", 100),
          idColumn("townId"),
          varchar("visitedOn", 10),
          text("caseIds"),
          large("outcome"),
          idColumn("recordedById"),
          dt("recordedAt"),
        ],
        indices: [
          new TableIndex({ name: "UQ_case_visit", columnNames: ["leaderId", "townId", "visitedOn"], isUnique: true }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "campaign",
        columns: [
          idColumn("id", { primary: true }),
          varchar("topic", 200),
          varchar("scope", 1000),
          varchar("periodFrom", 10),
          varchar("periodTo", 10),
          idColumn("leadUnitId"),
          varchar("status", 16),
          text("reportIds"),
          text("caseIds"),
          large("results", true),
          idColumn("startedById"),
          dt("startedAt"),
          dt("closedAt", true),
        ],
        indices: [new TableIndex({ name: "UQ_campaign_topic", columnNames: ["topic", "periodFrom"], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: "campaign_note",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("campaignId"),
          varchar("notedOn", 10),
          large("text"),
          idColumn("recordedById"),
          dt("recordedAt"),
        ],
        indices: [new TableIndex({ name: "IDX_campaign_note_campaign", columnNames: ["campaignId"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "campaign_rule",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("campaignId"),
          varchar("title", 200),
          varchar("issuingUnit", 200),
          varchar("issuedOn", 10),
          idColumn("recordedById"),
          dt("recordedAt"),
        ],
        indices: [new TableIndex({ name: "UQ_campaign_rule", columnNames: ["campaignId", "title"], isUnique: true })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ["campaign_rule", "campaign_note", "campaign", "case_visit", "reception", "town_meeting"])
      await q.dropTable(t);
  }
}
