import { migrationRoundTrip } from "@prp/kit/testing";
import { entities } from "../src/entities";
import { migrations } from "../src/migrations";

describe(`intake migrations on ${process.env.DATABASE_URL ? "MySQL/MariaDB" : "SQLite"}`, () => {
  it("create a schema the entities agree with (no pending change), and run down again", async () => {
    const r = await migrationRoundTrip("intake", entities, migrations, [
      "report",
      "report_subject",
      "outbox_event",
      "consumed_event",
      "consumer_cursor",
      "report_handler",
      "report_owner",
    ]);
    expect(r.pendingAfterUp).toEqual([]);
    expect(r.pendingMigrations).toBe(false);
    expect(r.tablesLeftAfterDown).toBe(0);
  });
});
