import { migrationRoundTrip } from "@prp/kit/testing";
import { entities } from "../src/entities";
import { migrations } from "../src/migrations";

describe(`leadership migrations on ${process.env.DATABASE_URL ? "MySQL/MariaDB" : "SQLite"}`, () => {
  it("create a schema the entities agree with (no pending change), and run down again", async () => {
    const r = await migrationRoundTrip("leadership", entities, migrations, [
      "screened_case",
      "routed_report",
      "case_nomination",
      "ownership",
      "active_ownership",
      "analysis_session",
      "discipline_discussion",
      "marshalled_force",
      "town_meeting",
      "reception",
      "case_visit",
      "campaign",
      "campaign_note",
      "campaign_rule",
      "risk_formula_setting",
      "audit_log",
      "outbox_event",
      "consumed_event",
      "consumer_cursor",
    ]);
    expect(r.pendingAfterUp).toEqual([]);
    expect(r.pendingMigrations).toBe(false);
    expect(r.tablesLeftAfterDown).toBe(0);
  });
});
