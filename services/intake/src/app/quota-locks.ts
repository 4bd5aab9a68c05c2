import { In, type EntityManager } from "typeorm";
import { isUniqueViolation } from "@prp/kit";
import { QuotaLock } from "../entities/QuotaLock";
import { reader, type IntakeDeps } from "./intake-deps";

/**
 * Counting earlier uses and recording a new one must be one step for concurrent requests, or ten
 * submissions sent at once all see "four so far" and all pass a limit of five. The rule: create
 * the source's lock row first (outside the transaction, a concurrent creator simply wins), then,
 * as the FIRST statement of the transaction that counts and records, hold it until commit.
 */
export async function ensureQuotaLocks(deps: Pick<IntakeDeps, "db">, quotaKeys: string[]): Promise<void> {
  const em = reader(deps);
  const existing = new Set((await em.find(QuotaLock, { where: { quotaKey: In(quotaKeys) } })).map((l) => l.quotaKey));
  for (const quotaKey of quotaKeys.filter((k) => !existing.has(k))) {
    try {
      await em.insert(QuotaLock, { quotaKey });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
}

/**
 * Holds the lock rows until the transaction ends. MySQL: row locks, taken in key order (no
 * deadlock between two requests sharing keys); as locking reads they open no snapshot, so the
 * counting that follows sees every use committed before. SQLite: the data source's transactions
 * already run one at a time (kit inTransaction).
 */
export async function holdQuotaLocks(em: EntityManager, quotaKeys: string[]): Promise<void> {
  if (em.connection.options.type === "better-sqlite3") return;
  for (const quotaKey of [...quotaKeys].sort()) {
    const row = await em.findOne(QuotaLock, { where: { quotaKey }, lock: { mode: "pessimistic_write" } });
    if (!row) throw new Error(`quota lock ${quotaKey} missing`);
  }
}
