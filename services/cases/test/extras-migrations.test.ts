import { migrationRoundTrip } from "@prp/kit/testing";
import { entities } from "../src/entities";
import { migrations } from "../src/migrations";

const EXTRAS_TABLES = [
  "reporter_contact",
  "case_label",
  "case_label_change",
  "report_fact",
  "screening_lease",
  "transfer_feedback",
  "transfer_supervision",
  "transfer_overdue_notice",
];

describe(`the reporter loop, colour label and transfer supervision tables on ${process.env.DATABASE_URL ? "MySQL/MariaDB" : "SQLite"}`, () => {
  it("match their entities after migrating up, and are gone after migrating down", async () => {
    const r = await migrationRoundTrip("cases", entities, migrations, EXTRAS_TABLES);
    expect(r.pendingAfterUp).toEqual([]);
    expect(r.pendingMigrations).toBe(false);
    expect(r.tablesLeftAfterDown).toBe(0);
  });
});
