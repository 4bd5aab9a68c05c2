import { CheckFlag, type Disposition, type ReportStatus, type Scope } from "./enums";
import type { TriageState } from "./triage";

/**
 * The columns of a report that mirror its triage state, for filtering, counting and joining in
 * SQL. The state (stored as JSON) is the truth; these are always written from it, through
 * projectTriage, and never set one by one.
 */
export interface ReportTriageColumns {
  status: ReportStatus;
  scope: Scope | null;
  competentDepartmentId: string | null;
  /** Confirmed 查 flags, comma-separated, in the enum's order. */
  flags: string;
  isRepeat: boolean;
  disposition: Disposition | null;
  handlingDepartmentId: string | null;
  copyToDepartmentId: string | null;
  decisionDueDate: string | null;
  decidedAt: Date | null;
}

/** The one projection from the step machine's state to the stored columns. */
export function projectTriage(state: TriageState): ReportTriageColumns {
  const d = state.decision;
  return {
    status: state.status,
    scope: state.distinguish?.scope ?? null,
    competentDepartmentId: state.distinguish?.competentDepartmentId ?? null,
    flags: state.check ? state.check.flags.join(",") : "",
    isRepeat: !!state.check?.flags.includes(CheckFlag.REPEAT),
    disposition: d?.disposition ?? null,
    handlingDepartmentId: d?.handlingDepartmentId ?? null,
    copyToDepartmentId: d?.copyToDepartmentId ?? null,
    decisionDueDate: d?.dueDate ?? null,
    decidedAt: d?.decidedAt ? new Date(d.decidedAt) : null,
  };
}

/** The flags a report's columns hold, as a list. */
export const flagsOf = (columns: Pick<ReportTriageColumns, "flags">): CheckFlag[] =>
  columns.flags ? (columns.flags.split(",") as CheckFlag[]) : [];
