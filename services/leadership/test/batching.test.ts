import { randomUUID } from "node:crypto";
import { GraphQLClient } from "graphql-request";
import { CaseGraded, CaseOpened, ReportRouted, type ReportRoutedV4 } from "@prp/contracts";
import {
  CountingLogger,
  Role,
  SimulatedClock,
  dropDatabase,
  everySessionValid,
  signToken,
  startSubgraph,
  type AuthUser,
  type RunningSubgraph,
} from "@prp/kit";
import { isolatedDatabaseUrl, resetConfig } from "@prp/kit/testing";
import { subgraph as leadershipSubgraph } from "../src/subgraph";
import { leadershipConsumers } from "../src/app/case-events";
import { claimCase } from "../src/app/ownership";
import { recordAnalysisSession } from "../src/app/owner-work";
import { recordReceptionOutcome, scheduleReception } from "../src/app/receptions";
import { ScreeningReason } from "../src/domain/enums";
import type { FieldWorkDeps } from "../src/app/field-work-ports";
import { StandInSource, depsFor, person } from "./support/leadership-database";

// above the default page cap of 100 for the paged lists, so this test raises the cap (MAX_PAGE_SIZE) in its own configuration
const N = 150;
/** The receptions list is capped at 100 a query (a 92-day window holds far fewer): 20 days of 5 slots. */
const RECEPTION_DAYS = 20;
const SLOTS = ["08:00", "09:00", "10:00", "14:00", "15:00"];

