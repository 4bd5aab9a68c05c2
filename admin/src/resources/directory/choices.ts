/** Enum choices for inputs; names are translation keys (react-admin translates them). */
export const DEPARTMENT_KINDS = [
  "PETITION_OFFICE",
  "CASE_SUPERVISION_OFFICE",
  "SUPERVISION_OFFICE",
  "STATIONED_GROUP",
  "TOWN_COMMITTEE",
  "COMPETENT_DEPARTMENT",
  "LEADERSHIP",
  "OTHER",
];
/** 行业系统: the analysis groups the units of reported officials by it. */
export const SECTORS = [
  "EDUCATION",
  "HEALTH",
  "HOUSING_CONSTRUCTION",
  "NATURAL_RESOURCES",
  "HUMAN_RESOURCES",
  "CIVIL_AFFAIRS",
  "AGRICULTURE",
  "MARKET_REGULATION",
  "POLITICS_LAW",
  "TRANSPORT",
  "FINANCE",
  "STATE_ENTERPRISE",
  "OTHER",
];
export const ROLES = ["ADMIN", "LEADER", "PETITION_OFFICER", "CASE_HANDLER", "LIAISON", "ANALYST", "TRAINEE"];
export const TOWN_KINDS = ["TOWN", "STREET"];
export const LIAISON_KINDS = ["CONTACT_OFFICE", "STATIONED_GROUP"];

export const choices = (values: string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));
