import type { DataSource, EntityManager } from "typeorm";
import type { AuthUser } from "./auth";
import type { AppError } from "./core/errors";
import { Loaders } from "./loaders";
import { conflict } from "./core/errors";
import { isUniqueViolation } from "./error-format";

/** What every resolver receives. */
export interface SubgraphContext {
  subgraph: string;
  db: DataSource;
  user?: AuthUser;
  /** A token was sent but was bad or expired: raised when a protected field is asked for. */
  authError?: AppError;
  loaders: Loaders;
  /** Client IP as the gateway saw it (for throttling public endpoints). */
  clientIp: string;
}

const sqliteLocks = new WeakMap<DataSource, Promise<unknown>>();

/** MySQL/MariaDB errors after which the whole transaction may simply run again: ER_LOCK_DEADLOCK, ER_LOCK_WAIT_TIMEOUT. */
export const RETRIED_LOCK_ERRNOS: readonly number[] = [1213, 1205];
/** How many times a transaction runs at most when it keeps losing a deadlock (the first run included). */
export const TRANSACTION_ATTEMPTS = 3;

/** True for a deadlock or a lock wait timeout (MySQL/MariaDB), as the driver or typeorm's QueryFailedError reports it. */
export function isRetriableLockError(err: unknown): boolean {
  const e = err as { errno?: unknown; code?: unknown; driverError?: { errno?: unknown; code?: unknown } } | null;
  if (!e || typeof e !== "object") return false;
  const errno = e.driverError?.errno ?? e.errno;
  const code = e.driverError?.code ?? e.code;
  return (
    (typeof errno === "number" && RETRIED_LOCK_ERRNOS.includes(errno)) ||
    code === "ER_LOCK_DEADLOCK" ||
    code === "ER_LOCK_WAIT_TIMEOUT"
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs fn in one database transaction: the change and its audit row commit together or not at all.
 * SQLite has one connection, so its transactions are queued one after another.
 *
 * A transaction the database rolled back for a deadlock or a lock wait timeout (MariaDB under
 * concurrent screenings, errno 1213 / 1205) runs again from the start, up to TRANSACTION_ATTEMPTS
 * times in all: the rollback undid everything it wrote, outbox events and audit rows included, so
 * a rerun writes each of them once. Any other error, and the last attempt's, reaches the caller.
 * fn must therefore keep its effects inside the transaction (which use cases do).
 */
export async function inTransaction<T>(db: DataSource, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  // A unique index that wins a race against our own pre-check is still a clear CONFLICT.
  const guarded = (em: EntityManager) =>
    fn(em).catch((err) => {
      if (isUniqueViolation(err)) throw conflict("该记录与已有记录重复（编码、名称或登录名已被使用）");
      throw err;
    });
  const once = () => {
    if (db.options.type !== "better-sqlite3") return db.transaction(guarded);
    const previous = sqliteLocks.get(db) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => db.transaction(guarded));
    sqliteLocks.set(
      db,
      run.catch(() => undefined),
    );
    return run;
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await once();
    } catch (err) {
      if (attempt >= TRANSACTION_ATTEMPTS || !isRetriableLockError(err)) throw err;
      // a short, growing, jittered pause so the two transactions that deadlocked do not meet again
      await pause(10 * attempt + Math.floor(Math.random() * 10 * attempt));
    }
  }
}
