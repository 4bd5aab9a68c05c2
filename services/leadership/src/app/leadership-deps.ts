import { DataSource, type EntityManager } from "typeorm";
import { inTransaction, type AuthUser, type Clock } from "@prp/kit";
import type { CasesPort, DirectoryPort } from "./ports";

/** Settings leadership reads from the configuration once, handed to the use cases. */
export interface LeadershipSettings {
  /** Who may move ownership between leaders: `role:<ROLE>` or `user:<id or username>` (COMMISSION_HEAD). */
  commissionHead: string;
}

/**
 * What every leadership use case is handed. The API builds one per request (graph/leadership-deps.ts);
 * the event consumers one per event with the event's entity manager (so its writes commit with the
 * consumer's cursor); the demo seed its own with a simulated clock.
 */
export interface LeadershipDeps {
  /** The database (each use case runs its own transaction), or an entity manager of a transaction already open. */
  db: DataSource | EntityManager;
  /** Who acts; null for the system (the event consumers). */
  actor: AuthUser | null;
  clock: Clock;
  directory: DirectoryPort;
  cases: CasesPort;
  settings: LeadershipSettings;
}

/** Runs a use case's writes in one transaction (or in the caller's, see LeadershipDeps.db). */
export function transaction<T>(deps: Pick<LeadershipDeps, "db">, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return deps.db instanceof DataSource ? inTransaction(deps.db, fn) : fn(deps.db);
}

/** Where a use case reads outside its transaction. */
export function reader(deps: Pick<LeadershipDeps, "db">): EntityManager {
  return deps.db instanceof DataSource ? deps.db.manager : deps.db;
}

/** The acting user, for use cases only a signed-in user reaches (@Authorized). */
export function signedInActor(deps: Pick<LeadershipDeps, "actor">): AuthUser {
  if (!deps.actor) throw new Error("use case needs a signed-in actor");
  return deps.actor;
}
