import { migrationRoundTrip } from "@prp/kit/testing";
import { entities } from "../src/entities";
import { migrations } from "../src/migrations";

describe(`cases migrations on ${process.env.DATABASE_URL ? "MySQL/MariaDB" : "SQLite"}`, () => {
  it("create a schema the entities agree with (no pending change), and run down again", async () => {
    const r = await migrationRoundTrip("cases", entities, migrations, [
      "handling_case",
      "case_unit",
      "case_history",
      "case_progress",
      "joint_task",
      "transfer",
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
