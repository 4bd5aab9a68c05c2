import type { EntityManager } from "typeorm";
import { mustFind, type AuthUser } from "@prp/kit";
import { Report } from "../entities/Report";
import { ReportStep } from "../entities/ReportStep";
import { projectTriage } from "../domain/triage-columns";
import type { TriageState } from "../domain/triage";

/** The report with this id, or NOT_FOUND. */
export async function mustFindReport(em: EntityManager, id: string): Promise<Report> {
  return mustFind(em, Report, id, "信访举报件");
}

/** Sets a new triage state on the report: the state and, from it, every column that mirrors it. */
export function setTriage(report: Report, state: TriageState): void {
  report.triage = state;
  Object.assign(report, projectTriage(state));
}

/** The columns setTriage writes. */
const TRIAGE_FIELDS = [
  "triage",
  ...(Object.keys(
    projectTriage({
      status: "REGISTERED",
      distinguish: null,
      check: null,
      consult: null,
      decision: null,
      reopenings: [],
    } as unknown as TriageState),
  ) as (keyof Report)[]),
] as const;

/**
 * Writes the named fields of a changed report (its triage state and mirror columns always) in one
 * UPDATE: the use case knows what it changed, so nothing is read back to find out.
 */
export async function updateReport(em: EntityManager, report: Report, fields: (keyof Report)[]): Promise<void> {
  const changes: Record<string, unknown> = {};
  for (const f of [...TRIAGE_FIELDS, ...fields]) changes[f] = report[f];
  await em.update(Report, { id: report.id }, changes);
}

const actorName = (u: AuthUser | null) => (u ? u.displayName || u.username : "系统");

/** One line of the report's record (办理记录): who did what, when. */
export async function recordStep(
  em: EntityManager,
  reportId: string,
  step: string,
  actor: AuthUser | null,
  summary: string,
  at: Date,
): Promise<void> {
  const actorId = actor && actor.id && !actor.id.startsWith("service:") ? actor.id : null;
  // append-only: nothing is read back after the insert
  await em
    .createQueryBuilder()
    .insert()
    .into(ReportStep)
    .updateEntity(false)
    .values({ reportId, step, actorId, actorName: actorName(actor), at, summary })
    .execute();
}
