export const CHANNELS = ["LETTER", "VISIT", "ONLINE", "PHONE"];
export const ORIGINS = ["SELF_RECEIVED", "FORWARDED_FROM_SUPERIOR", "ASSIGNED_BY_SUPERIOR"];
export const STATUSES = ["UNSIGNED", "REGISTERED", "DISTINGUISHED", "CHECKED", "CONSULTED", "DECIDED", "ROUTED"];
export const SCOPES = ["IN_SCOPE", "OUT_OF_SCOPE"];
export const FLAGS = ["TEMPLATED", "NO_SUBSTANCE", "REPEAT", "NOT_ACCEPTABLE"];
export const GROUNDS = ["LITIGATION_OR_ARBITRATION", "OTHER_BODY", "NO_SUBSTANCE", "CONCLUDED_NO_NEW_FACTS"];
export const DISPOSITIONS = [
  "TALK_OR_LETTER_INQUIRY",
  "PRELIMINARY_VERIFICATION",
  "HOLD",
  "CLOSE",
  "INVESTIGATION",
  "TRANSFER_DOWN",
  "ASSIGN_DOWN",
  "TRANSFER_TO_DEPARTMENT",
];
/** Reports still in triage (辨查商定 not finished). */
export const IN_TRIAGE = ["REGISTERED", "DISTINGUISHED", "CHECKED", "CONSULTED"];

export const choices = (values: string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));
