import { DataSource, type EntityManager } from "typeorm";
import { inTransaction, type AuthUser, type Clock } from "@prp/kit";
import type { DirectoryPort } from "./ports";
import type { LabelConfig } from "../domain/colour-labels";

/** Settings case handling reads from the configuration once, handed to the use cases. */
export interface CasesSettings {
  /** Working days a competent department has to feed back on a transfer. */
  transferFeedbackWorkingDays: number;
  /** Colour label rules (default DEFAULT_LABEL_CONFIG, domain/colour-labels.ts). */
  labels?: LabelConfig;
  /** Working days a department has to answer after each supervision action (default 5). */
  supervisionResponseWorkingDays?: number;
}

/**
 * What every case handling use case is handed: its collaborators, explicitly. The API builds one
 * per request (graph/cases-deps.ts); the event consumer builds one per event with the event's
 * entity manager (so its writes commit with the consumer's cursor); the demo seed its own with a
 * simulated clock.
 */
export interface CasesDeps {
  /** The database (each use case runs its own transaction), or an entity manager of a transaction already open. */
  db: DataSource | EntityManager;
  /** Who acts; null for the system (the event consumer). */
  actor: AuthUser | null;
  clock: Clock;
  directory: DirectoryPort;
  settings: CasesSettings;
}

/** Runs a use case's writes in one transaction (or in the caller's, see CasesDeps.db). */
export function transaction<T>(deps: Pick<CasesDeps, "db">, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return deps.db instanceof DataSource ? inTransaction(deps.db, fn) : fn(deps.db);
}

/** Where a use case reads outside its transaction (look-ups before it opens one). */
export function reader(deps: Pick<CasesDeps, "db">): EntityManager {
  return deps.db instanceof DataSource ? deps.db.manager : deps.db;
}

/** The acting user, for use cases that only a signed-in user reaches (@Authorized). */
export function signedInActor(deps: Pick<CasesDeps, "actor">): AuthUser {
  if (!deps.actor) throw new Error("use case needs a signed-in actor");
  return deps.actor;
}
