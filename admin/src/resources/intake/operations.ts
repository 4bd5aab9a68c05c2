import { pageArgs, pageLocally, pickFilters, type ListParams, type OperationTable } from "../../data/operation";

/** The intake subgraph's resources (受理): reports and the officer's and leader's work lists. */

const DEADLINE = `dueDate workingDaysLeft overdue`;
export const REPORT_ROW = `id serial status statusLabel channel origin realName category categoryLabel summary receivedAt
  signedAt signLate waitingHours forwardingAuthority scope flags isRepeat disposition
  town { id name } acceptanceNotice { ${DEADLINE} } acceptOrTransferDeadline { ${DEADLINE} }`;
const REPORT_FULL = `${REPORT_ROW} content forwardingReference authorityDueDate publicSubmission decisionDueDate acceptanceNoticeAt createdAt
  reporter { name idNumber phone address realName unmasked }
  channelDetails { visitorCount receivingStaff callerNumber callTime postmarkDate submittedAt }
  subjects { id name post rank unit { id name } town { id name } }
  attachments { fileName mimeType size }
  receivedBy { id displayName } signedBy { id displayName }
  handlingDepartment { id name kind } copyToDepartment { id name kind }
  escalations { id status draftOpinion draftedAt leaderOpinion decidedAt leader { id displayName } draftedBy { id displayName } }
  steps { id step actorName at summary }`;
const TRIAGE = `triageInfo { nextSteps reopenCount
    distinguish { scope note competentDepartment { id name } }
    check { flags notAcceptableGround repeatOf templatedWith note }
    consult { participants minutes }
    decision { disposition dueDate opinion handlingDepartment { id name } copyToDepartment { id name kind } } }
  proposal { flags repeatCount
    repeatOf { id serial summary receivedAt statusLabel }
    templatedWith { similarity report { id serial summary receivedAt statusLabel } } }`;
const ESCALATION = `id status draftOpinion draftedAt leaderOpinion decidedAt
  draftedBy { id displayName } leader { id displayName }
  report { id serial summary channel receivedAt categoryLabel }`;

/** Period statistics: counts by channel, category, town…, from `period(from, to) { intake }`. */
export const INTAKE_STATISTICS = `total forwardedCount lateSignForCount realNameShare
  byChannel { key label count } byCategory { key label count } byOrigin { key label count }
  byScope { key label count } byFlag { key label count } byDisposition { key label count }
  byTown { count town { id name } }`;

const REPORT_FILTERS = [
  "category",
  "channel",
  "origin",
  "receivedFrom",
  "receivedTo",
  "scope",
  "search",
  "statuses",
  "townId",
] as const;

/** Triage mutations differ only in their field and input type. */
const triageStep = (field: string, inputType: string, what: string) => ({
  what,
  document: `mutation($id: ID!, $input: ${inputType}!) { ${field}(id: $id, input: $input) { ${REPORT_FULL} ${TRIAGE} } }`,
  variables: (p: any) => ({ id: p.id, input: p.input }),
  parse: (d: any) => d[field],
});

