import { Role } from "@prp/kit/core";

/**
 * Who may do what in intake, outside the triage steps (those are STEP_ROLES, SIGN_ROLES and
 * REOPEN_ROLES in triage.ts). The GraphQL layer's @Authorized roles are read from here.
 */

/** Who may read the register (reporter identity stays masked for them). */
export const READ_ROLES: readonly Role[] = [Role.PETITION_OFFICER, Role.LEADER, Role.ANALYST];
/** Who registers reports and records acceptance notices. */
export const REGISTER_ROLES: readonly Role[] = [Role.PETITION_OFFICER, Role.LEADER];
/** Who may see a real-name reporter's identity unmasked (the case's handler and owning leader once cases exist). */
export const UNMASK_ROLES: readonly Role[] = [Role.PETITION_OFFICER];
/** Who drafts an urgent item's routing opinion for a leader (呈批). */
export const ESCALATE_ROLES: readonly Role[] = [Role.PETITION_OFFICER];
/** Who instructs on an escalation. */
export const ESCALATION_DECIDE_ROLES: readonly Role[] = [Role.LEADER];
/** Who keeps the list of problem categories. */
export const CATEGORY_ADMIN_ROLES: readonly Role[] = [Role.ADMIN];
