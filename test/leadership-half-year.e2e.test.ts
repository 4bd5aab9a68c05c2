import JSZip from "jszip";
import { beijingDate } from "@prp/kit";
import { startTestPlatform, failure, type TestPlatform } from "./support/platform";
import { eventually, rnd, routeReport, signedIn, sleep } from "./support/journeys";

/**
 * The half-year report (半年分析) through the gateway: the `halfYear` Period with every subgraph's
 * figures and the previous half's, checked against the work a test does (journeys counted before
 * and after), then the DOCX leadership writes, opened and read back against the same query.
 */
describe(`half-year report through the gateway (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let p: TestPlatform;
  const as = signedIn(() => p);
  const today = () => beijingDate(new Date());
  const year = Number(today().slice(0, 4));
  const half = Number(today().slice(5, 7)) <= 6 ? 1 : 2;
  const previousLabel = half === 2 ? `${year}年上半年` : `${year - 1}年下半年`;

  const KEYED = "key label count";
  const FIGURES = `from to label
    intake { total realNameShare forwardedCount byChannel { ${KEYED} } byCategory { ${KEYED} } byScope { ${KEYED} } byDisposition { ${KEYED} } }
    cases { newCases concluded closed overdue byGrade { key count } }
    dispatch { feedbackGiven satisfied basicallySatisfied dissatisfied satisfactionRate labelledByColour { colour count } }
    training { sessions hours attendance trainedPeople coverage averageQuizScore }
    leadership {
      candidatesScreened candidatesByReason { reason label count }
      ownershipsClaimed ownershipsConcluded ownershipsReleased ownershipsTransferred ownershipsActiveAtEnd
      analysisSessions townMeetingsAttended receptionsHeld visitorsReceived reportsRegisteredAtReceptions
      caseVisits casesTakenDown campaignsStarted campaignsClosed rulesProduced
    }`;
  const halfYearQuery = `query($y: Int!, $h: Int!) { halfYear(year: $y, half: $h) { ${FIGURES} previous { ${FIGURES} } } }`;
  const figures = async (user = "leader") => (await as(user, halfYearQuery, { y: year, h: half })).halfYear;
  const count = (list: { key: string; count: number }[], key: string) => list.find((k) => k.key === key)?.count ?? 0;

  let handlerUnit = "";
  let leader: { id: string; linkedTowns: { id: string }[] };

  beforeAll(async () => {
    p = await startTestPlatform({ EVENT_POLL_MS: "200" });
    handlerUnit = (await as("handler", `{ me { department { id } } }`)).me.department.id;
    leader = (await as("leader", `{ me { id linkedTowns { id } } }`)).me;
  }, 300_000);
  afterAll(async () => {
    await p?.stop();
  });

  it("names the half-year and the one before it, and refuses a half that does not exist", async () => {
    const q = `query($y: Int!, $h: Int!) { halfYear(year: $y, half: $h) { from to label previous { from to label } } }`;
    expect((await as("officer", q, { y: 2026, h: 1 })).halfYear).toEqual({
      from: "2026-01-01",
      to: "2026-06-30",
      label: "2026年上半年",
      previous: { from: "2025-07-01", to: "2025-12-31", label: "2025年下半年" },
    });
    // any other period: as many days just before it
    const quarter = `{ period(from: "2026-01-01", to: "2026-03-31") { label previous { from to label } } }`;
    expect((await as("officer", quarter)).period).toEqual({
      label: "2026-01-01 至 2026-03-31",
      previous: { from: "2025-10-03", to: "2025-12-31", label: "2025-10-03 至 2025-12-31" },
    });
    expect(await failure(as("officer", q, { y: 2026, h: 3 }))).toMatchObject({
      code: "BAD_USER_INPUT",
      message: "半年应为 1（上半年）或 2（下半年）",
    });
    // the same readers as `period`: a handler may not
    expect((await failure(as("handler", q, { y: 2026, h: 1 }))).code).toBe("FORBIDDEN");
  });

  it("counts the half's work in every subgraph's figures, leaves the previous half alone, and writes them in the DOCX", async () => {
    // the demo data settles first: the demo leaders' field work ends with receptions published ahead
    await eventually(
      async () =>
        (
          await as(null, `query($f: String!, $t: String!) { receptionSchedule(from: $f, to: $t) { receptionDate } }`, {
            f: today(),
            t: beijingDate(new Date(Date.now() + 60 * 86400_000)),
          })
        ).receptionSchedule.length > 0,
      "the demo field work",
      300_000,
    );
    // and nothing moves any more (case handling's and leadership's consumers have caught up)
    const before = await eventually(
      async () => {
        const a = await figures();
        await sleep(3000);
        const b = await figures();
        return JSON.stringify(a) === JSON.stringify(b) ? b : null;
      },
      "the figures to settle",
      300_000,
    );
    expect(before).toMatchObject({ label: `${year}年${half === 1 ? "上" : "下"}半年` });
    expect(before.previous.label).toBe(previousLabel);

    // a report routed as a preliminary verification (a KEY case: a candidate), claimed and analysed
    const routedId = await routeReport(as, {
      disposition: "PRELIMINARY_VERIFICATION",
      handlingDepartmentId: handlerUnit,
      opinion: "初步核实",
    });
    const caseId = await eventually(
      async () =>
        (await as("leader", `query($id: ID!) { report(id: $id) { case { id } } }`, { id: routedId })).report.case?.id,
      "the case to open",
      300_000,
    );
    await eventually(
      async () =>
        (await as("leader", `{ screeningQueue(limit: 100) { items { case { id } } } }`)).screeningQueue.items.some(
          (c: any) => c.case.id === caseId,
        ),
      "leadership to follow the case",
    );
    await as("leader", `mutation($c: ID!) { claimCase(caseId: $c, reasons: [DIFFICULT_COMPLEX]) { id } }`, {
      c: caseId,
    });
    await as("leader", `mutation($i: AnalysisSessionInput!) { recordAnalysisSession(input: $i) { id } }`, {
      i: {
        caseId,
        heldOn: today(),
        participants: ["王建国", "第一纪检监察室负责人"],
        findings: "线索具体，可查性强",
        mainDirection: "围绕资金去向开展核查",
      },
    });
    // a report registered at a public reception held today, with three visitors
    const { registerReport } = await as(
      "officer",
      `mutation($i: RegisterReportInput!) { registerReport(input: $i) { id } }`,
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
    const slot = (
      await as("officer", `mutation($i: ReceptionSlotInput!) { scheduleReception(input: $i) { id } }`, {
        i: {
          leaderId: leader.id,
          receptionDate: today(),
          startTime: "14:00",
          endTime: "17:00",
          place: "市群众来访接待中心",
        },
      })
    ).scheduleReception;
    await as("leader", `mutation($i: ReceptionOutcomeInput!) { recordReceptionOutcome(input: $i) { id } }`, {
      i: {
        receptionId: slot.id,
        visitorsReceived: 3,
        reportIds: [registerReport.id],
        summary: "接待群众三批，登记一件",
      },
    });
    // a linked town's petition meeting attended, the case taken down to the town
    const town = leader.linkedTowns[0].id;
    await as("leader", `mutation($i: TownMeetingInput!) { recordTownMeeting(input: $i) { id } }`, {
      i: { townId: town, heldOn: today(), topics: ["重复信访化解"], decisions: "建立重复信访台账，逐件销号" },
    });
    await as("leader", `mutation($i: CaseVisitInput!) { recordCaseVisit(input: $i) { id } }`, {
      i: { townId: town, visitedOn: today(), caseIds: [caseId], outcome: "当面听取信访人诉求，明确化解时限" },
    });
    // a campaign started, a rule produced, the campaign closed
    const campaign = (
      await as("leader", `mutation($i: CampaignInput!) { startCampaign(input: $i) { id } }`, {
        i: {
          topic: `农村集体“三资”管理专项整治${rnd()}`,
          scope: "全市各镇（街道）村集体经济组织",
          periodFrom: today(),
          periodTo: today(),
          leadUnitId: handlerUnit,
          reportIds: [routedId],
          caseIds: [caseId],
        },
      })
    ).startCampaign;
    await as("leader", `mutation($i: CampaignRuleInput!) { recordCampaignRule(input: $i) { id } }`, {
      i: { campaignId: campaign.id, title: "村级小微权力清单", issuingUnit: "市纪委监委", issuedOn: today() },
    });
    await as("leader", `mutation($id: ID!, $r: String!) { closeCampaign(id: $id, results: $r) { id } }`, {
      id: campaign.id,
      r: "形成制度 1 项",
    });

    // the closure announced to the other subgraphs, with the rules it produced
    const closed: any[] = [];
    for (let after = 0; ;) {
      const page = (
        await as("admin", `query($a: Int!) { leadershipEvents(after: $a, limit: 100) { position type payload } }`, {
          a: after,
        })
      ).leadershipEvents;
      if (!page.length) break;
      closed.push(...page.filter((e: any) => e.type === "CampaignClosed").map((e: any) => JSON.parse(e.payload)));
      after = page[page.length - 1].position;
    }
    expect(closed).toEqual([
      expect.objectContaining({ campaignId: campaign.id, results: "形成制度 1 项", rulesProduced: 1 }),
    ]);

    const after = await figures();
    // intake: two letters about integrity, one distinguished in scope and routed
    expect(after.intake.total - before.intake.total).toBe(2);
    expect(count(after.intake.byChannel, "LETTER") - count(before.intake.byChannel, "LETTER")).toBe(2);
    expect(
      count(after.intake.byCategory, "INTEGRITY_DISCIPLINE") - count(before.intake.byCategory, "INTEGRITY_DISCIPLINE"),
    ).toBe(2);
    expect(count(after.intake.byScope, "IN_SCOPE") - count(before.intake.byScope, "IN_SCOPE")).toBe(1);
    expect(
      count(after.intake.byDisposition, "PRELIMINARY_VERIFICATION") -
        count(before.intake.byDisposition, "PRELIMINARY_VERIFICATION"),
    ).toBe(1);
    // case handling: one new KEY case
    expect(after.cases.newCases - before.cases.newCases).toBe(1);
    expect(count(after.cases.byGrade, "KEY") - count(before.cases.byGrade, "KEY")).toBe(1);
    // leadership: each of the records made once
    const l = after.leadership;
    const b = before.leadership;
    const reason = (x: typeof l, r: string) =>
      x.candidatesByReason.find((c: { reason: string }) => c.reason === r)?.count ?? 0;
    expect({
      candidatesScreened: l.candidatesScreened - b.candidatesScreened,
      difficult: reason(l, "DIFFICULT_COMPLEX") - reason(b, "DIFFICULT_COMPLEX"),
      ownershipsClaimed: l.ownershipsClaimed - b.ownershipsClaimed,
      ownershipsActiveAtEnd: l.ownershipsActiveAtEnd - b.ownershipsActiveAtEnd,
      ownershipsConcluded: l.ownershipsConcluded - b.ownershipsConcluded,
      ownershipsReleased: l.ownershipsReleased - b.ownershipsReleased,
      analysisSessions: l.analysisSessions - b.analysisSessions,
      townMeetingsAttended: l.townMeetingsAttended - b.townMeetingsAttended,
      receptionsHeld: l.receptionsHeld - b.receptionsHeld,
      visitorsReceived: l.visitorsReceived - b.visitorsReceived,
      reportsRegisteredAtReceptions: l.reportsRegisteredAtReceptions - b.reportsRegisteredAtReceptions,
      caseVisits: l.caseVisits - b.caseVisits,
      casesTakenDown: l.casesTakenDown - b.casesTakenDown,
      campaignsStarted: l.campaignsStarted - b.campaignsStarted,
      campaignsClosed: l.campaignsClosed - b.campaignsClosed,
      rulesProduced: l.rulesProduced - b.rulesProduced,
    }).toEqual({
      candidatesScreened: 1,
      difficult: 1,
      ownershipsClaimed: 1,
      ownershipsActiveAtEnd: 1,
      ownershipsConcluded: 0,
      ownershipsReleased: 0,
      analysisSessions: 1,
      townMeetingsAttended: 1,
      receptionsHeld: 1,
      visitorsReceived: 3,
      reportsRegisteredAtReceptions: 1,
      caseVisits: 1,
      casesTakenDown: 1,
      campaignsStarted: 1,
      campaignsClosed: 1,
      rulesProduced: 1,
    });
    // the demo leaders' field work is in the figures too (held in the last weeks)
    expect(b.receptionsHeld).toBeGreaterThan(0);
    expect(b.townMeetingsAttended).toBeGreaterThan(0);
    // the previous half is untouched by today's work
    expect(after.previous).toEqual(before.previous);

    // the document: only leaders and administrators
    const doc = `query($y: Int!, $h: Int!) { halfYearReportDocument(year: $y, half: $h) { fileName mimeType base64 } }`;
    expect((await failure(as("officer", doc, { y: year, h: half }))).code).toBe("FORBIDDEN");
    expect((await failure(as("leader", doc, { y: year, h: 0 }))).code).toBe("BAD_USER_INPUT");
    const file = (await as("leader", doc, { y: year, h: half })).halfYearReportDocument;
    expect(file.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(file.fileName).toBe(`莱西市纪委监委${after.label}信访举报工作分析.docx`);
    const { paragraphs, tables } = await readDocx(file.base64);
    expect(paragraphs.slice(0, 2)).toEqual(["莱西市纪委监委", `${after.label}信访举报工作分析`]);
    expect(paragraphs[2]).toContain(`${after.label}，共受理信访举报${after.intake.total}件`);
    expect(paragraphs.join("")).not.toContain("暂无法获取");
    // every group has its table (all subgraphs answered), headed by the two halves
    expect(tables.map((t) => t.title)).toHaveLength(12);
    for (const t of tables) expect(t.rows[0]).toEqual(["项目", after.label, previousLabel, "增减"]);
    const cells = (title: string, label: string) => {
      const t = tables.find((x) => x.title.includes(title));
      const r = t?.rows.find((x) => x[0] === label);
      if (!r) throw new Error(`no row ${label} in ${title}`);
      return r.slice(1, 3);
    };
    const pair = (current: number, previous: number) => [String(current), String(previous)];
    const both = after;
    const prev = after.previous;
    expect(cells("受理总体", "收件总数")).toEqual(pair(both.intake.total, prev.intake.total));
    expect(cells("受理渠道", "来信")).toEqual(
      pair(count(both.intake.byChannel, "LETTER"), count(prev.intake.byChannel, "LETTER")),
    );
    const integrity = both.intake.byCategory.find((c: { key: string }) => c.key === "INTEGRITY_DISCIPLINE").label;
    expect(cells("问题类别", integrity)).toEqual(
      pair(
        count(both.intake.byCategory, "INTEGRITY_DISCIPLINE"),
        count(prev.intake.byCategory, "INTEGRITY_DISCIPLINE"),
      ),
    );
    expect(cells("办理结果", "新立案件")).toEqual(pair(both.cases.newCases, prev.cases.newCases));
    expect(cells("办理结果", "办结")).toEqual(pair(both.cases.concluded, prev.cases.concluded));
    expect(cells("办理结果", "满意")).toEqual(pair(both.dispatch.satisfied, prev.dispatch.satisfied));
    const red = (x: any) => x.dispatch.labelledByColour.find((c: { colour: string }) => c.colour === "RED")?.count ?? 0;
    expect(cells("色标", "红色色标案件")).toEqual(pair(red(both), red(prev)));
    expect(cells("领导包案", "领导包案")).toEqual(
      pair(both.leadership.ownershipsClaimed, prev.leadership.ownershipsClaimed),
    );
    expect(cells("领导包案", "案情研判")).toEqual(
      pair(both.leadership.analysisSessions, prev.leadership.analysisSessions),
    );
    expect(cells("接访下访", "公开接访场次")).toEqual(
      pair(both.leadership.receptionsHeld, prev.leadership.receptionsHeld),
    );
    expect(cells("接访下访", "接待群众人次")).toEqual(
      pair(both.leadership.visitorsReceived, prev.leadership.visitorsReceived),
    );
    expect(cells("接访下访", "带案下访次数")).toEqual(pair(both.leadership.caseVisits, prev.leadership.caseVisits));
    expect(cells("专项整治", "启动专项整治")).toEqual(
      pair(both.leadership.campaignsStarted, prev.leadership.campaignsStarted),
    );
    expect(cells("专项整治", "形成制度")).toEqual(pair(both.leadership.rulesProduced, prev.leadership.rulesProduced));
    expect(cells("教育培训", "培训场次")).toEqual(pair(both.training.sessions, prev.training.sessions));
    expect(cells("教育培训", "培训学时")).toEqual([both.training.hours.toFixed(1), prev.training.hours.toFixed(1)]);
  }, 900_000);

  it("still writes the document when a subgraph does not answer, saying which part could not be had", async () => {
    await p.platform.stopSubgraph("training");
    const file = (
      await as("admin", `query($y: Int!, $h: Int!) { halfYearReportDocument(year: $y, half: $h) { base64 } }`, {
        y: year,
        h: half,
      })
    ).halfYearReportDocument;
    const { paragraphs, tables } = await readDocx(file.base64);
    expect(tables.some((t) => t.title.includes("教育培训"))).toBe(false);
    const heading = paragraphs.findIndex((x) => x.includes("教育培训"));
    expect(paragraphs[heading + 1]).toBe("暂无法获取（培训服务未响应）");
    expect(paragraphs[2]).toContain("培训情况暂无法获取");
    // the other parts are there
    expect(tables.some((t) => t.title.includes("受理总体"))).toBe(true);
    expect(tables.some((t) => t.title.includes("专项整治"))).toBe(true);
  }, 120_000);
});

/** The DOCX's top-level paragraphs (text) and tables (the heading before each, rows of cell texts). */
async function readDocx(
  base64: string,
): Promise<{ paragraphs: string[]; tables: { title: string; rows: string[][] }[] }> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, "base64"));
  const xml = await zip.file("word/document.xml")!.async("string");
  const text = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join("")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"');
  const paragraphs: string[] = [];
  const tables: { title: string; rows: string[][] }[] = [];
  const body = xml.slice(xml.indexOf("<w:body>") + "<w:body>".length, xml.indexOf("</w:body>"));
  // top-level blocks in order: a table's own paragraphs stay inside it
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const block = m[0];
    if (block.startsWith("<w:tbl>")) {
      const rows = [...block.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
        [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0])),
      );
      tables.push({ title: paragraphs[paragraphs.length - 1] ?? "", rows });
    } else paragraphs.push(text(block));
  }
  return { paragraphs, tables };
}
