import { DataSource, EntityManager } from "typeorm";
import { inTransaction, type AuthUser, type Clock } from "@prp/kit";
import type { PasswordHasher } from "../domain/passwords";

/**
 * Who is acting: a signed-in person, or `SYSTEM` (null) for the platform itself (first start,
 * demo data); the audit log then names "系统".
 */
export type Actor = AuthUser | null;
export const SYSTEM: Actor = null;

/**
 * Where a use case reads and writes. A data source: the use case runs in a transaction of its
 * own. An entity manager: the caller already holds a transaction (the first-start seed writes
 * everything in one) and the use case runs inside it.
 */
export type Db = DataSource | EntityManager;

/** What every use case is handed, explicitly, instead of reaching for globals. */
export interface UseCaseContext {
  db: Db;
  actor: Actor;
  clock: Clock;
}

/** The password collaborator, for the use cases that keep or check passwords. */
export interface WithPasswords {
  passwords: PasswordHasher;
}

/** Runs one use case's writes and its audit row all-or-nothing (see Db). */
export function transaction<T>(db: Db, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return db instanceof EntityManager ? work(db) : inTransaction(db, work);
}

/** For reads: the manager to query with. */
export function reader(db: Db): EntityManager {
  return db instanceof DataSource ? db.manager : db;
}
