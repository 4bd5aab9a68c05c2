import JSZip from "jszip";
import ExcelJS from "exceljs";
import { startTestPlatform, failure, type TestPlatform } from "./support/platform";
import { eventually, rnd, routeReport, signedIn, sleep, type RouteOptions } from "./support/journeys";

/** Today's Beijing date as official letters write it (2026年3月5日). */
const chineseToday = () => {
  const [y, m, d] = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).split("-").map(Number);
  return `${y}年${m}月${d}日`;
};
const beijingMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

/**
 * The reporter loop, colour labels, transfer feedback and supervision, and the monthly dispatch,
 * through the gateway. The platform seeds demo data at first start: every assertion works on
 * what this file creates, or compares figures with counts of the data read back.
 */
describe(`reporter loop, colour labels, transfers and dispatch through the gateway (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let p: TestPlatform;
  const passwords = new Map<string, string>();
  const as = signedIn(() => p, passwords);
  let dept: Record<string, string> = {};
  let handlerUnit = "";

  const route = (decision: Record<string, unknown>, opts: RouteOptions = {}) =>
    routeReport(as, decision, {
      ...opts,
      register: {
        summary: `反映学校收费问题${rnd()}`,
        content: `反映某中学违规收取补课费，每人每学期八百元，家长意见很大。${rnd()}${rnd()}`,
      },
    });

  /** The case or transfer the routing opened, once case handling has consumed the event. */
  const opened = (reportId: string) =>
    eventually(async () => {
      const r = (
        await as("leader", `query($id: ID!) { report(id: $id) { serial case { id } transfer { id } } }`, {
          id: reportId,
        })
      ).report;
      return r.case || r.transfer ? r : null;
    }, "the case or transfer");

  async function createUser(username: string, roles: string[], departmentId: string): Promise<void> {
    const password = "Extras2026pass";
    await as("admin", `mutation($i: UserInput!) { createUser(input: $i) { id } }`, {
      i: { username, displayName: username, password, departmentId, roles },
    });
    passwords.set(username, password);
  }

  beforeAll(async () => {
    p = await startTestPlatform({ EVENT_POLL_MS: "200" });
    const d = await as("admin", `{ departments(limit: 100) { items { id code } } }`);
    dept = Object.fromEntries(d.departments.items.map((x: any) => [x.code, x.id]));
    handlerUnit = (await as("handler", `{ me { department { id } } }`)).me.department.id;
    await createUser("liaison_jt", ["LIAISON"], dept["ZG-JT"]);
    await createUser("handler_jjs02", ["CASE_HANDLER"], dept.JJS02);
  });
  afterAll(async () => {
    await p?.stop();
  });

  let dissatisfiedCase = "";
  let serial = "";

  it("feeds the result back to a real-name reporter; DISSATISFIED makes the case 结而不服 and RED", async () => {
    const reportId = await route(
      { disposition: "TALK_OR_LETTER_INQUIRY", handlingDepartmentId: handlerUnit },
      { realName: true },
    );
    const r = await opened(reportId);
    dissatisfiedCase = r.case.id;
    serial = r.serial;
    const id = dissatisfiedCase;
    await as("handler", `mutation($id: ID!) { acceptCase(id: $id) { id } }`, { id });
    const contact = `mutation($id: ID!, $i: ReporterContactInput!) { recordReporterContact(caseId: $id, input: $i) { id kind channel who said response } }`;
    const progress = (
      await as("handler", contact, {
        id,
        i: { kind: "PROGRESS", channel: "PHONE", who: "陈明", said: "告知已开始核实，请耐心等待" },
      })
    ).recordReporterContact;
    expect(progress).toMatchObject({ kind: "PROGRESS", channel: "PHONE", who: "陈明", response: null });
    // the result cannot be fed back before conclusion, and another office's handler may not talk to the reporter
    expect(
      (
        await failure(
          as("handler", contact, { id, i: { kind: "RESULT_FEEDBACK", channel: "PHONE", who: "陈明", said: "结果" } }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect(
      (
        await failure(
          as("handler_jjs02", contact, { id, i: { kind: "PROGRESS", channel: "PHONE", who: "x", said: "y" } }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    await as("handler", `mutation($id: ID!) { recordProgress(id: $id, input: { note: "调取收费台账" }) { status } }`, {
      id,
    });
    await as(
      "handler",
      `mutation($id: ID!) { concludeCase(id: $id, input: { finding: PARTLY_SUBSTANTIATED, outcome: "责令学校清退补课费，对校长诫勉谈话" }) { status } }`,
      { id },
    );
    const pending = (
      await as(
        "handler",
        `query($id: ID!) { case(id: $id) { resultFeedback { state dueDate workingDaysLeft } closedNotAccepted label { colour } } }`,
        { id },
      )
    ).case;
    expect(pending.resultFeedback.state).toBe("PENDING");
    expect(pending.resultFeedback.workingDaysLeft).toBeGreaterThan(0);
    expect(pending.closedNotAccepted).toBe(false);

    const fb = (
      await as("handler", contact, {
        id,
        i: {
          kind: "RESULT_FEEDBACK",
          channel: "IN_PERSON",
          who: "陈明",
          said: "当面反馈核查结果和处理情况",
          response: "DISSATISFIED",
        },
      })
    ).recordReporterContact;
    expect(fb).toMatchObject({ kind: "RESULT_FEEDBACK", response: "DISSATISFIED" });
    const after = (
      await as(
        "leader",
        `query($id: ID!) { case(id: $id) { status reporterResponse closedNotAccepted resultFeedback { state } reporterContacts { kind } label { colour categories findings { category colour value } } labelHistory { fromColour toColour } history { action } } }`,
        { id },
      )
    ).case;
    expect(after).toMatchObject({
      status: "FEEDBACK_GIVEN",
      reporterResponse: "DISSATISFIED",
      closedNotAccepted: true,
      resultFeedback: { state: "GIVEN" },
    });
    expect(after.reporterContacts.map((c: any) => c.kind)).toEqual(["PROGRESS", "RESULT_FEEDBACK"]);
    expect(after.label).toEqual({
      colour: "RED",
      categories: ["CLOSED_NOT_ACCEPTED"],
      findings: [{ category: "CLOSED_NOT_ACCEPTED", colour: "RED", value: 1 }],
    });
    expect(after.labelHistory).toEqual([{ fromColour: null, toColour: "RED" }]);
    expect(after.history.map((h: any) => h.action)).toEqual(expect.arrayContaining(["REPORTER_CONTACT", "FEEDBACK"]));

    const red = (
      await as(
        "officer",
        `{ labelledCases(colour: RED, category: CLOSED_NOT_ACCEPTED, limit: 100) { total items { id } } }`,
      )
    ).labelledCases;
    expect(red.items.map((c: any) => c.id)).toContain(id);
    // screening on demand: leaders and the petition office; the label stays
    expect(
      (await as("officer", `mutation { screenColourLabels { screened changed byColour { colour count } } }`))
        .screenColourLabels.screened,
    ).toBeGreaterThanOrEqual(1);
    expect((await failure(as("handler", `mutation { screenColourLabels { screened } }`))).code).toBe("FORBIDDEN");
    expect(
      (await as("leader", `query($id: ID!) { case(id: $id) { label { colour } } }`, { id })).case.label.colour,
    ).toBe("RED");
  });

  it("produces the acceptance notice and the result feedback as Word files with the serial and the date", async () => {
    const q = `query($id: ID!, $k: NoticeDocumentKind!) { reporterNoticeDocument(caseId: $id, kind: $k, addressee: "张三") { fileName mimeType base64 } }`;
    const result = (await as("handler", q, { id: dissatisfiedCase, k: "RESULT_FEEDBACK" })).reporterNoticeDocument;
    expect(result.fileName).toBe(`办理结果反馈-${serial}.docx`);
    const xml = await (
      await JSZip.loadAsync(Buffer.from(result.base64, "base64"))
    )
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain(`编号：${serial}`);
    expect(xml).toContain(chineseToday());
    expect(xml).toContain("张三：");
    const notice = (await as("handler", q, { id: dissatisfiedCase, k: "ACCEPTANCE_NOTICE" })).reporterNoticeDocument;
    const noticeXml = await (
      await JSZip.loadAsync(Buffer.from(notice.base64, "base64"))
    )
      .file("word/document.xml")!
      .async("string");
    expect(noticeXml).toContain("信访举报受理告知书");
    expect(noticeXml).toContain(`编号：${serial}`);
    expect(noticeXml).toContain("第一纪检监察室");
    expect((await failure(as("liaison", q, { id: dissatisfiedCase, k: "RESULT_FEEDBACK" }))).code).toBe("FORBIDDEN");
  });

  it("an out-of-scope transfer: the copy office supervises (reminder, letter, on site), only the department's own liaison feeds back", async () => {
    const housing = dept["ZG-ZJ"];
    const reportId = await route({ disposition: "TRANSFER_TO_DEPARTMENT" }, { outOfScope: housing });
    const { transfer } = await opened(reportId);
    const t = (
      await as(
        "handler_jjs02",
        `query($id: ID!) { transfer(id: $id) { id competentDepartment { name } copyTo { name } supervision { overdue suggestedMode feedbackDueDate } } }`,
        { id: transfer.id },
      )
    ).transfer;
    expect(t).toMatchObject({
      competentDepartment: { name: "市住房和城乡建设局" },
      copyTo: { name: "第二纪检监察室" },
      supervision: { overdue: false, suggestedMode: null },
    });

    const supervise = `mutation($id: ID!, $i: SuperviseTransferInput!) { superviseTransfer(transferId: $id, input: $i) { mode note byName by { displayName } } }`;
    for (const [mode, note] of [
      ["REMINDER", "电话提醒住建局尽快办理"],
      ["LETTER", "发督办函"],
      ["ON_SITE", "到住建局现场督办"],
    ])
      expect((await as("handler_jjs02", supervise, { id: t.id, i: { mode, note } })).superviseTransfer).toMatchObject({
        mode,
        note,
        by: { displayName: "handler_jjs02" },
      });
    // the first office is not the copy office for housing; the department's liaison does not supervise itself
    expect((await failure(as("handler", supervise, { id: t.id, i: { mode: "REMINDER", note: "x" } }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await failure(as("liaison", supervise, { id: t.id, i: { mode: "REMINDER", note: "x" } }))).code).toBe(
      "FORBIDDEN",
    );

    const feedback = `mutation($id: ID!, $i: TransferFeedbackInput!) { recordTransferFeedback(transferId: $id, input: $i) { content at byName attachments { fileName sizeBytes mimeType } } }`;
    const input = {
      content: "已责令施工单位整改，补发拖欠工资",
      attachments: [{ fileName: "整改情况报告.pdf", sizeBytes: 20480, mimeType: "application/pdf" }],
    };
    expect((await failure(as("liaison_jt", feedback, { id: t.id, i: input }))).code).toBe("FORBIDDEN");
    expect((await failure(as("handler_jjs02", feedback, { id: t.id, i: input }))).code).toBe("FORBIDDEN");
    const fb = (await as("liaison", feedback, { id: t.id, i: input })).recordTransferFeedback;
    expect(fb).toMatchObject({ content: input.content, byName: "孙丽", attachments: input.attachments });
    // the same feedback again (a retry) is the same record; a different one is a conflict
    expect((await as("liaison", feedback, { id: t.id, i: input })).recordTransferFeedback.at).toBe(fb.at);
    expect((await failure(as("liaison", feedback, { id: t.id, i: { content: "另一份反馈" } }))).code).toBe("CONFLICT");

    const seen = (
      await as(
        "officer",
        `query($id: ID!) { transfer(id: $id) { feedback { content } supervisionActions { mode } supervision { overdue suggestedMode lastMode } } }`,
        { id: t.id },
      )
    ).transfer;
    expect(seen.feedback.content).toBe(input.content);
    expect(seen.supervisionActions.map((a: any) => a.mode)).toEqual(["REMINDER", "LETTER", "ON_SITE"]);
    expect(seen.supervision).toEqual({ overdue: false, suggestedMode: null, lastMode: "ON_SITE" });
    const overdue = (
      await as(
        "leader",
        `{ overdueTransfersByDepartment { department { id } count transfers { transfer { id } supervision { overdue } } } }`,
      )
    ).overdueTransfersByDepartment;
    expect(overdue.flatMap((g: any) => g.transfers.map((x: any) => x.transfer.id))).not.toContain(t.id);
    expect(
      overdue.every((g: any) => g.count === g.transfers.length && g.transfers.every((x: any) => x.supervision.overdue)),
    ).toBe(true);
    const audit = (
      await as(
        "leader",
        `query($id: String!) { casesAuditLog(entity: "Transfer", entityId: $id) { items { action } } }`,
        { id: t.id },
      )
    ).casesAuditLog.items.map((a: any) => a.action);
    expect(audit.filter((a: string) => a === "transfer.supervise")).toHaveLength(3);
    expect(audit).toContain("transfer.feedback");
  });

  it("the monthly dispatch equals the counts in the data, through Period too, and its sheet and bulletin open with them", async () => {
    const month = beijingMonth();
    const inMonth = (iso: string | null) =>
      !!iso && new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 7) === month;
    const FIG = `cases newCases concluded overdue feedbackGiven satisfied basicallySatisfied dissatisfied satisfactionRate byStatus { status count } labelledByColour { colour count } labelled { case { id } colour }`;
    // the demo routings travel by events: count once the number of cases has settled
    let data: any[] = [];
    await eventually(async () => {
      const before = (await as("leader", `{ cases(limit: 1) { total } }`)).cases.total;
      await sleep(600);
      // every case, page by page (a page holds at most 100)
      const all: any[] = [];
      let total: number;
      do {
        const r = (
          await as(
            "leader",
            `query($o: Int!) { cases(limit: 100, offset: $o) { total items { id status openedAt concludedAt feedbackGivenAt closedAt } } }`,
            { o: all.length },
          )
        ).cases;
        total = r.total;
        all.push(...r.items);
        if (!r.items.length) break;
      } while (all.length < total);
      data = all;
      return total === before && all.length === total;
    }, "the cases to settle");
    const f = (await as("analyst", `query($m: String!) { monthlyDispatch(month: $m) { ${FIG} } }`, { m: month }))
      .monthlyDispatch;
    expect(f.newCases).toBe(data.filter((c) => c.status !== "WITHDRAWN" && inMonth(c.openedAt)).length);
    expect(f.concluded).toBe(data.filter((c) => c.status !== "WITHDRAWN" && inMonth(c.concludedAt)).length);
    expect(f.feedbackGiven).toBe(data.filter((c) => inMonth(c.feedbackGivenAt)).length);
    expect(f.dissatisfied).toBeGreaterThanOrEqual(1);
    expect(f.byStatus.reduce((s: number, x: any) => s + x.count, 0)).toBe(f.cases);
    expect(f.labelled.map((l: any) => l.case.id)).toContain(dissatisfiedCase);

    const [y, m] = month.split("-").map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const period = (
      await as("leader", `query($f: String!, $t: String!) { period(from: $f, to: $t) { dispatch { ${FIG} } } }`, {
        f: `${month}-01`,
        t: `${month}-${last}`,
      })
    ).period.dispatch;
    expect(period).toEqual(f);
    expect(
      (await failure(as("handler", `query($m: String!) { monthlyDispatch(month: $m) { cases } }`, { m: month }))).code,
    ).toBe("FORBIDDEN");
    expect((await failure(as("leader", `{ monthlyDispatch(month: "2026-13") { cases } }`))).code).toBe(
      "BAD_USER_INPUT",
    );

    const sheet = (
      await as("leader", `query($m: String!) { dispatchWorkbook(month: $m, kind: SHEET) { fileName base64 } }`, {
        m: month,
      })
    ).dispatchWorkbook;
    expect(sheet.fileName).toBe(`每月调度表-${month}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(sheet.base64, "base64") as unknown as ArrayBuffer);
    const rows: Record<string, unknown> = {};
    book.getWorksheet("调度表")!.eachRow((r) => (rows[String(r.getCell(1).value)] = r.getCell(2).value));
    expect([rows["调度案件数"], rows["本期新增"], rows["本期办结"], rows["本期结果反馈"], rows["不满意"]]).toEqual([
      f.cases,
      f.newCases,
      f.concluded,
      f.feedbackGiven,
      f.dissatisfied,
    ]);
    expect(rows["红色色标案件"]).toBe(f.labelledByColour.find((c: any) => c.colour === "RED").count);
    const labelledSheet: string[] = [];
    book.getWorksheet("色标案件")!.eachRow((r, i) => i > 1 && labelledSheet.push(String(r.getCell(1).value)));
    expect(labelledSheet).toContain(serial);

    const bulletin = (
      await as("leader", `query($m: String!) { dispatchWorkbook(month: $m, kind: BULLETIN) { fileName base64 } }`, {
        m: month,
      })
    ).dispatchWorkbook;
    const b = new ExcelJS.Workbook();
    await b.xlsx.load(Buffer.from(bulletin.base64, "base64") as unknown as ArrayBuffer);
    const summary = String(b.getWorksheet("通报")!.getRow(2).getCell(1).value);
    expect(summary).toContain(`调度信访举报案件${f.cases}件，新增${f.newCases}件，办结${f.concluded}件`);
  });
});
