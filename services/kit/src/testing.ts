import { randomBytes } from "node:crypto";
import { config } from "./config";

export { resetConfig } from "./config";

/**
 * A database URL of its own for one test file: SQLite (undefined, with DATA_DIR a temp folder)
 * when DATABASE_URL is unset, else the same MySQL server under a fresh prefix.
 */
export function isolatedDatabaseUrl(base = config().databaseUrl): string | undefined {
  if (!base) return undefined;
  const url = new URL(base);
  const prefix = url.pathname.replace(/^\//, "") || "prp_test";
  url.pathname = `/${prefix}_${randomBytes(3).toString("hex")}`;
  return url.toString();
}

/**
 * Every subgraph's migration check: migrate an empty database, ask TypeORM what it would still
 * change to match the entities, then run every migration down again. Cleans up after itself.
 */
export async function migrationRoundTrip(
  subgraph: string,
  entities: Function[],
  migrations: Function[],
  tablesToCheck: string[],
): Promise<{ pendingAfterUp: string[]; pendingMigrations: boolean; tablesLeftAfterDown: number }> {
  const { openDatabase, pendingSchemaChanges, dropDatabase } = await import("./db");
  const { dataSource, target } = await openDatabase({
    subgraph,
    entities,
    migrations,
    databaseUrl: isolatedDatabaseUrl(),
  });
  try {
    const pendingAfterUp = await pendingSchemaChanges(dataSource);
    const pendingMigrations = await dataSource.showMigrations();
    for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration();
    const tablesLeftAfterDown = (await dataSource.createQueryRunner().getTables(tablesToCheck)).length;
    return { pendingAfterUp, pendingMigrations, tablesLeftAfterDown };
  } finally {
    await dataSource.destroy();
    await dropDatabase(target);
  }
}
