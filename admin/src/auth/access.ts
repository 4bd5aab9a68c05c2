/**
 * Who may do what in the portal, mirroring the graph's @Authorized roles: what a role may not
 * do is not shown (the server refuses it anyway). One row per resource; "*" = any signed-in user.
 */
export type Role = "ADMIN" | "LEADER" | "PETITION_OFFICER" | "CASE_HANDLER" | "LIAISON" | "ANALYST" | "TRAINEE";

const ANY = "*" as const;
const INTAKE_READ: Role[] = ["PETITION_OFFICER", "LEADER", "ANALYST"];
const INTAKE_WRITE: Role[] = ["PETITION_OFFICER", "LEADER"];
const SEE_ALL: Role[] = ["LEADER", "ANALYST", "PETITION_OFFICER"];
const CASE_READ: Role[] = [...SEE_ALL, "CASE_HANDLER"];
const REPORTER_LOOP: Role[] = ["CASE_HANDLER", "PETITION_OFFICER", "LEADER"];
const FIELD_WORK_READ: Role[] = ["LEADER", "PETITION_OFFICER"];

const TRAINING_ORGANISERS: Role[] = ["ADMIN", "PETITION_OFFICER"];
const TRAINING_OVERSIGHT: Role[] = ["ADMIN", "PETITION_OFFICER", "LEADER"];
const TRAINING_ACCESS: Record<string, Record<string, readonly (Role | typeof ANY)[]>> = {
  courses: { list: [ANY], show: [ANY], create: TRAINING_ORGANISERS },
  trainingSessions: { list: [ANY], show: [ANY], create: TRAINING_ORGANISERS, attend: TRAINING_ORGANISERS },
  trainingCoverage: { view: TRAINING_OVERSIGHT },
  questions: {
    list: TRAINING_OVERSIGHT,
    create: TRAINING_ORGANISERS,
    import: TRAINING_ORGANISERS,
    toggle: TRAINING_ORGANISERS,
  },
  quizzes: {
    list: [ANY],
    show: [ANY],
    take: [ANY],
    create: TRAINING_ORGANISERS,
    open: TRAINING_ORGANISERS,
    results: TRAINING_OVERSIGHT,
  },
  researchProjects: { list: [ANY], show: [ANY], create: TRAINING_ORGANISERS, edit: TRAINING_ORGANISERS },
  drillCompetitions: {
    list: [ANY],
    show: [ANY],
    create: TRAINING_ORGANISERS,
    round: TRAINING_ORGANISERS,
    close: TRAINING_ORGANISERS,
  },
  trainingRecord: { view: [ANY] },
};

export const ACCESS: Record<string, Record<string, readonly (Role | typeof ANY)[]>> = {
  // 受理 (intake)
  reports: {
    list: INTAKE_READ,
    show: INTAKE_READ,
    create: INTAKE_WRITE,
    triage: INTAKE_WRITE,
    decide: ["LEADER"],
    reopen: ["LEADER"],
    escalate: ["PETITION_OFFICER"],
    notify: INTAKE_WRITE,
    unmask: ["PETITION_OFFICER"],
  },
  unsignedReports: { list: INTAKE_READ, sign: INTAKE_WRITE },
  acceptanceNoticesDue: { list: INTAKE_READ, notify: INTAKE_WRITE },
  myPendingEscalations: { list: ["LEADER"], decide: ["LEADER"] },
  statistics: { view: INTAKE_READ },
  // 办理 (cases)
  cases: {
    list: CASE_READ,
    show: CASE_READ,
    accept: ["CASE_HANDLER"],
    progress: ["CASE_HANDLER", "LEADER"],
    conclude: ["CASE_HANDLER", "LEADER"],
    closingReport: ["CASE_HANDLER", "LEADER"],
    close: ["LEADER", "PETITION_OFFICER"],
    contact: REPORTER_LOOP,
    document: REPORTER_LOOP,
  },
  jointTasks: { list: CASE_READ, update: ["CASE_HANDLER", "LEADER"] },
  labelledCases: { list: CASE_READ },
  transfers: {
    list: [...CASE_READ, "LIAISON"],
    show: [...CASE_READ, "LIAISON"],
    feedback: ["LIAISON"],
    supervise: ["CASE_HANDLER", "PETITION_OFFICER", "LEADER"],
  },
  monthlyDispatch: { view: SEE_ALL },
  colourLabelThresholds: { view: ["ADMIN"], edit: ["ADMIN"] },
  // 领导包案 (leadership): the leader's own workspace
  screeningQueue: { list: ["LEADER"], claim: ["LEADER"] },
  myOwnedCases: { list: ["LEADER"], release: ["LEADER"], analysis: ["LEADER"] },
  ownershipReminders: { list: ["LEADER"] },
  leadershipDashboard: { view: ["LEADER"] },
  // the leaders' field work: leaders record their own; the petition office schedules receptions and follows campaigns
  townMeetings: { list: FIELD_WORK_READ, create: ["LEADER"] },
  receptions: { list: FIELD_WORK_READ, create: FIELD_WORK_READ, outcome: FIELD_WORK_READ, cancel: FIELD_WORK_READ },
  caseVisits: { list: FIELD_WORK_READ, create: ["LEADER"] },
  campaigns: {
    list: FIELD_WORK_READ,
    show: FIELD_WORK_READ,
    create: ["LEADER"],
    note: FIELD_WORK_READ,
    rule: FIELD_WORK_READ,
    close: ["LEADER"],
  },
  // 分析研判: figures across the subgraphs (the half-year report) and leadership's analysis
  halfYearReport: { view: SEE_ALL, download: ["LEADER"] },
  hotspots: { view: [...SEE_ALL, "ADMIN"] },
  townScorecards: { view: [...SEE_ALL, "ADMIN"] },
  riskFormula: { view: [...SEE_ALL, "ADMIN"], set: ["ADMIN"] },
  // 机构与人员 (directory) — administration
  departments: { list: ["ADMIN"], show: ["ADMIN"], create: ["ADMIN"], edit: ["ADMIN"] },
  regions: { list: ["ADMIN"], show: ["ADMIN"], create: ["ADMIN"], edit: ["ADMIN"] },
  towns: { list: ["ADMIN"], show: ["ADMIN"], create: ["ADMIN"], edit: ["ADMIN"] },
  users: { list: ["ADMIN"], show: ["ADMIN"], create: ["ADMIN"], edit: ["ADMIN"] },
  liaisonMappings: { list: ["ADMIN"], create: ["ADMIN"], end: ["ADMIN"] },
  calendarOverrides: { list: ["ADMIN"], create: ["ADMIN"], delete: ["ADMIN"] },
  problemCategories: { list: ["ADMIN"], create: ["ADMIN"], edit: ["ADMIN"] },
  dashboard: { view: [ANY] },
  // 学以致用 (training): everyone learns; officers organise; leaders oversee; judges are checked per drill
  ...TRAINING_ACCESS,
};

export function canAccess(roles: readonly string[], resource: string, action: string): boolean {
  const allowed = ACCESS[resource]?.[action];
  if (!allowed) return false;
  return allowed.includes(ANY) || allowed.some((r) => roles.includes(r));
}
