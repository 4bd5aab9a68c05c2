import { Role } from "@prp/kit";

/** Who may read the register (reporter identity stays masked for them). */
export const READ_ROLES = [Role.PETITION_OFFICER, Role.LEADER, Role.ANALYST];
/** Who registers and signs for reports. */
export const REGISTER_ROLES = [Role.PETITION_OFFICER, Role.LEADER];
/** Who may see a real-name reporter's identity unmasked (the case's handler and owning leader once cases exist). */
export const UNMASK_ROLES = [Role.PETITION_OFFICER];
