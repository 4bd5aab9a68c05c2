import { Role } from "@prp/kit/core";

/**
 * Who sees what in case handling. Leaders, analysts and the petition office see every case and
 * transfer; a handler sees the cases of the units they belong to; a liaison user only the
 * transfers to their own department. The GraphQL layer's @Authorized roles are read from here.
 */

/** Roles that see every case and every transfer. */
export const SEE_ALL_ROLES: readonly Role[] = [Role.LEADER, Role.ANALYST, Role.PETITION_OFFICER];
/** Roles that may read cases at all. */
export const CASE_READ_ROLES: readonly Role[] = [...SEE_ALL_ROLES, Role.CASE_HANDLER];
/** Roles that may read transfers at all (the liaison office's handlers see their copies). */
export const TRANSFER_READ_ROLES: readonly Role[] = [...SEE_ALL_ROLES, Role.CASE_HANDLER, Role.LIAISON];

/** What limits a reader's view: nothing, or a set of units. */
export type Visibility = { all: true } | { all: false; unitIds: string[] };

/** The cases a person may see: all, or those of their unit. */
export function caseVisibility(roles: readonly string[], departmentId: string | null): Visibility {
  if (roles.some((r) => SEE_ALL_ROLES.includes(r as Role))) return { all: true };
  return { all: false, unitIds: departmentId && roles.includes(Role.CASE_HANDLER) ? [departmentId] : [] };
}

/**
 * The transfers a person may see: all; a liaison user those to their department; a handler those
 * copied to their office or group (it follows them up).
 */
export function transferVisibility(
  roles: readonly string[],
  departmentId: string | null,
): { all: true } | { all: false; competentDepartmentId: string | null; copyToDepartmentId: string | null } {
  if (roles.some((r) => SEE_ALL_ROLES.includes(r as Role))) return { all: true };
  return {
    all: false,
    competentDepartmentId: roles.includes(Role.LIAISON) ? departmentId : null,
    copyToDepartmentId: roles.includes(Role.CASE_HANDLER) ? departmentId : null,
  };
}
