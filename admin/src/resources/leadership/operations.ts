import { pageArgs, pageLocally, pickFilters, type ListParams, type OperationTable } from "../../data/operation";

/** The leadership subgraph's resources (领导包案): the screening queue, my owned cases, their reminders. */

const UNIT = `id name`;
/** What a leader needs of a case in the lists: state, the dates the cases subgraph keeps, the joint tasks. */
const CASE_BRIEF = `id serial status supervisionDueDate assignedDueDate concludedAt
  resultFeedback { state dueDate workingDaysLeft } report { id summary } handlingUnit { ${UNIT} }`;
const OWNERSHIP = `id serial status claimedAt reasons targetDate leaderName
  analysisSessions { id heldOn mainDirection }
  case { ${CASE_BRIEF} tasks { id status overdue } }`;

const MEETING = `id heldOn topics decisions leaderName recordedAt town { ${UNIT} }`;
const RECEPTION = `id receptionDate startTime endTime place status leaderName leaderTitle visitorsReceived summary
  cancelReason reports { id serial summary }`;
const VISIT = `id visitedOn outcome leaderName recordedAt town { ${UNIT} } cases { id serial report { id summary } }`;
const CAMPAIGN_ROW = `id topic scope periodFrom periodTo status startedAt closedAt leadUnit { ${UNIT} }`;
const CAMPAIGN_FULL = `${CAMPAIGN_ROW} results reports { id serial summary } cases { id serial status report { id summary } }
  progress { id notedOn text recordedAt } rules { id title issuingUnit issuedOn recordedAt }`;

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
  /** 包联镇街会议: the leader's own by default (leaderId), else the meetings of the linked towns. */
  townMeetings: {
    getList: {
      what: "查看包联镇街会议",
      document: `query($leaderId: ID, $limit: Int!) { townMeetings(leaderId: $leaderId, limit: $limit) { ${MEETING} } }`,
      variables: (p: ListParams) => ({ ...onlyMine(p), limit: 100 }),
      parse: (d, p: ListParams) => pageLocally(d.townMeetings, p),
    },
    actions: {
      record: {
        what: "记录包联镇街会议",
        document: `mutation($input: TownMeetingInput!) { recordTownMeeting(input: $input) { ${MEETING} } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.recordTownMeeting,
      },
      /** The caller's linked towns, to record a meeting or a visit in. */
      linkedTowns: {
        what: "查看本人包联的镇（街道）",
        document: `query { me { id linkedTowns { ${UNIT} } } }`,
        variables: () => ({}),
        parse: (d) => d.me?.linkedTowns ?? [],
      },
    },
  },

  /** 公开接访 (internal): a window of at most 92 days, coming first then the past, newest first. */
  receptions: {
    getList: {
      what: "查看公开接访",
      document: `query($from: String!, $to: String!) { receptions(from: $from, to: $to) { ${RECEPTION} } }`,
      variables: (p: ListParams) => ({ from: p.filter?.from, to: p.filter?.to }),
      parse: (d, p: ListParams) =>
        pageLocally(comingFirst(d.receptions ?? [], new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)), p),
    },
    actions: {
      schedule: {
        what: "安排公开接访",
        document: `mutation($input: ReceptionSlotInput!) { scheduleReception(input: $input) { ${RECEPTION} } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.scheduleReception,
      },
      outcome: {
        what: "登记公开接访情况",
        document: `mutation($input: ReceptionOutcomeInput!) { recordReceptionOutcome(input: $input) { ${RECEPTION} } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.recordReceptionOutcome,
      },
      cancel: {
        what: "取消公开接访",
        document: `mutation($id: ID!, $reason: String!) { cancelReception(id: $id, reason: $reason) { ${RECEPTION} } }`,
        variables: (p) => ({ id: p.id, reason: p.reason }),
        parse: (d) => d.cancelReception,
      },
      published: {
        what: "查看公开接访安排",
        document: `query($from: String!, $to: String!) {
          receptionSchedule(from: $from, to: $to) { receptionDate startTime endTime place leaderName leaderTitle } }`,
        variables: (p) => ({ from: p.from, to: p.to }),
        parse: (d) => d.receptionSchedule,
      },
      /** Active leaders, to schedule a reception for. */
      leaders: {
        what: "查看委领导",
        document: `query { users(role: LEADER, active: true, limit: 100) { items { id displayName post } } }`,
        variables: () => ({}),
        parse: (d) => d.users?.items ?? [],
      },
      /** Reports found by serial or summary, to link to a reception or a campaign. */
      findReports: {
        what: "查找信访举报件",
        document: `query($search: String!) { reports(search: $search, limit: 20) { items { id serial summary } } }`,
        variables: (p) => ({ search: p.search }),
        parse: (d) => d.reports?.items ?? [],
      },
    },
  },

  /** 带案下访, newest first. */
  caseVisits: {
    getList: {
      what: "查看带案下访",
      document: `query($leaderId: ID, $limit: Int!) { caseVisits(leaderId: $leaderId, limit: $limit) { ${VISIT} } }`,
      variables: (p: ListParams) => ({ ...onlyMine(p), limit: 100 }),
      parse: (d, p: ListParams) => pageLocally(d.caseVisits ?? [], p),
    },
    actions: {
      record: {
        what: "记录带案下访",
        document: `mutation($input: CaseVisitInput!) { recordCaseVisit(input: $input) { ${VISIT} } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.recordCaseVisit,
      },
      /** The cases leadership follows for the caller: owned (active) and screened candidates. */
      followedCases: {
        what: "查看包案和候选案件",
        document: `query {
          myOwnedCases(status: ACTIVE, limit: 100) { items { case { id serial report { id summary } } } }
          screeningQueue(limit: 100) { items { case { id serial report { id summary } } } } }`,
        variables: () => ({}),
        parse: (d) => [...d.myOwnedCases.items, ...d.screeningQueue.items].map((i: any) => i.case),
      },
    },
  },

  /** 专项整治, newest first, by status. */
  campaigns: {
    getList: {
      what: "查看专项整治",
      document: `query($status: CampaignStatus) { campaigns(status: $status) { ${CAMPAIGN_ROW} } }`,
      variables: (p: ListParams) => pickFilters(p.filter, ["status"]),
      parse: (d, p: ListParams) => pageLocally(d.campaigns ?? [], p),
    },
    getOne: {
      what: "查看专项整治",
      document: `query($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FULL} } }`,
      variables: (p) => ({ id: p.id }),
      parse: (d) => ({ data: d.campaign }),
    },
    actions: {
      start: {
        what: "启动专项整治",
        document: `mutation($input: CampaignInput!) { startCampaign(input: $input) { ${CAMPAIGN_ROW} } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.startCampaign,
      },
      note: {
        what: "记录专项整治进展",
        document: `mutation($input: CampaignNoteInput!) { noteCampaignProgress(input: $input) { id notedOn text } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.noteCampaignProgress,
      },
      rule: {
        what: "登记专项整治形成的制度",
        document: `mutation($input: CampaignRuleInput!) { recordCampaignRule(input: $input) { id title issuingUnit issuedOn } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.recordCampaignRule,
      },
      close: {
        what: "结束专项整治",
        document: `mutation($id: ID!, $results: String!) { closeCampaign(id: $id, results: $results) { ${CAMPAIGN_ROW} } }`,
        variables: (p) => ({ id: p.id, results: p.results }),
        parse: (d) => d.closeCampaign,
      },
      /** Units that may lead a campaign. */
      units: {
        what: "查看部门",
        document: `query { departments(active: true, limit: 100) { items { ${UNIT} } } }`,
        variables: () => ({}),
        parse: (d) => d.departments?.items ?? [],
      },
    },
  },

  /** 包案领导工作台统计 for the dashboard. */
  leadershipDashboard: {
    actions: {
      figures: {
        what: "查看包案统计",
        document: `query { leadershipDashboard {
          active dueThisWeek overdueCases candidates candidatesInLinkedTowns concluded released transferred } }`,
        variables: () => ({}),
        parse: (d) => d.leadershipDashboard,
      },
    },
  },
};

/** Receptions from today (Beijing) on, soonest first, then the past ones, latest first. */
export function comingFirst<T extends { receptionDate: string; startTime: string }>(items: T[], today: string): T[] {
  const key = (r: T) => `${r.receptionDate} ${r.startTime}`;
  const coming = items.filter((r) => r.receptionDate >= today).sort((a, b) => key(a).localeCompare(key(b)));
  const past = items.filter((r) => r.receptionDate < today).sort((a, b) => key(b).localeCompare(key(a)));
  return [...coming, ...past];
}

/** "Only mine" (filter.mine) as the graph's leaderId: the signed-in user's id, given as filter.me. */
function onlyMine(p: ListParams): { leaderId?: string } {
  return p.filter?.mine && p.filter?.me ? { leaderId: p.filter.me } : {};
}
