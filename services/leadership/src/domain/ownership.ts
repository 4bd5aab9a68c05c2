import { Role, type Role as RoleT } from "@prp/kit/core";
import { CaseStage, OwnershipStatus, ScreeningReason } from "./enums";

/** Who may claim a case (包案). */
export const CLAIM_ROLES: readonly RoleT[] = [Role.LEADER];
/** Who reads the screening queue and the ownerships. */
export const READ_ROLES: readonly RoleT[] = [Role.LEADER, Role.PETITION_OFFICER, Role.ADMIN];
/**
 * Who reads leadership's figures: a period's (the other subgraphs' Period readers, and leadership's)
 * and the analysis (hotspots, risk formula, town scorecards) — the readers and the analysts (分析研判人员).
 */
export const FIGURES_ROLES: readonly RoleT[] = [...READ_ROLES, Role.ANALYST];
/** Who downloads the half-year report (半年分析) to send to the party committee. */
export const REPORT_ROLES: readonly RoleT[] = [Role.LEADER, Role.ADMIN];
/** Who may nominate a case (干扰多阻力大): the petition office, or a handler of the case's unit. */
export const NOMINATE_ROLES: readonly RoleT[] = [Role.PETITION_OFFICER, Role.CASE_HANDLER];

/** Problems with a claim's reasons. */
export function claimProblems(reasons: readonly ScreeningReason[], note: string | null | undefined): string[] {
  const p: string[] = [];
  if (!reasons.length) p.push("请选择至少一项包案理由");
  if (new Set(reasons).size !== reasons.length) p.push("包案理由不能重复");
  if (note && note.trim().length > 500) p.push("包案说明最多 500 字");
  return p;
}

/** Problems with the reason given to release or transfer an ownership. */
export function endReasonProblems(reason: string, what = "退出包案"): string[] {
  const t = reason.trim();
  if (t.length < 4) return [`请填写${what}的理由（至少 4 个字）`];
  if (t.length > 500) return [`${what}的理由最多 500 字`];
  return [];
}

/** Why a case may not be claimed now (null: it may). */
export function claimRefusal(stage: CaseStage, dissatisfied: boolean): string | null {
  if (stage === CaseStage.CLOSED) return "该案件已结案，不能再包案";
  if (stage === CaseStage.CONCLUDED && !dissatisfied) return "该案件已办结，不能再包案";
  return null;
}

/** An ownership still running. */
export const isActive = (status: OwnershipStatus) => status === OwnershipStatus.ACTIVE;

/**
 * The commission head (委主要负责人) who may move ownership between leaders, as configured:
 * `role:<ROLE>` (anyone holding the role) or `user:<id or username>` (one person).
 */
export function isCommissionHead(
  user: { id: string; username: string; roles: readonly string[] },
  setting: string,
): boolean {
  const [kind, value] = [setting.slice(0, setting.indexOf(":")), setting.slice(setting.indexOf(":") + 1)];
  if (kind === "role") return user.roles.includes(value);
  if (kind === "user") return user.id === value || user.username === value;
  return false;
}
