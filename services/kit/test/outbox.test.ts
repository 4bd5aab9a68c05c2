import type { DataSource } from "typeorm";
import {
  AuditEntry,
  ConsumedEvent,
  ConsumerCursor,
  CreateAuditLog1764300000000,
  CreateConsumerTables1764300000002,
  CreateOutbox1764300000001,
  OutboxConsumer,
  OutboxEvent,
  dropDatabase,
  inTransaction,
  openDatabase,
  pendingSchemaChanges,
  publishEvent,
  readOutbox,
  writeAudit,
  type DatabaseTarget,
  type EventSource,
} from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";

/** Producer and consumer each with their own database, as two subgraphs would be. */
describe(`transactional outbox (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let producer: DataSource;
  let consumer: DataSource;
  const targets: DatabaseTarget[] = [];

  beforeAll(async () => {
    const url = isolatedDatabaseUrl();
    const p = await openDatabase({
      subgraph: "outbox_producer",
      entities: [AuditEntry, OutboxEvent],
      migrations: [CreateAuditLog1764300000000, CreateOutbox1764300000001],
      databaseUrl: url,
    });
    const c = await openDatabase({
      subgraph: "outbox_consumer",
      entities: [AuditEntry, ConsumedEvent, ConsumerCursor],
      migrations: [CreateAuditLog1764300000000, CreateConsumerTables1764300000002],
      databaseUrl: url,
    });
    producer = p.dataSource;
    consumer = c.dataSource;
    targets.push(p.target, c.target);
  });
  afterAll(async () => {
    await producer?.destroy();
    await consumer?.destroy();
    for (const t of targets) await dropDatabase(t);
  });

  /** A producer-side change: its audit row and its event commit together. */
  const route = (reportId: string) =>
    inTransaction(producer, async (em) => {
      await writeAudit(em, null, { action: "report.decide", entity: "Report", entityId: reportId });
      await publishEvent(em, "ReportRouted", { reportId });
    });

  let deliveries = 0;
  const source: EventSource = {
    name: "intake",
    fetch: (after, limit) => {
      deliveries++;
      return readOutbox(producer, after, limit);
    },
  };
  const applied = () => consumer.getRepository(AuditEntry).find({ order: { id: "ASC" } });
  let failOn: string | undefined;
  const handler = async (event: { type: string; payload: any }, em: any) => {
    if (event.payload.reportId === failOn) throw new Error("consumer crashed while applying");
    await writeAudit(em, null, { action: `applied.${event.type}`, entity: "Case", entityId: event.payload.reportId });
  };

  it("creates tables the entities agree with", async () => {
    expect(await pendingSchemaChanges(producer)).toEqual([]);
    expect(await pendingSchemaChanges(consumer)).toEqual([]);
  });

  it("writes no event when the producer's transaction fails", async () => {
    await expect(
      inTransaction(producer, async (em) => {
        await publishEvent(em, "ReportRouted", { reportId: "never" });
        throw new Error("validation failed after the event was written");
      }),
    ).rejects.toThrow();
    expect(await producer.getRepository(OutboxEvent).count()).toBe(0);
  });

  it("lets a consumer that was down catch up in order, applying each event once", async () => {
    // the consumer is not running while three reports are routed
    for (const id of ["r1", "r2", "r3"]) await route(id);
    const c = new OutboxConsumer(consumer, source, handler, { batchSize: 2 });
    expect(await c.pollOnce()).toBe(3);
    expect((await applied()).map((a) => a.entityId)).toEqual(["r1", "r2", "r3"]);
    expect(await c.pollOnce()).toBe(0);

    await route("r4");
    expect(await c.pollOnce()).toBe(1);
    expect((await applied()).map((a) => a.entityId)).toEqual(["r1", "r2", "r3", "r4"]);
    expect(await c.cursor()).toBe((await producer.getRepository(OutboxEvent).find()).at(-1)!.position);
  });

  it("skips events delivered again (a lost cursor, a relay that retries)", async () => {
    await consumer.getRepository(ConsumerCursor).update({ source: "intake" }, { position: 0 });
    const c = new OutboxConsumer(consumer, source, handler);
    expect(await c.pollOnce()).toBe(0);
    expect((await applied()).length).toBe(4);
  });

  it("resumes after a crash mid-batch without losing or repeating an event", async () => {
    for (const id of ["r5", "r6", "r7"]) await route(id);
    const c = new OutboxConsumer(consumer, source, handler);
    failOn = "r6";
    await expect(c.pollOnce()).rejects.toThrow(/crashed/);
    expect((await applied()).map((a) => a.entityId)).toEqual(["r1", "r2", "r3", "r4", "r5"]);
    failOn = undefined;
    expect(await c.pollOnce()).toBe(2);
    expect((await applied()).map((a) => a.entityId)).toEqual(["r1", "r2", "r3", "r4", "r5", "r6", "r7"]);
    expect(await consumer.getRepository(ConsumedEvent).count()).toBe(7);
  });

  it("keeps polling on an interval and survives an unreachable producer", async () => {
    const logs: string[] = [];
    let down = true;
    const flaky: EventSource = {
      name: "intake",
      fetch: (a, l) => (down ? Promise.reject(new Error("ECONNREFUSED")) : readOutbox(producer, a, l)),
    };
    const c = new OutboxConsumer(consumer, flaky, handler, { intervalMs: 20, log: (l) => logs.push(l) });
    await route("r8");
    c.start();
    await new Promise((r) => setTimeout(r, 100));
    expect(logs.some((l) => l.includes("ECONNREFUSED"))).toBe(true);
    down = false;
    for (let i = 0; i < 100 && (await applied()).length < 8; i++) await new Promise((r) => setTimeout(r, 20));
    await c.stop();
    expect((await applied()).map((a) => a.entityId).at(-1)).toBe("r8");
    expect(deliveries).toBeGreaterThan(0);
  });
});
