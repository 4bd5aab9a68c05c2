import { openDatabase, pendingSchemaChanges, dropDatabase, isolatedDatabaseUrl } from "@prp/kit";
import { entities } from "../src/entities";
import { migrations } from "../src/migrations";

describe(`intake migrations on ${process.env.DATABASE_URL ? "MySQL/MariaDB" : "SQLite"}`, () => {
  it("create a schema the entities agree with (no pending change), and run down again", async () => {
    const { dataSource, target } = await openDatabase({ subgraph: "intake", entities, migrations, databaseUrl: isolatedDatabaseUrl() });
    try {
      expect(await pendingSchemaChanges(dataSource)).toEqual([]);
      // a second run finds nothing to do
      expect(await dataSource.showMigrations()).toBe(false);
      for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration();
      const tables = await dataSource.createQueryRunner().getTables(["report", "report_subject"]);
      expect(tables).toHaveLength(0);
    } finally {
      await dataSource.destroy();
      await dropDatabase(target);
    }
  });
});