export const intakeOperations: OperationTable = {
  reports: {
    getList: {
      what: "查看信访举报件",
      document: `query($category: String, $channel: Channel, $origin: Origin, $receivedFrom: String, $receivedTo: String, $scope: Scope,
          $search: String, $statuses: [ReportStatus!], $townId: ID, $limit: Int!, $offset: Int!) {
        reports(category: $category, channel: $channel, origin: $origin, receivedFrom: $receivedFrom, receivedTo: $receivedTo, scope: $scope,
          search: $search, statuses: $statuses, townId: $townId, limit: $limit, offset: $offset) { total items { ${REPORT_ROW} } } }`,
      variables: (p: ListParams) => ({ ...pickFilters(p.filter, REPORT_FILTERS), ...pageArgs(p) }),
      parse: (d) => ({ data: d.reports.items, total: d.reports.total }),
    },
    getOne: {
      what: "查看信访举报件",
      document: `query($id: ID!) { report(id: $id) { ${REPORT_FULL} ${TRIAGE} } }`,
      variables: (p) => ({ id: p.id }),
      parse: (d) => ({ data: d.report }),
    },
    create: {
      what: "登记信访举报件",
      document: `mutation($input: RegisterReportInput!, $idempotencyKey: String) {
        registerReport(input: $input, idempotencyKey: $idempotencyKey) { ${REPORT_FULL} ${TRIAGE} } }`,
      variables: (p) => ({ input: p.data, idempotencyKey: p.meta?.idempotencyKey ?? null }),
      parse: (d) => ({ data: d.registerReport }),
    },
    actions: {
      sign: {
        what: "签收上级转送件",
        document: `mutation($id: ID!) { signReport(id: $id) { ${REPORT_ROW} } }`,
        variables: (p) => ({ id: p.id }),
        parse: (d) => d.signReport,
      },
      distinguish: triageStep("distinguishReport", "DistinguishInput", "明辨研判（辨）"),
      check: triageStep("checkReport", "CheckInput", "细查（查）"),
      consult: triageStep("consultReport", "ConsultInput", "集体会商（商）"),
      decide: triageStep("decideReport", "DecideInput", "审定处置（定）"),
      reopen: {
        what: "重新打开已审定的件",
        document: `mutation($id: ID!, $reason: String!, $redoFrom: TriageStep) { reopenReport(id: $id, reason: $reason, redoFrom: $redoFrom) { ${REPORT_FULL} ${TRIAGE} } }`,
        variables: (p) => ({ id: p.id, reason: p.reason, redoFrom: p.redoFrom ?? null }),
        parse: (d) => d.reopenReport,
      },
      escalate: {
        what: "紧急事项呈批",
        document: `mutation($id: ID!, $leaderId: ID!, $draftOpinion: String!) { escalateReport(id: $id, leaderId: $leaderId, draftOpinion: $draftOpinion) { ${ESCALATION} } }`,
        variables: (p) => ({ id: p.id, leaderId: p.leaderId, draftOpinion: p.draftOpinion }),
        parse: (d) => d.escalateReport,
      },
      /** While typing a registration: earlier reports alike in text (贴牌) or about the same subject (重复). */
      hints: {
        what: "查找相似件",
        document: `query($input: RegistrationHintsInput!) { registrationHints(input: $input) {
          flags repeatCount templatedWith { similarity report { id serial summary receivedAt statusLabel } }
          repeatOf { id serial summary receivedAt statusLabel } } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.registrationHints,
      },
      recordAcceptanceNotice: {
        what: "记录受理告知",
        document: `mutation($id: ID!, $note: String!) { recordAcceptanceNotice(id: $id, note: $note) { ${REPORT_ROW} } }`,
        variables: (p) => ({ id: p.id, note: p.note }),
        parse: (d) => d.recordAcceptanceNotice,
      },
      /** The reporter in clear; the server checks the role and writes the audit row. Kept only in memory. */
      revealReporter: {
        what: "查看举报人完整身份信息",
        document: `query($id: ID!) { report(id: $id) { id reporter(unmasked: true) { name idNumber phone address realName unmasked } } }`,
        variables: (p) => ({ id: p.id }),
        parse: (d) => d.report?.reporter,
      },
    },
  },

  unsignedReports: {
    getList: {
      what: "查看待签收件",
      document: `query { unsignedReports { ${REPORT_ROW} receivedBy { id displayName } } }`,
      variables: () => ({}),
      parse: (d, p) => pageLocally(d.unsignedReports, p),
    },
  },

  acceptanceNoticesDue: {
    getList: {
      what: "查看受理告知期限",
      document: `query($withinWorkingDays: Int!) { acceptanceNoticesDue(withinWorkingDays: $withinWorkingDays) { ${REPORT_ROW} } }`,
      variables: (p: ListParams) => ({ withinWorkingDays: Number(p.filter?.withinWorkingDays ?? 15) }),
      parse: (d, p) => pageLocally(d.acceptanceNoticesDue, p),
    },
  },

  myPendingEscalations: {
    getList: {
      what: "查看待批示的呈批件",
      document: `query { myPendingEscalations { ${ESCALATION} } }`,
      variables: () => ({}),
      parse: (d, p) => pageLocally(d.myPendingEscalations, p),
    },
    actions: {
      decide: {
        what: "批示呈批件",
        document: `mutation($id: ID!, $approve: Boolean!, $opinion: String) { decideEscalation(id: $id, approve: $approve, opinion: $opinion) { ${ESCALATION} } }`,
        variables: (p) => ({ id: p.id, approve: p.approve, opinion: p.opinion ?? null }),
        parse: (d) => d.decideEscalation,
      },
    },
  },

  problemCategories: {
    getList: {
      what: "查看问题类别",
      document: `query($includeInactive: Boolean!) { problemCategories(includeInactive: $includeInactive) { code label active } }`,
      variables: (p: ListParams) => ({ includeInactive: Boolean(p.filter?.includeInactive) }),
      parse: (d, p) =>
        pageLocally(
          d.problemCategories.map((c: any) => ({ ...c, id: c.code })),
          p,
        ),
    },
    getOne: {
      what: "查看问题类别",
      document: `query { problemCategories(includeInactive: true) { code label active } }`,
      variables: () => ({}),
      parse: (d, p) => {
        const c = d.problemCategories.find((x: any) => x.code === String(p.id));
        return { data: c ? { ...c, id: c.code } : null };
      },
    },
    create: {
      what: "新增问题类别",
      document: `mutation($code: String!, $label: String!, $active: Boolean!) { setProblemCategory(code: $code, label: $label, active: $active) { code label active } }`,
      variables: (p) => ({ code: p.data.code, label: p.data.label, active: p.data.active ?? true }),
      parse: (d) => ({ data: { ...d.setProblemCategory, id: d.setProblemCategory.code } }),
    },
    update: {
      what: "修改问题类别",
      document: `mutation($code: String!, $label: String!, $active: Boolean!) { setProblemCategory(code: $code, label: $label, active: $active) { code label active } }`,
      variables: (p) => ({ code: p.id, label: p.data.label, active: p.data.active ?? true }),
      parse: (d) => ({ data: { ...d.setProblemCategory, id: d.setProblemCategory.code } }),
    },
  },

  /** Statistics periods: `period(from, to)`, one field per subgraph (intake today). */
  period: {
    actions: {
      intake: {
        what: "查看受理统计",
        document: `query($from: String!, $to: String!) { period(from: $from, to: $to) { from to intake { ${INTAKE_STATISTICS} } } }`,
        variables: (p) => ({ from: p.from, to: p.to }),
        parse: (d) => d.period,
      },
      channelsByMonth: {
        what: "查看受理统计",
        document: `query($m0f: String!, $m0t: String!, $m1f: String!, $m1t: String!, $m2f: String!, $m2t: String!,
            $m3f: String!, $m3t: String!, $m4f: String!, $m4t: String!, $m5f: String!, $m5t: String!) {
          m0: period(from: $m0f, to: $m0t) { from intake { total byChannel { key label count } } }
          m1: period(from: $m1f, to: $m1t) { from intake { total byChannel { key label count } } }
          m2: period(from: $m2f, to: $m2t) { from intake { total byChannel { key label count } } }
          m3: period(from: $m3f, to: $m3t) { from intake { total byChannel { key label count } } }
          m4: period(from: $m4f, to: $m4t) { from intake { total byChannel { key label count } } }
          m5: period(from: $m5f, to: $m5t) { from intake { total byChannel { key label count } } } }`,
        variables: (p: { months: { from: string; to: string }[] }) =>
          Object.fromEntries(
            p.months.flatMap((m, i) => [
              [`m${i}f`, m.from],
              [`m${i}t`, m.to],
            ]),
          ),
        parse: (d) => [d.m0, d.m1, d.m2, d.m3, d.m4, d.m5],
      },
    },
  },
};
