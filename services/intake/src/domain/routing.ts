import { CheckFlag, Disposition, Origin } from "./enums";

/** How hard a routed report looks, for the case-handling subgraph's grading (分级分类). */
export type GradeHint = "SIMPLE" | "COMPLEX";

export interface GradeFacts {
  origin: Origin;
  flags: readonly CheckFlag[];
  consulted: boolean;
  disposition: Disposition;
  subjectCount: number;
}

/**
 * A first guess only; case handling grades for real. Complex: assigned from above, a repeat,
 * a case that needed collective consultation, a verification or investigation, or several subjects.
 */
export function gradeHint(f: GradeFacts): GradeHint {
  if (f.origin === Origin.ASSIGNED_BY_SUPERIOR) return "COMPLEX";
  if (f.flags.includes(CheckFlag.REPEAT)) return "COMPLEX";
  if (f.consulted) return "COMPLEX";
  if (f.disposition === Disposition.INVESTIGATION || f.disposition === Disposition.PRELIMINARY_VERIFICATION)
    return "COMPLEX";
  if (f.subjectCount > 2) return "COMPLEX";
  return "SIMPLE";
}

/** The public stage shown to a reporter with a follow-up code: no content, no internal notes. */
export function publicStage(status: string): string {
  switch (status) {
    case "UNSIGNED":
    case "REGISTERED":
      return "已登记，等待研判";
    case "DISTINGUISHED":
    case "CHECKED":
    case "CONSULTED":
      return "正在研判";
    case "DECIDED":
    case "ROUTED":
      return "已按规定分办";
    case "IN_HANDLING":
      return "正在办理";
    case "CONCLUDED":
      return "已办结";
    case "CLOSED":
      return "已办理完毕";
    default:
      return "处理中";
  }
}
