import "reflect-metadata";
import { Query, Resolver } from "type-graphql";
import {
  AuditEntry,
  CreateAuditLog1764300000000,
  dropDatabase,
  startSubgraph,
  type SubgraphDefinition,
} from "@prp/kit";
import { isolatedDatabaseUrl, resetConfig } from "@prp/kit/testing";

@Resolver()
class PingResolver {
  @Query(() => String)
  ping(): string {
    return "pong";
  }
}

/** A subgraph's background work (e.g. an event consumer) runs between seeding and shutdown, with the database open. */
describe("background work of a subgraph", () => {
  beforeAll(() => {
    process.env.GATEWAY_SECRET = "background-test-secret";
    process.env.JWT_SECRET = "background-test-jwt";
    resetConfig();
  });

  it("starts after the seed with the demo-data flag, and is stopped before the database closes", async () => {
    const steps: string[] = [];
    let stopSawDatabase = false;
    const def: SubgraphDefinition = {
      name: "bgprobe",
      resolvers: [PingResolver],
      entities: [AuditEntry],
      migrations: [CreateAuditLog1764300000000],
      seed: async () => {
        steps.push("seed");
      },
      background: (db, _log, opts) => {
        steps.push(`start demoData=${opts.demoData}`);
        return {
          async stop() {
            steps.push("stop");
            stopSawDatabase = db.isInitialized && (await db.query("SELECT 1 AS one")).length === 1;
          },
        };
      },
    };
    const running = await startSubgraph(def, {
      port: 0,
      databaseUrl: isolatedDatabaseUrl(),
      demoData: false,
      log: () => {},
    });
    expect(steps).toEqual(["seed", "start demoData=false"]);
    await running.stop();
    expect(steps).toEqual(["seed", "start demoData=false", "stop"]);
    expect(stopSawDatabase).toBe(true);
    expect(running.db.isInitialized).toBe(false);
    if (running.target.dialect === "mysql") await dropDatabase(running.target);
  });

  it("is optional", async () => {
    const def: SubgraphDefinition = {
      name: "bgprobe2",
      resolvers: [PingResolver],
      entities: [AuditEntry],
      migrations: [CreateAuditLog1764300000000],
    };
    const running = await startSubgraph(def, {
      port: 0,
      databaseUrl: isolatedDatabaseUrl(),
      demoData: false,
      log: () => {},
    });
    await running.stop();
    expect(running.db.isInitialized).toBe(false);
    if (running.target.dialect === "mysql") await dropDatabase(running.target);
  });
});
