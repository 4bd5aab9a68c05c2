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

/**
 * Runs fn in one database transaction: the change and its audit row commit together or not at all.
 * SQLite has one connection, so its transactions are queued one after another.
 */
export async function inTransaction<T>(db: DataSource, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  // A unique index that wins a race against our own pre-check is still a clear CONFLICT.
  const guarded = (em: EntityManager) =>
    fn(em).catch((err) => {
      if (isUniqueViolation(err)) throw conflict("该记录与已有记录重复（编码、名称或登录名已被使用）");
      throw err;
    });
  if (db.options.type !== "better-sqlite3") return db.transaction(guarded);
  const previous = sqliteLocks.get(db) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => db.transaction(guarded));
  sqliteLocks.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}
