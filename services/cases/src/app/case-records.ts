import type { EntityManager } from "typeorm";
import { mustFind, type AuthUser } from "@prp/kit";
import { Case } from "../entities/Case";
import { CaseUnit } from "../entities/CaseUnit";
import { CaseHistoryEntry } from "../entities/CaseHistoryEntry";
import { projectCase, projectCaseUnits } from "../domain/case-columns";
import type { CaseState } from "../domain/case-handling";

/** The case with this id, or NOT_FOUND. */
export async function mustFindCase(em: EntityManager, id: string): Promise<Case> {
  return mustFind(em, Case, id, "案件");
}

/** Sets a new handling state on the case: the state and, from it, every column that mirrors it. */
export function setHandling(c: Case, state: CaseState): void {
  c.handling = state;
  Object.assign(c, projectCase(state));
}

/** The columns setHandling writes. */
const HANDLING_FIELDS = [
  "handling",
  ...Object.keys(
    projectCase({ status: "PENDING_ACCEPTANCE", grade: "ROUTINE", mode: "SINGLE_UNIT" } as unknown as CaseState),
  ),
] as (keyof Case)[];

/** Writes a changed case (its state, mirror columns and updatedAt) in one UPDATE, and its unit rows when they changed. */
export async function updateCase(em: EntityManager, c: Case, before: CaseState): Promise<void> {
  const changes: Record<string, unknown> = { updatedAt: c.updatedAt };
  for (const f of HANDLING_FIELDS) changes[f] = c[f];
  await em.update(Case, { id: c.id }, changes);
  const a = projectCaseUnits(before);
  const b = projectCaseUnits(c.handling);
  if (JSON.stringify(a) !== JSON.stringify(b)) await writeCaseUnits(em, c.id, c.handling);
}

/** Replaces the unit rows of a case with those its state names. */
export async function writeCaseUnits(em: EntityManager, caseId: string, state: CaseState): Promise<void> {
  await em.delete(CaseUnit, { caseId });
  const rows = projectCaseUnits(state).map((r) => ({ caseId, ...r }));
  if (rows.length) await em.insert(CaseUnit, rows);
}

const actorName = (u: AuthUser | null) => (u ? u.displayName || u.username : "系统");

/** One line of the case's history: who did what, when. Append-only. */
export async function recordHistory(
  em: EntityManager,
  caseId: string,
  action: string,
  actor: AuthUser | null,
  summary: string,
  at: Date,
): Promise<void> {
  const actorId = actor && actor.id && !actor.id.startsWith("service:") ? actor.id : null;
  await em
    .createQueryBuilder()
    .insert()
    .into(CaseHistoryEntry)
    .updateEntity(false)
    .values({ caseId, action, actorId, actorName: actorName(actor), at, summary })
    .execute();
}
