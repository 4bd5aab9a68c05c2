import type { DataSource } from "typeorm";
import { ReportRouted, type ReportRoutedV4 } from "@prp/contracts";
import {
  AuditEntry,
  ConsumedEvent,
  ConsumerCursor,
  CreateAuditLog1764300000000,
  CreateConsumerTables1764300000002,
  CreateOutbox1764300000001,
  OutboxConsumer,
  OutboxEvent,
  RefusedEventError,
  contractHandler,
  dropDatabase,
  inTransaction,
  on,
  openDatabase,
  publish,
  publishEvent,
  readOutbox,
  writeAudit,
  type DatabaseTarget,
  type EventSource,
} from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";

const routed = (reportId: string): ReportRoutedV4 => ({
  reportId,
  serial: "2026-000001",
  disposition: "HOLD",
  handlingDepartmentId: null,
  copyToDepartmentId: null,
  dueDate: null,
  gradeHint: "SIMPLE",
  realName: false,
  decidedAt: "2026-11-28T02:00:00.000Z",
  decidedBy: "leader-1",
  origin: "SELF_RECEIVED",
  forwardingAuthority: null,
  townId: null,
  receivedAt: "2026-11-27T02:00:00.000Z",
  repeatOf: [],
  coSigners: 0,
  authorityDueDate: null,
});
/** The same routing as intake wrote it before version 2. */
const routedV1 = (reportId: string) => {
  const {
    origin: _o,
    forwardingAuthority: _f,
    townId: _t,
    receivedAt: _r,
    repeatOf: _p,
    coSigners: _c,
    authorityDueDate: _a,
    ...v1
  } = routed(reportId);
  return v1;
};

/** Contracts on both ends of the outbox: a producer cannot write a bad payload, a consumer refuses one it does not understand. */
describe(`outbox with event contracts (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let producer: DataSource;
  let consumer: DataSource;
  const targets: DatabaseTarget[] = [];
  const source: EventSource = { name: "intake", fetch: (after, limit) => readOutbox(producer, after, limit) };
  const applied = async () =>
    (await consumer.getRepository(AuditEntry).find({ order: { id: "ASC" } })).map((a) => a.entityId);
  const handler = contractHandler([
    on(ReportRouted, async (payload, _event, em) =>
      writeAudit(em, null, { action: "case.open", entity: "Case", entityId: payload.reportId }),
    ),
  ]);

  beforeAll(async () => {
    const url = isolatedDatabaseUrl();
    const p = await openDatabase({
      subgraph: "contract_producer",
      entities: [AuditEntry, OutboxEvent],
      migrations: [CreateAuditLog1764300000000, CreateOutbox1764300000001],
      databaseUrl: url,
    });
    const c = await openDatabase({
      subgraph: "contract_consumer",
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

  it("stores a published payload with its contract's name and version", async () => {
    const at = new Date("2026-11-28T02:00:00.000Z");
    await inTransaction(producer, (em) => publish(em, ReportRouted, routed("r1"), at));
    const [row] = await producer.getRepository(OutboxEvent).find();
    expect(row.type).toBe("ReportRouted");
    expect(JSON.parse(row.payload)).toEqual({ ...routed("r1"), $version: 4 });
    expect(row.createdAt.toISOString()).toBe(at.toISOString());
  });

  it("refuses to publish a payload its contract refuses, and writes nothing", async () => {
    await expect(
      inTransaction(producer, (em) => publish(em, ReportRouted, { ...routed("bad"), disposition: "NOPE" } as never)),
    ).rejects.toThrow(/disposition/);
    expect(await producer.getRepository(OutboxEvent).count()).toBe(1);
  });

  it("applies valid events, and stops loudly at one it does not understand, without skipping it", async () => {
    const consumerRun = new OutboxConsumer(consumer, source, handler);
    expect(await consumerRun.pollOnce()).toBe(1);
    expect(await applied()).toEqual(["r1"]);
    const before = await consumerRun.cursor();

    // a producer on a newer contract version, then a valid event behind it
    await inTransaction(producer, (em) =>
      publishEvent(em, "ReportRouted", { ...routed("r2"), $version: 5, newField: true }),
    );
    await inTransaction(producer, (em) => publish(em, ReportRouted, routed("r3")));

    const refusal = consumerRun.pollOnce();
    await expect(refusal).rejects.toThrow(RefusedEventError);
    await expect(refusal).rejects.toThrow(/ReportRouted.*版本 4/);
    expect(await consumerRun.cursor()).toBe(before);
    expect(await consumer.getRepository(ConsumedEvent).count()).toBe(1);
    expect(await applied()).toEqual(["r1"]);
    // a second poll meets the same event again: refused again, never skipped
    await expect(consumerRun.pollOnce()).rejects.toThrow(RefusedEventError);
    expect(await consumerRun.cursor()).toBe(before);
  });

  it("logs the refusal when polling on an interval", async () => {
    const logs: string[] = [];
    const c = new OutboxConsumer(consumer, source, handler, { intervalMs: 20, log: (l) => logs.push(l) });
    c.start();
    for (let i = 0; i < 50 && !logs.length; i++) await new Promise((r) => setTimeout(r, 20));
    await c.stop();
    expect(logs[0]).toMatch(/^intake: 拒绝处理事件 ReportRouted/);
    expect(await applied()).toEqual(["r1"]);
  });

  it("passes events of types nobody subscribed to, and reads payloads stored before versions as version 1", async () => {
    const other = await openDatabase({
      subgraph: "contract_consumer2",
      entities: [AuditEntry, ConsumedEvent, ConsumerCursor],
      migrations: [CreateAuditLog1764300000000, CreateConsumerTables1764300000002],
      databaseUrl: isolatedDatabaseUrl(),
    });
    targets.push(other.target);
    try {
      const events = [
        { eventId: "e1", position: 1, type: "SomethingElse", payload: { anything: 1 }, createdAt: new Date() },
        { eventId: "e2", position: 2, type: "ReportRouted", payload: routedV1("old"), createdAt: new Date() },
      ];
      const fixed: EventSource = { name: "intake", fetch: async (after) => events.filter((e) => e.position > after) };
      const c = new OutboxConsumer(other.dataSource, fixed, handler);
      expect(await c.pollOnce()).toBe(2);
      expect((await other.dataSource.getRepository(AuditEntry).find()).map((a) => a.entityId)).toEqual(["old"]);
    } finally {
      await other.dataSource.destroy();
    }
  });
});
