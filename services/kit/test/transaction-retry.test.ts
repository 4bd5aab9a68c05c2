import type { DataSource, EntityManager } from "typeorm";
import {
  AuditEntry,
  CreateAuditLog1764300000000,
  CreateOutbox1764300000001,
  OutboxEvent,
  TRANSACTION_ATTEMPTS,
  dropDatabase,
  inTransaction,
  isRetriableLockError,
  openDatabase,
  publishEvent,
  writeAudit,
  type DatabaseTarget,
} from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";

/** What mysql2 raises when MariaDB picks this transaction as a deadlock's victim (typeorm wraps it). */
const deadlock = () =>
  Object.assign(new Error("Deadlock found when trying to get lock; try restarting transaction"), {
    errno: 1213,
    code: "ER_LOCK_DEADLOCK",
  });

/**
 * A MySQL data source as far as inTransaction sees it: each transaction's writes stay pending and
 * are kept only when it commits; `failures` commits fail with the given error (and roll back).
 */
function fakeMysql(failures: Error[]) {
  const committed: string[] = [];
  let runs = 0;
  const db = {
    options: { type: "mysql" },
    async transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
      runs++;
      const pending: string[] = [];
      const em = { write: (row: string) => pending.push(row) } as unknown as EntityManager;
      const result = await fn(em);
      const failure = failures.shift();
      if (failure) throw failure; // rolled back: pending is dropped
      committed.push(...pending);
      return result;
    },
  } as unknown as DataSource;
  return { db, committed, runs: () => runs };
}

const write = (em: EntityManager, row: string) => (em as unknown as { write(r: string): void }).write(row);

describe("inTransaction retries a deadlocked transaction", () => {
  it("reruns the whole transaction once after errno 1213 and keeps its writes once", async () => {
    const { db, committed, runs } = fakeMysql([deadlock()]);
    const result = await inTransaction(db, async (em) => {
      write(em, "change");
      write(em, "audit");
      write(em, "outbox");
      return "done";
    });
    expect(result).toBe("done");
    expect(runs()).toBe(2);
    expect(committed).toEqual(["change", "audit", "outbox"]);
  });

  it("retries a lock wait timeout (1205), also when typeorm carries it as driverError", async () => {
    const wrapped = Object.assign(new Error("Query failed"), { driverError: { errno: 1205 } });
    const { db, committed, runs } = fakeMysql([wrapped]);
    await inTransaction(db, async (em) => write(em, "row"));
    expect(runs()).toBe(2);
    expect(committed).toEqual(["row"]);
  });

  it("gives up after the bounded number of attempts and passes the deadlock on", async () => {
    const { db, committed, runs } = fakeMysql(Array.from({ length: TRANSACTION_ATTEMPTS + 2 }, deadlock));
    await expect(inTransaction(db, async (em) => write(em, "row"))).rejects.toMatchObject({ errno: 1213 });
    expect(runs()).toBe(TRANSACTION_ATTEMPTS);
    expect(committed).toEqual([]);
  });

  it("does not retry any other error", async () => {
    const other = Object.assign(new Error("Unknown column"), { errno: 1054, code: "ER_BAD_FIELD_ERROR" });
    const { db, runs } = fakeMysql([other]);
    await expect(inTransaction(db, async () => undefined)).rejects.toBe(other);
    expect(runs()).toBe(1);
  });

  it("tells lock errors from others", () => {
    expect(isRetriableLockError(deadlock())).toBe(true);
    expect(isRetriableLockError({ code: "ER_LOCK_WAIT_TIMEOUT" })).toBe(true);
    expect(isRetriableLockError({ driverError: { errno: 1213 } })).toBe(true);
    expect(isRetriableLockError({ errno: 1062, code: "ER_DUP_ENTRY" })).toBe(false);
    expect(isRetriableLockError(null)).toBe(false);
  });
});

/** On the real database: the failed attempt's audit row and event are rolled back, the rerun writes them once. */
describe(`inTransaction retry on ${process.env.DATABASE_URL ? "MariaDB" : "SQLite"}`, () => {
  let db: DataSource;
  let target: DatabaseTarget;

  beforeAll(async () => {
    const opened = await openDatabase({
      subgraph: "tx_retry",
      entities: [AuditEntry, OutboxEvent],
      migrations: [CreateAuditLog1764300000000, CreateOutbox1764300000001],
      databaseUrl: isolatedDatabaseUrl(),
    });
    db = opened.dataSource;
    target = opened.target;
  });
  afterAll(async () => {
    await db?.destroy();
    if (target) await dropDatabase(target);
  });

  it("writes the audit row and the outbox event once when the first attempt deadlocks after writing them", async () => {
    let attempts = 0;
    await inTransaction(db, async (em) => {
      attempts++;
      await writeAudit(em, null, { action: "case.screen", entity: "Case", entityId: "retry-1" });
      await publishEvent(em, "LabelChanged", { caseId: "retry-1" });
      if (attempts === 1) throw deadlock();
    });
    expect(attempts).toBe(2);
    expect(await db.getRepository(AuditEntry).countBy({ entityId: "retry-1" })).toBe(1);
    expect(await db.getRepository(OutboxEvent).countBy({ type: "LabelChanged" })).toBe(1);
  });
});
