import { DataSource, type EntityManager } from "typeorm";
import { inTransaction, type AuthUser, type Clock } from "@prp/kit";
import type { DirectoryPort, SimilarityPort } from "./ports";

/**
 * What every intake use case is handed: its collaborators, explicitly. The API builds one per
 * request (graph/intake-deps.ts); the demo seed builds its own with a simulated clock and a
 * directory read from a snapshot.
 */
export interface IntakeDeps {
  /**
   * The subgraph's database: each use case runs its own transaction on it. Or an entity manager
   * inside a transaction that is already open (the demo seed replays a year of work in one
   * transaction, so a failed seed leaves nothing behind): the use case then joins it.
   */
  db: DataSource | EntityManager;
  /** Who acts; null for the public (an online submission without an account) and the system. */
  actor: AuthUser | null;
  clock: Clock;
  directory: DirectoryPort;
  similarity: SimilarityPort;
}

/** Runs a use case's writes in one transaction (or in the caller's, see IntakeDeps.db). */
export function transaction<T>(deps: Pick<IntakeDeps, "db">, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return deps.db instanceof DataSource ? inTransaction(deps.db, fn) : fn(deps.db);
}

/** Where a use case reads outside its transaction (look-ups before it opens one). */
export function reader(deps: Pick<IntakeDeps, "db">): EntityManager {
  return deps.db instanceof DataSource ? deps.db.manager : deps.db;
}

/** The acting user, for use cases that only a signed-in user reaches (@Authorized). */
export function signedInActor(deps: Pick<IntakeDeps, "actor">): AuthUser {
  if (!deps.actor) throw new Error("use case needs a signed-in actor");
  return deps.actor;
}
