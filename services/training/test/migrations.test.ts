import { migrationRoundTrip } from "@prp/kit/testing";
import { entities } from "../src/entities";
import { migrations } from "../src/migrations";

describe(`training migrations on ${process.env.DATABASE_URL ? "MySQL/MariaDB" : "SQLite"}`, () => {
  it("create a schema the entities agree with (no pending change), and run down again", async () => {
    const r = await migrationRoundTrip("training", entities, migrations, [
      "course",
      "training_session",
      "attendance",
      "question",
      "quiz",
      "quiz_attempt",
      "attempt_item",
      "drill_competition",
      "drill_round",
      "drill_score",
      "research_project",
    ]);
    expect(r.pendingAfterUp).toEqual([]);
    expect(r.pendingMigrations).toBe(false);
    expect(r.tablesLeftAfterDown).toBe(0);
  });
});
