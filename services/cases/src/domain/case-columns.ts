import { CaseUnitRole, type CaseGrade, type CaseStatus, type Finding, type HandlingMode } from "./enums";
import type { CaseState } from "./case-handling";

/**
 * The columns of a case that mirror its handling state, for filtering, counting and joining in
 * SQL. The state (stored as JSON) is the truth; these are always written from it, through
 * projectCase, and never set one by one.
 */
export interface CaseColumns {
  status: CaseStatus;
  handlingUnitId: string | null;
  responsibleUnitId: string | null;
  responsiblePersonId: string | null;
  firstUnitId: string | null;
  firstPersonId: string | null;
  acceptedAt: Date | null;
  grade: CaseGrade;
  listed: boolean;
  supervisingLeaderId: string | null;
  supervisionDueDate: string | null;
  mode: HandlingMode;
  regionId: string | null;
  assignedDueDate: string | null;
  closingReportAt: Date | null;
  finding: Finding | null;
  concludedAt: Date | null;
  feedbackGivenAt: Date | null;
  closedAt: Date | null;
}

const date = (iso: string | null | undefined): Date | null => (iso ? new Date(iso) : null);

/** The one projection from the step machine's state to the stored columns. */
export function projectCase(s: CaseState): CaseColumns {
  return {
    status: s.status,
    handlingUnitId: s.handlingUnitId,
    responsibleUnitId: s.responsibility?.unitId ?? null,
    responsiblePersonId: s.responsibility?.personId ?? null,
    firstUnitId: s.firstResponsibility?.unitId ?? null,
    firstPersonId: s.firstResponsibility?.personId ?? null,
    acceptedAt: date(s.firstResponsibility?.since),
    grade: s.grade,
    listed: !!s.supervision,
    supervisingLeaderId: s.supervision?.leaderId ?? null,
    supervisionDueDate: s.supervision?.dueDate ?? null,
    mode: s.mode,
    regionId: s.coordination?.regionId ?? null,
    assignedDueDate: s.assignment?.dueDate ?? null,
    closingReportAt: date(s.assignment?.closingReport?.at),
    finding: s.conclusion?.finding ?? null,
    concludedAt: date(s.conclusion?.at),
    feedbackGivenAt: date(s.feedbackGivenAt),
    closedAt: date(s.closedAt),
  };
}

/** The units of a case and their parts, as rows for SQL (who sees it, workload, boards). */
export function projectCaseUnits(s: CaseState): { unitId: string; role: CaseUnitRole }[] {
  const rows: { unitId: string; role: CaseUnitRole }[] = [];
  const add = (unitId: string | null | undefined, role: CaseUnitRole) => {
    if (unitId && !rows.some((r) => r.unitId === unitId)) rows.push({ unitId, role });
  };
  if (s.joint) add(s.joint.leadUnitId, CaseUnitRole.LEAD);
  if (s.coordination) add(s.coordination.coordinatingUnitId, CaseUnitRole.COORDINATOR);
  add(s.responsibility?.unitId ?? s.handlingUnitId, CaseUnitRole.HANDLING);
  for (const u of s.joint?.memberUnitIds ?? []) add(u, CaseUnitRole.MEMBER);
  for (const u of s.coordination?.participatingUnitIds ?? []) add(u, CaseUnitRole.PARTICIPANT);
  return rows;
}
