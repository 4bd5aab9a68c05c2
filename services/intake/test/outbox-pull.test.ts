import { randomUUID } from "node:crypto";
import { GraphQLClient } from "graphql-request";
import {
  AuditEntry,
  ConsumedEvent,
  ConsumerCursor,
  CreateAuditLog1764300000000,
  CreateConsumerTables1764300000002,
  OutboxConsumer,
  Role,
  dropDatabase,
  graphEventSource,
  openDatabase,
  signToken,
  startSubgraph,
  writeAudit,
  type DatabaseTarget,
  type RunningSubgraph,
  everySessionValid,
} from "@prp/kit";
import { isolatedDatabaseUrl, resetConfig } from "@prp/kit/testing";
import type { DataSource } from "typeorm";
import { subgraph as intakeSubgraph } from "../src/subgraph";

/**
 * The consumer side as case handling will run it: pull intake's ReportRouted events over the
 * graph, apply each once, catch up after being down.
 */
describe("routing events pulled from intake over the graph", () => {
  let intake: RunningSubgraph;
  let consumerDb: DataSource;
  let consumerTarget: DatabaseTarget;
  let officer: GraphQLClient;
  let leader: GraphQLClient;

  beforeAll(async () => {
    process.env.GATEWAY_SECRET = "outbox-pull-secret";
    process.env.JWT_SECRET = "outbox-pull-jwt";
    process.env.PII_KEY = Buffer.alloc(32, 5).toString("base64");
    process.env.DIRECTORY_URL = "http://127.0.0.1:9/graphql";
    const url = isolatedDatabaseUrl();
    intake = await startSubgraph(intakeSubgraph, {
      isSessionValid: everySessionValid,
      port: 0,
      databaseUrl: url,
      demoData: false,
      log: () => {},
    });
    process.env.INTAKE_URL = intake.url;
    resetConfig(); // the consumer finds intake through the configuration, read again with the new URL
    const c = await openDatabase({
      subgraph: "cases_probe",
      entities: [AuditEntry, ConsumedEvent, ConsumerCursor],
      migrations: [CreateAuditLog1764300000000, CreateConsumerTables1764300000002],
      databaseUrl: url,
    });
    consumerDb = c.dataSource;
    consumerTarget = c.target;
    const client = async (roles: Role[], name: string) =>
      new GraphQLClient(intake.url, {
        headers: {
          authorization: `Bearer ${await signToken({ id: randomUUID(), username: name, displayName: name, roles, departmentId: null, townIds: [], sessionId: randomUUID() })}`,
          "x-gateway-secret": "outbox-pull-secret",
        },
      });
    officer = await client([Role.PETITION_OFFICER], "officer");
    leader = await client([Role.LEADER], "leader");
  });
  afterAll(async () => {
    await intake?.stop();
    await consumerDb?.destroy();
    if (intake?.target.dialect === "mysql") await dropDatabase(intake.target);
    if (consumerTarget) await dropDatabase(consumerTarget);
  });

  /** Registers and triages a report to a decision that needs no directory look-up (HOLD). */
  async function routeOne(n: number): Promise<string> {
    const { registerReport } = await officer.request<any>(
      `mutation($i: RegisterReportInput!) { registerReport(input: $i) { id } }`,
      {
        i: {
          channel: "LETTER",
          postmarkDate: "2026-11-01",
          reporter: { realName: false },
          category: "OTHER",
          summary: `测试件${n}`,
          content: `测试内容第${n}件，反映某干部违规问题，具体情况待查。`,
        },
      },
    );
    const id = registerReport.id;
    await officer.request(`mutation($id: ID!) { distinguishReport(id: $id, input: { scope: IN_SCOPE }) { status } }`, {
      id,
    });
    await officer.request(`mutation($id: ID!) { checkReport(id: $id, input: { flags: [] }) { status } }`, { id });
    await leader.request(
      `mutation($id: ID!) { decideReport(id: $id, input: { disposition: HOLD, opinion: "暂存待查" }) { status } }`,
      { id },
    );
    return id;
  }

  const applied = async () =>
    (await consumerDb.getRepository(AuditEntry).find({ order: { id: "ASC" } })).map((a) => a.entityId);
  const handler = async (event: any, em: any) => {
    if (event.type === "ReportRouted")
      await writeAudit(em, null, { action: "case.open", entity: "Case", entityId: event.payload.reportId });
  };

  it("catches up on events routed while the consumer was down, each applied once", async () => {
    const first = [await routeOne(1), await routeOne(2)];
    const consumer = new OutboxConsumer(consumerDb, graphEventSource("cases", "intake"), handler, { batchSize: 1 });
    expect(await consumer.pollOnce()).toBe(2);
    expect(await applied()).toEqual(first);

    const later = await routeOne(3);
    expect(await consumer.pollOnce()).toBe(1);
    expect(await consumer.pollOnce()).toBe(0);
    expect(await applied()).toEqual([...first, later]);
  });

  it("refuses the event feed to people without the service or admin role", async () => {
    await expect(officer.request(`{ intakeEvents { eventId } }`)).rejects.toThrow(/无权/);
  });
});
