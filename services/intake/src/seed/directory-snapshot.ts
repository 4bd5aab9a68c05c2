import { callSubgraph, type DayOverride } from "@prp/kit";

/**
 * What the demo reports need from the directory subgraph: towns, the units a report can be
 * routed to, and the people who register, triage and decide. Fetched once, at first start.
 */
export interface DirectoryUnit {
  id: string;
  name: string;
}

export interface DirectoryPerson {
  id: string;
  displayName: string;
}

export interface DirectorySnapshot {
  towns: DirectoryUnit[];
  /** 镇（街道）纪（工）委, with the town each one belongs to. */
  townCommittees: (DirectoryUnit & { townId: string | null })[];
  /** 纪检监察室. */
  supervisionOffices: DirectoryUnit[];
  /** 派驻纪检监察组. */
  stationedGroups: DirectoryUnit[];
  petitionOffice: DirectoryUnit | null;
  caseSupervisionOffice: DirectoryUnit | null;
  /**
   * 主管部门 with the office or group a transfer is copied to (双向移交: the contact office,
   * else the stationed group, as the directory's liaisonFor picks it; see app/ports.ts DirectoryPort.copyTo).
   */
  competentDepartments: (DirectoryUnit & { copyTo: DirectoryUnit | null; stationedGroup?: DirectoryUnit | null })[];
  /** 委领导, with the towns each is linked to (包联镇街) when known. */
  leaders: (DirectoryPerson & { townIds?: string[] })[];
  /** 信访室干部. */
  petitionOfficers: DirectoryPerson[];
  /** Administrators' corrections of the working-day calendar. */
  calendarOverrides?: DayOverride[];
}

export type DirectorySource = (log: (line: string) => void) => Promise<DirectorySnapshot | null>;

const DIRECTORY_QUERY = `query DemoDirectory {
  towns(active: true) { id name }
  departments(kinds: [PETITION_OFFICE, CASE_SUPERVISION_OFFICE, SUPERVISION_OFFICE, STATIONED_GROUP, TOWN_COMMITTEE, COMPETENT_DEPARTMENT], active: true, limit: 100) {
    items { id name kind town { id } }
  }
  leaders: users(role: LEADER, active: true, limit: 100) { items { id displayName linkedTowns { id } } }
  officers: users(role: PETITION_OFFICER, active: true, limit: 100) { items { id displayName } }
  calendarOverrides { date working }
}`;

interface DirectoryAnswer {
  towns: DirectoryUnit[];
  departments: { items: (DirectoryUnit & { kind: string; town: { id: string } | null })[] };
  leaders: { items: (DirectoryPerson & { linkedTowns: { id: string }[] })[] };
  officers: { items: DirectoryPerson[] };
  calendarOverrides: DayOverride[];
}

interface LiaisonAnswer {
  contactOffice: DirectoryUnit | null;
  stationedGroup: DirectoryUnit | null;
}

/**
 * One attempt: the organisation, then the liaison mapping of every competent department in one
 * request. Lists keep the directory's order (towns by code, departments by sort order).
 */
export async function readDirectorySnapshot(
  ask: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>,
): Promise<DirectorySnapshot> {
  const d = await ask<DirectoryAnswer>(DIRECTORY_QUERY);
  const depts = d.departments.items;
  const ofKind = (kind: string) => depts.filter((x) => x.kind === kind).map((x) => ({ id: x.id, name: x.name }));
  const competent = ofKind("COMPETENT_DEPARTMENT");
  const liaison: Record<string, LiaisonAnswer> = {};
  if (competent.length) {
    const vars = competent.map((_, i) => `$d${i}: ID!`).join(", ");
    const fields = competent
      .map((_, i) => `l${i}: liaisonFor(departmentId: $d${i}) { contactOffice { id name } stationedGroup { id name } }`)
      .join("\n");
    const answer = await ask<Record<string, LiaisonAnswer>>(
      `query DemoLiaisons(${vars}) {\n${fields}\n}`,
      Object.fromEntries(competent.map((c, i) => [`d${i}`, c.id])),
    );
    competent.forEach((c, i) => (liaison[c.id] = answer[`l${i}`]));
  }
  return {
    towns: d.towns.map((t) => ({ id: t.id, name: t.name })),
    townCommittees: depts
      .filter((x) => x.kind === "TOWN_COMMITTEE")
      .map((x) => ({ id: x.id, name: x.name, townId: x.town?.id ?? null })),
    supervisionOffices: ofKind("SUPERVISION_OFFICE"),
    stationedGroups: ofKind("STATIONED_GROUP"),
    petitionOffice: ofKind("PETITION_OFFICE")[0] ?? null,
    caseSupervisionOffice: ofKind("CASE_SUPERVISION_OFFICE")[0] ?? null,
    competentDepartments: competent.map((c) => ({
      ...c,
      copyTo: liaison[c.id]?.contactOffice ?? liaison[c.id]?.stationedGroup ?? null,
      stationedGroup: liaison[c.id]?.stationedGroup ?? null,
    })),
    leaders: d.leaders.items.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      townIds: u.linkedTowns.map((t) => t.id),
    })),
    petitionOfficers: d.officers.items.map((u) => ({ id: u.id, displayName: u.displayName })),
    calendarOverrides: d.calendarOverrides,
  };
}

/**
 * How long the first start waits for the directory. Both subgraphs start in parallel and the
 * directory seeds its organisation before it listens; the launcher gives each subgraph 60 s
 * to report healthy, so the wait stays below that: a directory that never comes still lets
 * intake start (without demo reports, which the next start then creates).
 */
export const DIRECTORY_WAIT_MS = 50_000;
const RETRY_EVERY_MS = 1_000;
const REQUEST_TIMEOUT_MS = 10_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The directory snapshot over the graph (kit callSubgraph, service token), retried until the
 * directory answers with a seeded organisation (towns present) or `waitMs` has passed; null then.
 */
export async function fetchDirectorySnapshot(
  log: (line: string) => void,
  waitMs = DIRECTORY_WAIT_MS,
): Promise<DirectorySnapshot | null> {
  const ask = <T>(query: string, variables?: Record<string, unknown>) =>
    withTimeout(callSubgraph<T>("intake", "directory", query, variables), REQUEST_TIMEOUT_MS);
  const deadline = Date.now() + waitMs;
  let lastProblem: string | undefined;
  let announced = false;
  for (;;) {
    try {
      const snapshot = await readDirectorySnapshot(ask);
      if (snapshot.towns.length > 0) return snapshot;
      lastProblem = "组织机构中还没有镇（街道）";
    } catch (err) {
      lastProblem = (err as Error)?.message?.split("\n")[0] ?? String(err);
    }
    if (Date.now() + RETRY_EVERY_MS > deadline) break;
    if (!announced) {
      log("演示数据：等待组织机构服务（directory）就绪……");
      announced = true;
    }
    await sleep(RETRY_EVERY_MS);
  }
  log(
    `演示数据：组织机构服务（directory）${Math.round(waitMs / 1000)} 秒内未就绪（${lastProblem.slice(0, 200)}），本次不生成演示信访举报，下次启动时再生成`,
  );
  return null;
}
