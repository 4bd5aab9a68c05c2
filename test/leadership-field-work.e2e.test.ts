import { beijingDate } from "@prp/kit";
import { startTestPlatform, failure, type TestPlatform } from "./support/platform";
import { eventually, rnd } from "./support/journeys";

/**
 * The leaders' field work through the gateway: petition meetings of linked towns (列席专题会议),
 * public receptions with their published schedule (公开接访), case visits (带案下访) and special
 * rectification (专项整治).
 */
describe(`leaders' field work through the gateway (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let p: TestPlatform;
  const tokens = new Map<string, string>();
  const token = async (user: string) => {
    if (!tokens.has(user)) tokens.set(user, await p.login(user));
    return tokens.get(user)!;
  };
  const as = async <T = any>(user: string | null, query: string, variables?: Record<string, unknown>): Promise<T> =>
    p.client(user ? await token(user) : undefined).request<T>(query, variables);
  const today = () => beijingDate(new Date());
  let handlerUnit = "";
  let leader: { id: string; linkedTowns: { id: string }[] };
  let leader2: { id: string; linkedTowns: { id: string }[] };

  async function registerReport(): Promise<{ id: string; serial: string }> {
    const { registerReport } = await as(
      "officer",
      `mutation($i: RegisterReportInput!) { registerReport(input: $i) { id serial } }`,
      {
        i: {
          channel: "LETTER",
          postmarkDate: new Date(Date.now() - 2 * 86400_000).toISOString().slice(0, 10),
          reporter: { realName: false },
          category: "INTEGRITY_DISCIPLINE",
          summary: `反映村干部问题${rnd()}`,
          content: `反映某村党支部书记在集体土地流转中收受好处，多次反映未果。${rnd()}${rnd()}`,
        },
      },
    );
    return registerReport;
  }

  /** A report routed to the handler's unit as a preliminary verification, and its case once leadership follows it. */
  async function routedCase(): Promise<{ reportId: string; caseId: string }> {
    const { id } = await registerReport();
    await as("officer", `mutation($id: ID!) { distinguishReport(id: $id, input: { scope: IN_SCOPE }) { status } }`, {
      id,
    });
    await as("officer", `mutation($id: ID!) { checkReport(id: $id, input: { flags: [] }) { status } }`, { id });
    await as("leader", `mutation($id: ID!, $i: DecideInput!) { decideReport(id: $id, input: $i) { status } }`, {
      id,
      i: { disposition: "PRELIMINARY_VERIFICATION", handlingDepartmentId: handlerUnit, opinion: "初步核实" },
    });
    const caseId = await eventually(
      async () => (await as("leader", `query($id: ID!) { report(id: $id) { case { id } } }`, { id })).report.case?.id,
      "the case to open",
      // case handling first works through the demo data's backlog of intake events (slow on a busy MariaDB)
      300_000,
    );
    // leadership follows the case once case handling's CaseOpened has reached it (a KEY case is a candidate)
    await eventually(
      async () =>
        (await as("leader", `{ screeningQueue(limit: 100) { items { case { id } } } }`)).screeningQueue.items.some(
          (c: any) => c.case.id === caseId,
        ),
      "leadership to follow the case",
    );
    return { reportId: id, caseId };
  }

  beforeAll(async () => {
    p = await startTestPlatform({ EVENT_POLL_MS: "200" });
    handlerUnit = (await as("handler", `{ me { department { id } } }`)).me.department.id;
    leader = (await as("leader", `{ me { id linkedTowns { id } } }`)).me;
    leader2 = (await as("leader2", `{ me { id linkedTowns { id } } }`)).me;
    // starting five processes on a shared machine may take a while
  }, 300_000);
  afterAll(async () => {
    await p?.stop();
  });

  it("records a leader's attendance at a linked town's petition meeting, and only of their own towns", async () => {
    expect(leader.linkedTowns.length).toBeGreaterThan(0);
    const town = leader.linkedTowns[0].id;
    const meeting = {
      townId: town,
      heldOn: today(),
      topics: ["重复信访化解", "信访积案清理"],
      decisions: "建立重复信访台账，由镇党委书记包案，月底前逐件销号",
    };
    const record = `mutation($i: TownMeetingInput!) { recordTownMeeting(input: $i) { id leaderName heldOn topics town { id name } } }`;
    const m = (await as("leader", record, { i: meeting })).recordTownMeeting;
    expect(m).toMatchObject({ heldOn: today(), topics: meeting.topics, town: { id: town } });
    expect(m.town.name).toBeTruthy();
    // again: CONFLICT; another leader's town: FORBIDDEN; the petition office: FORBIDDEN; a bad date: BAD_USER_INPUT
    expect((await failure(as("leader", record, { i: meeting }))).code).toBe("CONFLICT");
    const other = await failure(as("leader", record, { i: { ...meeting, townId: leader2.linkedTowns[0].id } }));
    expect(other).toMatchObject({ code: "FORBIDDEN", message: "只能记录本人包联镇（街道）的信访专题会议" });
    expect((await failure(as("officer", record, { i: meeting }))).code).toBe("FORBIDDEN");
    expect((await failure(as("leader", record, { i: { ...meeting, heldOn: "2099-01-01" } }))).message).toBe(
      "会议日期不能晚于今天",
    );
    // today's only: the demo leaders' meetings are dated in the past weeks, never today
    const ofToday = (list: { heldOn: string }[]) => list.filter((x) => x.heldOn === today());
    const listed = (await as("leader", `{ townMeetings { id heldOn leader { id } } }`)).townMeetings;
    expect(ofToday(listed)).toEqual([{ id: m.id, heldOn: today(), leader: { id: leader.id } }]);
    // leader2's default is their own towns, where nothing was recorded today
    expect(ofToday((await as("leader2", `{ townMeetings { id heldOn } }`)).townMeetings)).toEqual([]);
  });

  it("publishes a reception schedule anyone reads without signing in, with nothing internal", async () => {
    const slot = {
      leaderId: leader.id,
      receptionDate: today(),
      startTime: "08:30",
      endTime: "11:30",
      place: "市群众来访接待中心",
    };
    const schedule = `mutation($i: ReceptionSlotInput!) { scheduleReception(input: $i) { id status leaderName leaderTitle } }`;
    // a leader schedules only their own; the petition office any leader's
    expect((await failure(as("leader2", schedule, { i: slot }))).code).toBe("FORBIDDEN");
    const r = (await as("officer", schedule, { i: slot })).scheduleReception;
    expect(r).toMatchObject({ status: "SCHEDULED", leaderName: "王建国", leaderTitle: "市纪委副书记、市监委副主任" });
    expect((await failure(as("officer", schedule, { i: slot }))).code).toBe("CONFLICT");
    expect((await failure(as("officer", schedule, { i: { ...slot, endTime: "08:00" } }))).message).toContain(
      "接访结束时间应晚于开始时间",
    );

    // what the reception brought: visitors and the reports registered from them, checked in intake
    const report = await registerReport();
    const outcome = `mutation($i: ReceptionOutcomeInput!) { recordReceptionOutcome(input: $i) { status visitorsReceived reports { id serial } } }`;
    const unknown = await failure(
      as("leader", outcome, {
        i: { receptionId: r.id, visitorsReceived: 3, reportIds: [report.id, "no-such-report"], summary: "接待三批" },
      }),
    );
    expect(unknown).toMatchObject({ code: "BAD_USER_INPUT", message: "以下举报件不存在：no-such-report" });
    const held = (
      await as("leader", outcome, {
        i: { receptionId: r.id, visitorsReceived: 3, reportIds: [report.id], summary: "接待群众三批，当场登记一件" },
      })
    ).recordReceptionOutcome;
    // the report's serial is intake's, through the graph
    expect(held).toEqual({ status: "HELD", visitorsReceived: 3, reports: [{ id: report.id, serial: report.serial }] });

    // anonymous: the published schedule, exactly the public fields
    const pub = `query($f: String!, $t: String!) { receptionSchedule(from: $f, to: $t) { receptionDate startTime endTime place leaderName leaderTitle } }`;
    const published = (await as(null, pub, { f: today(), t: today() })).receptionSchedule;
    expect(published).toContainEqual({
      receptionDate: today(),
      startTime: "08:30",
      endTime: "11:30",
      place: "市群众来访接待中心",
      leaderName: "王建国",
      leaderTitle: "市纪委副书记、市监委副主任",
    });
    // … and nothing else: the internal list needs a session, the public type has no internal fields
    const internal = `query($f: String!, $t: String!) { receptions(from: $f, to: $t) { id summary visitorsReceived } }`;
    expect((await failure(as(null, internal, { f: today(), t: today() }))).code).toBe("UNAUTHENTICATED");
    const leak = await failure(
      as(null, `query($f: String!, $t: String!) { receptionSchedule(from: $f, to: $t) { summary } }`, {
        f: today(),
        t: today(),
      }),
    );
    // the gateway refuses the query before any subgraph sees it
    expect(leak.code).toBe("BAD_USER_INPUT");
    expect(leak.message).toContain("summary");
    expect(leak.data ?? null).toBeNull();
    const mine = (await as("leader", internal, { f: today(), t: today() })).receptions;
    expect(mine).toContainEqual({ id: r.id, summary: "接待群众三批，当场登记一件", visitorsReceived: 3 });

    // a cancelled slot leaves the published schedule
    const later = { ...slot, startTime: "14:30", endTime: "17:00" };
    const r2 = (await as("leader", schedule, { i: later })).scheduleReception;
    const cancel = `mutation($id: ID!, $r: String!) { cancelReception(id: $id, reason: $r) { status } }`;
    expect((await failure(as("leader", cancel, { id: r.id, r: "改期" }))).message).toBe("该接访已举行，不能取消");
    expect((await as("leader", cancel, { id: r2.id, r: "领导临时参加上级会议" })).cancelReception.status).toBe(
      "CANCELLED",
    );
    const after = (await as(null, pub, { f: today(), t: today() })).receptionSchedule;
    expect(after.filter((x: any) => x.leaderName === "王建国").map((x: any) => x.startTime)).toEqual(["08:30"]);
  });

  it("records a case visit with the cases taken down, resolved through the graph", async () => {
    const { caseId } = await routedCase();
    const town = leader.linkedTowns[1]?.id ?? leader.linkedTowns[0].id;
    const record = `mutation($i: CaseVisitInput!) { recordCaseVisit(input: $i) { id outcome cases { id status } town { id } } }`;
    const visit = { townId: town, visitedOn: today(), caseIds: [caseId], outcome: "当面听取信访人诉求，明确化解时限" };
    expect((await failure(as("leader", record, { i: { ...visit, caseIds: ["no-such-case"] } }))).message).toBe(
      "以下案件不存在：no-such-case",
    );
    const v = (await as("leader", record, { i: visit })).recordCaseVisit;
    expect(v).toMatchObject({ outcome: visit.outcome, cases: [{ id: caseId, status: "PENDING_ACCEPTANCE" }] });
    expect((await failure(as("leader", record, { i: visit }))).code).toBe("CONFLICT");
    expect((await failure(as("officer", record, { i: visit }))).code).toBe("FORBIDDEN");
    const list = (await as("officer", `query($l: ID) { caseVisits(leaderId: $l) { id visitedOn } }`, { l: leader.id }))
      .caseVisits;
    // today's only: the demo leaders' visits are dated in the past days, never today
    expect(list.filter((x: { visitedOn: string }) => x.visitedOn === today())).toEqual([
      { id: v.id, visitedOn: today() },
    ]);
  }, 420_000);

  it("starts a special rectification campaign, records progress and rules, and closes it with results", async () => {
    const { reportId, caseId } = await routedCase();
    const input = {
      topic: `农村集体“三资”管理专项整治${rnd()}`,
      scope: "全市各镇（街道）村集体经济组织",
      periodFrom: today(),
      periodTo: "2099-01-01",
      leadUnitId: handlerUnit,
      reportIds: [reportId],
      caseIds: [caseId],
    };
    const start = `mutation($i: CampaignInput!) { startCampaign(input: $i) { id status leadUnit { id name } reports { id } cases { id } } }`;
    expect((await failure(as("leader", start, { i: input }))).message).toBe("整治期间最长两年");
    const ok = { ...input, periodTo: today() };
    expect((await failure(as("officer", start, { i: ok }))).code).toBe("FORBIDDEN");
    const c = (await as("leader", start, { i: ok })).startCampaign;
    expect(c).toMatchObject({
      status: "ACTIVE",
      leadUnit: { id: handlerUnit },
      reports: [{ id: reportId }],
      cases: [{ id: caseId }],
    });
    expect(c.leadUnit.name).toBeTruthy();
    expect((await failure(as("leader", start, { i: ok }))).code).toBe("CONFLICT");

    const note = `mutation($i: CampaignNoteInput!) { noteCampaignProgress(input: $i) { id } }`;
    const n = { campaignId: c.id, notedOn: today(), text: "已完成 12 个村的账目排查" };
    const n1 = (await as("officer", note, { i: n })).noteCampaignProgress;
    // the same note again is recorded once
    expect((await as("officer", note, { i: n })).noteCampaignProgress.id).toBe(n1.id);
    const rule = `mutation($i: CampaignRuleInput!) { recordCampaignRule(input: $i) { id title } }`;
    const titles = ["村级小微权力清单", "村集体资产资源租赁管理办法"];
    for (const title of titles)
      await as("leader", rule, { i: { campaignId: c.id, title, issuingUnit: "市纪委监委", issuedOn: today() } });
    expect(
      (
        await failure(
          as("leader", rule, {
            i: { campaignId: c.id, title: titles[0], issuingUnit: "市纪委监委", issuedOn: today() },
          }),
        )
      ).code,
    ).toBe("CONFLICT");

    const close = `mutation($id: ID!, $r: String!) { closeCampaign(id: $id, results: $r) { status results closedAt } }`;
    const closed = (await as("leader", close, { id: c.id, r: "形成制度 2 项，追回资金 35 万元" })).closeCampaign;
    expect(closed).toMatchObject({ status: "CLOSED", results: "形成制度 2 项，追回资金 35 万元" });
    expect((await failure(as("officer", note, { i: { ...n, text: "又一条" } }))).message).toBe(
      "该专项整治已结束，不能再修改",
    );
    const read = (
      await as("leader", `query($id: ID!) { campaign(id: $id) { progress { text } rules { title issuingUnit } } }`, {
        id: c.id,
      })
    ).campaign;
    expect(read).toEqual({
      progress: [{ text: n.text }],
      rules: titles.map((title) => ({ title, issuingUnit: "市纪委监委" })),
    });
    // announced to the other subgraphs
    const events = (await as("admin", `{ leadershipEvents(limit: 100) { type payload } }`)).leadershipEvents;
    const started = events.filter((e: any) => e.type === "CampaignStarted");
    expect(started.map((e: any) => JSON.parse(e.payload).campaignId)).toContain(c.id);
  }, 420_000);
});
