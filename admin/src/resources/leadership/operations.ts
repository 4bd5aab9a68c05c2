import { pageArgs, pageLocally, pickFilters, type ListParams, type OperationTable } from "../../data/operation";

/** The leadership subgraph's resources (领导包案): the screening queue, my owned cases, their reminders. */

const UNIT = `id name`;
/** What a leader needs of a case in the lists: state, the dates the cases subgraph keeps, the joint tasks. */
const CASE_BRIEF = `id serial status supervisionDueDate assignedDueDate concludedAt
  resultFeedback { state dueDate workingDaysLeft } report { id summary } handlingUnit { ${UNIT} }`;
const OWNERSHIP = `id serial status claimedAt reasons targetDate leaderName
  analysisSessions { id heldOn mainDirection }
  case { ${CASE_BRIEF} tasks { id status overdue } }`;

export const leadershipOperations: OperationTable = {
  /** 包案候选: linked towns first; one row per case (its id is the case's). */
  screeningQueue: {
    getList: {
      what: "查看包案候选",
      document: `query($linkedOnly: Boolean, $limit: Int!, $offset: Int!) {
        screeningQueue(linkedOnly: $linkedOnly, limit: $limit, offset: $offset) {
          total items { serial reasons inLinkedTown since town { ${UNIT} } case { ${CASE_BRIEF} } } } }`,
      variables: (p: ListParams) => ({ ...pickFilters(p.filter, ["linkedOnly"]), ...pageArgs(p) }),
      parse: (d) => ({
        data: d.screeningQueue.items.map((c: any) => ({ ...c, id: c.case.id })),
        total: d.screeningQueue.total,
      }),
    },
    actions: {
      claim: {
        what: "认领包案",
        document: `mutation($caseId: ID!, $reasons: [ScreeningReason!]!, $note: String) {
          claimCase(caseId: $caseId, reasons: $reasons, note: $note) { id serial leaderName status } }`,
        variables: (p) => ({ caseId: p.caseId, reasons: p.reasons, note: p.note || null }),
        parse: (d) => d.claimCase,
      },
    },
  },

  /** 我的包案: the caller's ownerships with the case's state, dates and joint tasks. */
  myOwnedCases: {
    getList: {
      what: "查看我的包案",
      document: `query($status: OwnershipStatus, $limit: Int!, $offset: Int!) {
        myOwnedCases(status: $status, limit: $limit, offset: $offset) { total items { ${OWNERSHIP} } } }`,
      variables: (p: ListParams) => ({ ...pickFilters(p.filter, ["status"]), ...pageArgs(p) }),
      parse: (d) => ({ data: d.myOwnedCases.items, total: d.myOwnedCases.total }),
    },
    actions: {
      release: {
        what: "退出包案",
        document: `mutation($caseId: ID!, $reason: String!) { releaseCase(caseId: $caseId, reason: $reason) { id status } }`,
        variables: (p) => ({ caseId: p.caseId, reason: p.reason }),
        parse: (d) => d.releaseCase,
      },
      analysis: {
        what: "记录案情研判",
        document: `mutation($input: AnalysisSessionInput!) {
          recordAnalysisSession(input: $input) { id heldOn mainDirection } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.recordAnalysisSession,
      },
    },
  },

  /** 包案提醒: overdue and due within five working days, the whole list at once. */
  ownershipReminders: {
    getList: {
      what: "查看包案提醒",
      document: `query { ownershipReminders { kind serial title dueDate overdue workingDaysLeft case { id } } }`,
      variables: () => ({}),
      parse: (d, p: ListParams) =>
        pageLocally(
          d.ownershipReminders.map((r: any, i: number) => ({ ...r, id: `${r.case.id}-${r.kind}-${i}` })),
          p,
        ),
    },
  },
};
