import { GraphQLClient } from "graphql-request";
import {
  GATEWAY_SECRET_HEADER,
  WorkingCalendar,
  beijingDate,
  readSecret,
  startSubgraph,
  type RunningSubgraph,
} from "@prp/kit";
import { resetConfig } from "@prp/kit/testing";
import { subgraph as leadershipSubgraph } from "@prp/leadership";
import { startTestPlatform, failure, type TestPlatform } from "./support/platform";
import { eventually, rnd, routeReport } from "./support/journeys";

const CLAIMS = 50;
// waits, not assertions on speed: the platform runs on a small machine shared with other work
jest.setTimeout(300_000);

/** Leader-assigned cases (领导包案) through the gateway: screening, claims, the owner's work and monitoring. */
describe(`leader-assigned cases through the gateway (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let p: TestPlatform;
  const tokens = new Map<string, string>();
  const token = async (user: string) => {
    if (!tokens.has(user)) tokens.set(user, await p.login(user));
    return tokens.get(user)!;
  };
  const as = async <T = any>(user: string | null, query: string, variables?: Record<string, unknown>): Promise<T> =>
    p.client(user ? await token(user) : undefined).request<T>(query, variables);
  let handlerUnit = "";
  const names: Record<string, string> = {};
  let replica: RunningSubgraph | undefined;

  /** Registers a report and routes it to the handler's unit as a preliminary verification (opens KEY). */
  async function routeKeyCase(realName = false): Promise<{ reportId: string; caseId: string }> {
    const id = await routeReport(
      as,
      { disposition: "PRELIMINARY_VERIFICATION", handlingDepartmentId: handlerUnit, opinion: "初步核实" },
      {
        realName,
        register: {
          summary: `反映村干部问题${rnd()}`,
          content: `反映某村党支部书记在集体土地流转中收受好处，多次反映未果。${rnd()}${rnd()}`,
        },
      },
    );
    const caseId = await eventually(
      async () => (await as("leader", `query($id: ID!) { report(id: $id) { case { id } } }`, { id })).report.case?.id,
      "the case to open",
    );
    return { reportId: id, caseId };
  }

  const queue = (user = "leader") =>
    as(
      user,
      `{ screeningQueue(limit: 100) { total items { serial reasons inLinkedTown case { id grade status } nominations { note } } } }`,
    ).then((r) => r.screeningQueue);

  const candidate = (caseId: string) =>
    eventually(async () => (await queue()).items.find((c: any) => c.case.id === caseId), "the case to be a candidate");

  const claim = (client: GraphQLClient, caseId: string) =>
    client.request<{ claimCase: { id: string; leaderName: string } }>(
      `mutation($c: ID!) { claimCase(caseId: $c, reasons: [DIFFICULT_COMPLEX]) { id leaderName } }`,
      { c: caseId },
    );

  /** Sends the claims at once; returns the winners and the CONFLICT messages of the rest. */
  async function claimTogether(clients: GraphQLClient[], caseId: string) {
    const results = await Promise.all(
      clients.map((c) =>
        claim(c, caseId).then(
          (r) => ({ ok: r.claimCase }),
          async (err) => ({ err: await failure(Promise.reject(err)) }),
        ),
      ),
    );
    const won = results.filter((r): r is { ok: { id: string; leaderName: string } } => "ok" in r).map((r) => r.ok);
    const lost = results.filter((r): r is { err: any } => "err" in r).map((r) => r.err);
    return { won, lost };
  }

  beforeAll(async () => {
    p = await startTestPlatform({ EVENT_POLL_MS: "200" });
    handlerUnit = (await as("handler", `{ me { department { id } } }`)).me.department.id;
    for (const u of ["leader", "leader2"]) names[u] = (await as(u, `{ me { displayName } }`)).me.displayName;
    // a shared 2-core machine under load starts the whole platform slowly
  }, 300_000);
  afterAll(async () => {
    await replica?.stop();
    await p?.stop();
  });

  it("lists a KEY case as a candidate with its reason, and refuses those who may not read the queue", async () => {
    const { caseId } = await routeKeyCase();
    const c = await candidate(caseId);
    expect(c.reasons).toEqual(["DIFFICULT_COMPLEX"]);
    // the case's own fields come from case handling through the graph
    expect(c.case).toMatchObject({ id: caseId, grade: "KEY", status: "PENDING_ACCEPTANCE" });
    expect((await failure(as("trainee", `{ screeningQueue { total } }`))).code).toBe("FORBIDDEN");
    expect((await failure(as(null, `{ screeningQueue { total } }`))).code).toBe("UNAUTHENTICATED");
    // a handler of the case's unit nominates it (干扰多阻力大); a liaison may not
    const nominate = `mutation($c: ID!, $r: String!) { nominateCase(caseId: $c, reason: $r) { reasons } }`;
    expect((await failure(as("liaison", nominate, { c: caseId, r: "说情打招呼较多" }))).code).toBe("FORBIDDEN");
    const n = await as("handler", nominate, { c: caseId, r: "被反映人多次打招呼说情，查办阻力大" });
    expect(n.nominateCase.reasons).toEqual(["DIFFICULT_COMPLEX", "INTERFERENCE"]);
    expect((await candidate(caseId)).nominations).toEqual([{ note: "被反映人多次打招呼说情，查办阻力大" }]);
  });

  it(`gives one owner of ${CLAIMS} simultaneous claims; the other ${CLAIMS - 1} are CONFLICT naming the owner`, async () => {
    const { caseId } = await routeKeyCase();
    await candidate(caseId);
    const clients = await Promise.all(
      Array.from({ length: CLAIMS }, async (_, i) => p.client(await token(i % 2 ? "leader2" : "leader"))),
    );
    const { won, lost } = await claimTogether(clients, caseId);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(CLAIMS - 1);
    for (const f of lost) {
      expect(f.code).toBe("CONFLICT");
      expect(f.message).toContain(won[0].leaderName);
    }
    const r = await as(
      "leader",
      `query($id: ID!) { ownership(id: $id) { status leaderName case { id ownership { id } ownershipHistory { id } } } }`,
      { id: won[0].id },
    );
    expect(r.ownership).toMatchObject({
      status: "ACTIVE",
      case: { id: caseId, ownership: { id: won[0].id }, ownershipHistory: [{ id: won[0].id }] },
    });
    expect((await queue()).items.map((c: any) => c.case.id)).not.toContain(caseId);
  });

  it(`gives one owner across two replicas of the leadership subgraph on one database`, async () => {
    const { caseId } = await routeKeyCase();
    await candidate(caseId);
    // a second replica (in this process) on its own port, the same database and secrets
    process.env.DATA_DIR = p.platform.dataDir;
    for (const s of ["directory", "intake", "cases"])
      process.env[`${s.toUpperCase()}_URL`] = p.platform.subgraphs[s].url;
    process.env.EVENT_POLL_MS = "200";
    resetConfig();
    const port = 21000 + Math.floor(Math.random() * 4000);
    replica = await startSubgraph(leadershipSubgraph, {
      port,
      databaseUrl: p.platform.databaseUrl,
      demoData: false,
      log: () => {},
    });
    const direct = (t: string) =>
      new GraphQLClient(`http://127.0.0.1:${port}/graphql`, {
        headers: { authorization: `Bearer ${t}`, [GATEWAY_SECRET_HEADER]: readSecret("GATEWAY_SECRET") },
      });
    const clients = await Promise.all(
      Array.from({ length: CLAIMS }, async (_, i) => {
        const t = await token(i % 4 < 2 ? "leader" : "leader2");
        return i % 2 ? direct(t) : p.client(t);
      }),
    );
    const { won, lost } = await claimTogether(clients, caseId);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(CLAIMS - 1);
    for (const f of lost) {
      expect(f.code).toBe("CONFLICT");
      expect(f.message).toContain(won[0].leaderName);
    }
    const h = await as("leader", `query($id: ID!) { ownership(id: $id) { case { ownershipHistory { id } } } }`, {
      id: won[0].id,
    });
    expect(h.ownership.case.ownershipHistory).toEqual([{ id: won[0].id }]);
  });

  it("lets the owner record an analysis session, see the case's deadlines and what is due, and release only with a reason", async () => {
    const { caseId, reportId } = await routeKeyCase(true);
    await candidate(caseId);
    const o = (await claim(p.client(await token("leader")), caseId)).claimCase;
    expect(o.leaderName).toBe(names.leader);

    // the case is listed for supervision in case handling, due in two working days
    const calendar = new WorkingCalendar();
    const due = calendar.addWorkingDays(beijingDate(new Date()), 2);
    const leaderId = (await as("leader", `{ me { id } }`)).me.id;
    await as(
      "leader",
      `mutation($id: ID!, $i: ListCaseInput!) { listCaseForSupervision(id: $id, input: $i) { listed } }`,
      { id: caseId, i: { leaderId, level: "LEADER", dueDate: due, reason: "领导包案，挂牌督办" } },
    );

    const session = {
      caseId,
      heldOn: beijingDate(new Date()),
      participants: ["王建国", "陈明", "第一纪检监察室负责人"],
      findings: "问题线索具体，可查性强，需调取村集体账目",
      mainDirection: "围绕土地流转资金去向开展核查",
    };
    const record = `mutation($i: AnalysisSessionInput!) { recordAnalysisSession(input: $i) { id mainDirection participants } }`;
    expect((await failure(as("leader2", record, { i: session }))).code).toBe("FORBIDDEN");
    const s = (await as("leader", record, { i: session })).recordAnalysisSession;
    expect(s).toMatchObject({ mainDirection: session.mainDirection, participants: session.participants });
    expect((await failure(as("leader", record, { i: session }))).code).toBe("CONFLICT");
    expect((await failure(as("leader", record, { i: { ...session, heldOn: "2026/01/01" } }))).code).toBe(
      "BAD_USER_INPUT",
    );

    const mine = await as(
      "leader",
      `{ myOwnedCases(limit: 100) { total items { id status analysisSessions { id } case { id status supervisionDueDate resultFeedback { state } tasks { dueDate overdue } } } } }`,
    );
    const owned = mine.myOwnedCases.items.find((x: any) => x.id === o.id);
    expect(owned).toMatchObject({
      status: "ACTIVE",
      analysisSessions: [{ id: s.id }],
      case: { id: caseId, supervisionDueDate: due, tasks: [] },
    });
    const reminders = (
      await as("leader", `{ ownershipReminders { kind dueDate overdue workingDaysLeft case { id } } }`)
    ).ownershipReminders;
    expect(reminders).toContainEqual({
      kind: "SUPERVISION",
      dueDate: due,
      overdue: false,
      workingDaysLeft: 2,
      case: { id: caseId },
    });
    // the counts agree with the list, asked in one request
    const both = await as(
      "leader",
      `{ leadershipDashboard { active dueThisWeek } myOwnedCases(status: ACTIVE) { total items { id } } }`,
    );
    const dash = both.leadershipDashboard;
    expect(dash.active).toBe(both.myOwnedCases.total);
    expect(both.myOwnedCases.items.map((x: any) => x.id)).toContain(o.id);
    expect(dash.dueThisWeek).toBeGreaterThanOrEqual(1);

    // the owner may see the real-name reporter (audited) once intake has learnt who owns the case; leader2 may not
    const unmask = `query($id: ID!) { report(id: $id) { reporter(unmasked: true) { name } } }`;
    const seen = await eventually(
      () =>
        as("leader", unmask, { id: reportId }).then(
          (r) => r.report.reporter.name,
          () => null,
        ),
      "intake to learn the owner",
    );
    expect(seen).toBe("张三");
    expect((await failure(as("leader2", unmask, { id: reportId }))).code).toBe("FORBIDDEN");
    const audit = await as(
      "admin",
      `query($id: String!) { intakeAuditLog(entityId: $id, limit: 100) { items { action actorName summary } } }`,
      { id: reportId },
    );
    expect(audit.intakeAuditLog.items).toContainEqual(
      expect.objectContaining({ action: "reporter.unmask", actorName: names.leader }),
    );

    // releasing needs a reason, and only the owner may
    const release = `mutation($c: ID!, $r: String!) { releaseCase(caseId: $c, reason: $r) { status endReason } }`;
    expect((await failure(as("leader", release, { c: caseId, r: "" }))).code).toBe("BAD_USER_INPUT");
    expect((await failure(as("leader2", release, { c: caseId, r: "工作安排调整" }))).code).toBe("FORBIDDEN");
    expect((await as("leader", release, { c: caseId, r: "工作安排调整" })).releaseCase).toEqual({
      status: "RELEASED",
      endReason: "工作安排调整",
    });
    // released: back in the queue, and intake stops letting the former owner see the reporter
    await candidate(caseId);
    await eventually(
      () =>
        as("leader", unmask, { id: reportId }).then(
          () => null,
          (e) => failure(Promise.reject(e)),
        ),
      "intake to learn the release",
    ).then((f) => expect(f.code).toBe("FORBIDDEN"));
  });

  it("lets only the commission head move an ownership to another leader, keeping the history", async () => {
    const { caseId } = await routeKeyCase();
    await candidate(caseId);
    const first = (await claim(p.client(await token("leader")), caseId)).claimCase;
    const leader2Id = (await as("leader2", `{ me { id } }`)).me.id;
    const move = `mutation($c: ID!, $to: ID!, $r: String!) { transferOwnership(caseId: $c, toLeaderId: $to, reason: $r) { id leaderName status } }`;
    expect((await failure(as("leader", move, { c: caseId, to: leader2Id, r: "统筹工作安排" }))).code).toBe("FORBIDDEN");
    const moved = (await as("admin", move, { c: caseId, to: leader2Id, r: "统筹工作安排" })).transferOwnership;
    expect(moved).toMatchObject({ leaderName: names.leader2, status: "ACTIVE" });
    const h = await as(
      "leader",
      `query($id: ID!) { ownership(id: $id) { case { ownershipHistory { id status endReason leaderName } } } }`,
      { id: moved.id },
    );
    expect(h.ownership.case.ownershipHistory).toEqual([
      { id: first.id, status: "TRANSFERRED", endReason: "统筹工作安排", leaderName: names.leader },
      { id: moved.id, status: "ACTIVE", endReason: null, leaderName: names.leader2 },
    ]);
    const audit = await as("admin", `query($id: String!) { leadershipAuditLog(entityId: $id) { items { action } } }`, {
      id: moved.id,
    });
    expect(audit.leadershipAuditLog.items.map((a: any) => a.action)).toContain("ownership.transfer");
  });

  it("seeds demo ownerships with analysis sessions through the use cases", async () => {
    const demo = await eventually(async () => {
      for (const u of ["leader", "leader2"]) {
        const r = await as(
          u,
          `{ myOwnedCases(limit: 100) { items { note targetDate analysisSessions { mainDirection } } } }`,
        );
        const hit = r.myOwnedCases.items.filter((o: any) => o.note === "演示：领导包案");
        if (hit.length) return hit;
      }
      return null;
    }, "the demo ownerships");
    for (const o of demo) {
      expect(o.analysisSessions.length).toBeGreaterThanOrEqual(1);
      expect(o.targetDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