/** Leadership's lists cost the same statements for a page of 10 as for a page of N. */
describe(`leadership query batching (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let sub: RunningSubgraph;
  let client: GraphQLClient;
  const queries = () => (sub.db.logger as CountingLogger).queries;
  const savedCap = process.env.MAX_PAGE_SIZE;
  const leader: AuthUser = person("leader-1", [Role.LEADER], { displayName: "王建国", townIds: ["town-b"] });

  beforeAll(async () => {
    process.env.MAX_PAGE_SIZE = String(N);
    process.env.GATEWAY_SECRET = "leadership-batching-secret";
    process.env.JWT_SECRET = "leadership-batching-jwt";
    process.env.DIRECTORY_URL = "http://127.0.0.1:9/graphql";
    process.env.CASES_URL = "http://127.0.0.1:9/graphql";
    resetConfig();
    // without its background consumers: the events are fed below, and nothing else may query while statements are counted
    sub = await startSubgraph(
      { ...leadershipSubgraph, background: undefined },
      {
        isSessionValid: everySessionValid,
        port: 0,
        databaseUrl: isolatedDatabaseUrl(),
        demoData: false,
        log: () => {},
      },
    );
    const at = "2026-03-02T02:00:00.000Z";
    const intake = new StandInSource("intake");
    const cases = new StandInSource("cases");
    // 2N KEY cases, half of them in the leader's linked town: N stay candidates, N are claimed
    for (let i = 0; i < 2 * N; i++) {
      const serial = `2026-${String(i + 1).padStart(6, "0")}`;
      const routed: ReportRoutedV4 = {
        reportId: `report-${i}`,
        serial,
        disposition: "PRELIMINARY_VERIFICATION",
        handlingDepartmentId: "office-1",
        copyToDepartmentId: null,
        dueDate: null,
        gradeHint: "SIMPLE",
        realName: true,
        decidedAt: at,
        decidedBy: "leader-1",
        origin: "SELF_RECEIVED",
        forwardingAuthority: null,
        townId: i % 2 ? "town-a" : "town-b",
        receivedAt: at,
        repeatOf: [],
        coSigners: 0,
        authorityDueDate: null,
      };
      intake.add(ReportRouted, routed);
      cases.add(CaseOpened, {
        caseId: `case-${i}`,
        reportId: `report-${i}`,
        serial,
        handlingUnitId: "office-1",
        decidedAt: at,
        openedAt: at,
      });
      cases.add(CaseGraded, {
        caseId: `case-${i}`,
        reportId: `report-${i}`,
        serial,
        grade: "KEY",
        listed: false,
        supervisingLeaderId: null,
        supervisionDueDate: null,
        at,
      });
    }
    const consumers = leadershipConsumers(sub.db, { cases, intake });
    // the consumers take a batch at a time
    for (let i = 0; i < 20; i++) {
      await consumers.intake.pollOnce();
      await consumers.cases.pollOnce();
    }
    const clock = new SimulatedClock(new Date("2026-03-10T02:00:00Z"));
    for (let i = 0; i < N; i++) {
      const deps = depsFor(sub.db, leader, clock);
      await claimCase(deps, { caseId: `case-${i}`, reasons: [ScreeningReason.DIFFICULT_COMPLEX] });
      await recordAnalysisSession(deps, {
        caseId: `case-${i}`,
        heldOn: "2026-03-10",
        participants: ["王建国", "承办室负责人"],
        findings: "线索具体，可查性强",
        mainDirection: "围绕资金去向开展核查",
      });
    }
    // receptions held, each with two reports registered
    const fieldWork: FieldWorkDeps = {
      ...depsFor(sub.db, leader, new SimulatedClock(new Date("2026-02-01T02:00:00Z"))),
      intake: { reports: async (ids) => ids.map((id) => ({ id, serial: id })) },
      leaders: {
        profile: async (id) => ({
          id,
          displayName: "王建国",
          post: "市纪委副书记",
          roles: [Role.LEADER],
          active: true,
        }),
      },
    };
    const afterwards = { ...fieldWork, clock: new SimulatedClock(new Date("2026-03-31T02:00:00Z")) };
    for (let d = 0; d < RECEPTION_DAYS; d++)
      for (const startTime of SLOTS) {
        const r = await scheduleReception(fieldWork, {
          leaderId: leader.id,
          receptionDate: `2026-03-${String(d + 1).padStart(2, "0")}`,
          startTime,
          endTime: "18:00",
          place: "市群众来访接待中心",
        });
        await recordReceptionOutcome(afterwards, {
          receptionId: r.id,
          visitorsReceived: 2,
          reportIds: [`report-${d}-${startTime}-1`, `report-${d}-${startTime}-2`],
          summary: "接待群众两批",
        });
      }
    const token = await signToken({
      id: leader.id,
      username: "leader",
      displayName: leader.displayName,
      roles: [Role.LEADER],
      departmentId: null,
      townIds: leader.townIds,
      sessionId: randomUUID(),
    });
    client = new GraphQLClient(sub.url, {
      headers: { authorization: `Bearer ${token}`, "x-gateway-secret": "leadership-batching-secret" },
    });
  }, 600_000);
  afterAll(async () => {
    await sub?.stop();
    if (sub?.target.dialect === "mysql") await dropDatabase(sub.target);
    if (savedCap === undefined) delete process.env.MAX_PAGE_SIZE;
    else process.env.MAX_PAGE_SIZE = savedCap;
    resetConfig();
  });

  async function cost(query: string, variables: Record<string, unknown>) {
    const before = queries();
    const data = await client.request<any>(query, variables);
    return { count: queries() - before, data };
  }

  it(`lists ${N} candidates with their reasons, towns and nominations in as many statements as 10`, async () => {
    const list = `query($n: Int!) { screeningQueue(limit: $n) { total items { case { id } town { id } reasons inLinkedTown nominations { id } } } }`;
    const small = await cost(list, { n: 10 });
    const large = await cost(list, { n: N });
    expect(large.data.screeningQueue.total).toBe(N);
    expect(large.data.screeningQueue.items).toHaveLength(N);
    expect(large.data.screeningQueue.items.every((c: any) => c.reasons.includes("DIFFICULT_COMPLEX"))).toBe(true);
    expect(small.data.screeningQueue.items).toHaveLength(10);
    expect(small.count).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
  });

  it(`lists ${N} owned cases with their case work in as many statements as 10`, async () => {
    const list = `query($n: Int!) { myOwnedCases(limit: $n) { total items { id serial case { id } leader { id } transferredFrom { id }
      analysisSessions { id mainDirection } disciplineDiscussions { id } forces { id units { id } people { id } } } } }`;
    const small = await cost(list, { n: 10 });
    const large = await cost(list, { n: N });
    expect(large.data.myOwnedCases.total).toBe(N);
    expect(large.data.myOwnedCases.items).toHaveLength(N);
    expect(large.data.myOwnedCases.items.every((o: any) => o.analysisSessions.length === 1)).toBe(true);
    expect(small.count).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
  });

  it(`lists ${RECEPTION_DAYS * SLOTS.length} receptions with their reports in as many statements as 10`, async () => {
    const list = `query($f: String!, $t: String!) { receptions(from: $f, to: $t) { id status leader { id } reports { id } visitorsReceived } }`;
    const small = await cost(list, { f: "2026-03-01", t: "2026-03-02" });
    const large = await cost(list, { f: "2026-03-01", t: "2026-03-31" });
    expect(small.data.receptions).toHaveLength(10);
    expect(large.data.receptions).toHaveLength(RECEPTION_DAYS * SLOTS.length);
    expect(large.data.receptions.every((r: any) => r.status === "HELD" && r.reports.length === 2)).toBe(true);
    expect(small.count).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
  });

  it("counts a half-year's figures in the same statements whatever the volume", async () => {
    const figures = `{ _entities(representations: [{ __typename: "Period", from: "2026-01-01", to: "2026-06-30" }]) {
      ... on Period { leadership { ownershipsClaimed analysisSessions receptionsHeld visitorsReceived reportsRegisteredAtReceptions candidatesScreened } } } }`;
    const empty = `{ _entities(representations: [{ __typename: "Period", from: "2025-01-01", to: "2025-06-30" }]) {
      ... on Period { leadership { ownershipsClaimed } } } }`;
    const full = await cost(figures, {});
    const none = await cost(empty, {});
    expect(full.data._entities[0].leadership).toEqual({
      ownershipsClaimed: N,
      analysisSessions: N,
      receptionsHeld: RECEPTION_DAYS * SLOTS.length,
      visitorsReceived: 2 * RECEPTION_DAYS * SLOTS.length,
      reportsRegisteredAtReceptions: 2 * RECEPTION_DAYS * SLOTS.length,
      candidatesScreened: 2 * N,
    });
    expect(none.data._entities[0].leadership.ownershipsClaimed).toBe(0);
    expect(none.count).toBeGreaterThan(0);
    expect(full.count).toBe(none.count);
  });
});
