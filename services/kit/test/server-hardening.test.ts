import "reflect-metadata";
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Query, Resolver } from "type-graphql";
import { openDatabase, resolveDatabaseTarget, dropDatabase } from "../src/db";
import { startSubgraph, type RunningSubgraph } from "../src/server";
import { GATEWAY_SECRET_HEADER, readSecret } from "../src/secrets";
import { everySessionValid } from "../src/token-cache";
import { isolatedDatabaseUrl } from "../src/testing";
import type { SubgraphDefinition } from "../src/definition";

@Resolver()
class PingResolver {
  @Query(() => String)
  ping(): string {
    return "pong";
  }
}

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe("SQLite files are private to their owner (0600)", () => {
  it("creates the database, its -wal and -shm files 0600, and narrows an older world-readable file", async () => {
    const { dataSource, target } = await openDatabase({
      subgraph: "permcheck",
      entities: [],
      migrations: [],
      databaseUrl: null,
    });
    try {
      await dataSource.query("CREATE TABLE t (x INTEGER)");
      await dataSource.query("INSERT INTO t VALUES (1)");
      expect(modeOf(target.database)).toBe(0o600);
      for (const suffix of ["-wal", "-shm"]) {
        expect([suffix, existsSync(target.database + suffix)]).toEqual([suffix, true]);
        expect([suffix, modeOf(target.database + suffix)]).toEqual([suffix, 0o600]);
      }
    } finally {
      await dataSource.destroy();
    }

    const older = resolveDatabaseTarget("permolder", null);
    mkdirSync(join(older.database, ".."), { recursive: true });
    writeFileSync(older.database, "");
    chmodSync(older.database, 0o644);
    const reopened = await openDatabase({ subgraph: "permolder", entities: [], migrations: [], databaseUrl: null });
    await reopened.dataSource.destroy();
    expect(modeOf(older.database)).toBe(0o600);
    await dropDatabase(older);
    await dropDatabase(target);
  });
});

describe("subgraph HTTP answers", () => {
  let running: RunningSubgraph;
  const def: SubgraphDefinition = { name: "probe", resolvers: [PingResolver], entities: [], migrations: [] };

  beforeAll(async () => {
    running = await startSubgraph(def, {
      port: 0,
      databaseUrl: isolatedDatabaseUrl(),
      isSessionValid: everySessionValid,
      log: () => undefined,
    });
  });
  afterAll(async () => {
    await running?.stop();
    if (running) await dropDatabase(running.target);
  });

  it("carry X-Content-Type-Options: nosniff on every path, refusals included", async () => {
    const post = (headers: Record<string, string>) =>
      fetch(running.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: "{ ping }" }),
      });
    const answered = await post({ [GATEWAY_SECRET_HEADER]: readSecret("GATEWAY_SECRET") });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ data: { ping: "pong" } });
    const refused = await post({});
    expect(refused.status).toBe(403);
    const health = await fetch(running.url.replace(/\/graphql$/, "/health"));
    const missing = await fetch(running.url.replace(/\/graphql$/, "/nothing-here"));
    for (const res of [answered, refused, health, missing]) {
      expect([res.url, res.status, res.headers.get("x-content-type-options")]).toEqual([
        res.url,
        res.status,
        "nosniff",
      ]);
    }
  });
});
