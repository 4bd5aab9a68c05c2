import JSZip from "jszip";
import ExcelJS from "exceljs";
import type { DataSource } from "typeorm";
import { type ReportRoutedV2 } from "@prp/contracts";
import { AuditEntry, OutboxEvent, Role, SimulatedClock, type AuthUser } from "@prp/kit";
import { Case, CaseLabel, Transfer } from "../src/entities";
import { openFromRouting } from "../src/app/opening";
import { acceptCase, concludeCase, recordCaseProgress } from "../src/app/case-steps";
import { NoticeDocumentKind, noticeDocument, overdueFeedback, recordReporterContact } from "../src/app/reporter-loop";
import { labelledCases } from "../src/app/colour-labels";
import {
  overdueTransfersByDepartment,
  announceOverdueTransfers,
  recordTransferFeedback,
  superviseTransfer,
  transferStatus,
} from "../src/app/transfer-feedback";
import { DispatchWorkbookKind, dispatchWorkbook, monthlyDispatch } from "../src/app/dispatch";
import { ContactChannel, ContactKind, ReporterResponse } from "../src/domain/reporter-loop";
import { SupervisionMode } from "../src/domain/transfer-supervision";
import { SupervisionAction } from "../src/entities/SupervisionAction";
import type { CasesDeps } from "../src/app/cases-deps";
import { openCasesDatabase, caseUser, routedFacts, testDeps } from "./support/cases-database";

const user = caseUser;
const handler = user("handler-1", [Role.CASE_HANDLER], "office-1");
const otherHandler = user("handler-9", [Role.CASE_HANDLER], "office-9");
const leader = user("leader-1", [Role.LEADER], null);
const eduLiaison = user("liaison-edu", [Role.LIAISON], "dept-edu");
const housingLiaison = user("liaison-housing", [Role.LIAISON], "dept-housing");
const copyOffice = user("handler-2", [Role.CASE_HANDLER], "office-2");

const routed = (n: number, over: Partial<ReportRoutedV2> = {}): ReportRoutedV2 =>
  routedFacts(n, `2026-00020${n}`, { ...over });

/** The reporter loop, colour labels, transfer feedback and supervision, and the monthly dispatch, through their use cases. */
describe(`reporter loop, transfers and dispatch use cases (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  const clock = new SimulatedClock(new Date("2026-03-02T03:00:00Z"));
  const deps = (actor: AuthUser | null): CasesDeps => testDeps(db, actor, clock);
  let caseId: string;
  let transferId: string;

  beforeAll(async () => {
    ({ db, close } = await openCasesDatabase("cases_extras"));
    const opened = await openFromRouting(deps(null), routed(1));
    caseId = (opened as { item: Case }).item.id;
    const t = await openFromRouting(
      deps(null),
      routed(2, {
        disposition: "TRANSFER_TO_DEPARTMENT",
        handlingDepartmentId: "dept-edu",
        copyToDepartmentId: "office-2",
      }),
    );
    transferId = (t as { item: Transfer }).item.id;
  });
  afterAll(() => close());

  it("feeds the result back to a real-name reporter: the case moves to FEEDBACK_GIVEN; DISSATISFIED makes it 结而不服 and RED", async () => {
    await acceptCase(deps(handler), caseId);
    clock.advance(86_400_000);
    await recordReporterContact(deps(handler), caseId, {
      kind: ContactKind.PROGRESS,
      channel: ContactChannel.PHONE,
      who: "张承办",
      said: "告知已开始核实",
    });
    await recordCaseProgress(deps(handler), caseId, { note: "调取低保评审材料" });
    await expect(
      recordReporterContact(deps(handler), caseId, {
        kind: ContactKind.RESULT_FEEDBACK,
        channel: ContactChannel.PHONE,
        who: "张承办",
        said: "结果",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    clock.set(new Date("2026-03-05T03:00:00Z"));
    await concludeCase(deps(handler), caseId, {
      finding: "PARTLY_SUBSTANTIATED" as never,
      outcome: "责令退还多领的低保金",
    });

    // due 15 working days after 2026-03-05: nothing overdue yet
    expect(await overdueFeedback(deps(leader), leader)).toHaveLength(0);
    clock.set(new Date("2026-03-30T03:00:00Z"));
    const overdue = await overdueFeedback(deps(leader), leader);
    expect(overdue.map((o) => [o.case.id, o.countdown.state, o.countdown.dueDate])).toEqual([
      [caseId, "OVERDUE", "2026-03-26"],
    ]);
    await expect(
      recordReporterContact(deps(otherHandler), caseId, {
        kind: ContactKind.PROGRESS,
        channel: ContactChannel.PHONE,
        who: "x",
        said: "y",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const input = {
      kind: ContactKind.RESULT_FEEDBACK,
      channel: ContactChannel.IN_PERSON,
      at: new Date("2026-03-30T02:00:00Z"),
      who: "张承办",
      said: "当面反馈核查结果",
      response: ReporterResponse.DISSATISFIED,
    };
    const fb = await recordReporterContact(deps(handler), caseId, input);
    const again = await recordReporterContact(deps(handler), caseId, input);
    expect(again.id).toBe(fb.id);
    const c = await db.getRepository(Case).findOneByOrFail({ id: caseId });
    expect(c.status).toBe("FEEDBACK_GIVEN");
    expect(c.feedbackGivenAt?.toISOString()).toBe("2026-03-30T02:00:00.000Z");
    const label = await db.getRepository(CaseLabel).findOneByOrFail({ caseId });
    expect(label).toMatchObject({ colour: "RED", categories: ",CLOSED_NOT_ACCEPTED," });
    const types = (await db.getRepository(OutboxEvent).find()).map((e) => e.type);
    expect(types.filter((t) => t === "ReporterDissatisfied")).toHaveLength(1);
    expect(types.filter((t) => t === "LabelChanged")).toHaveLength(1);
    expect(
      (
        await labelledCases(
          deps(leader),
          leader,
          { colour: "RED" as never, category: "CLOSED_NOT_ACCEPTED" as never },
          0,
          10,
        )
      ).items.map((x) => x.id),
    ).toEqual([caseId]);
    expect((await labelledCases(deps(leader), leader, { category: "REPEAT" as never }, 0, 10)).total).toBe(0);

    // the reporter accepts after an explanation: no longer 结而不服
    await recordReporterContact(deps(handler), caseId, {
      kind: ContactKind.RESPONSE,
      channel: ContactChannel.PHONE,
      who: "张承办",
      said: "再次解释政策",
      response: ReporterResponse.BASICALLY_SATISFIED,
    });
    expect((await db.getRepository(CaseLabel).findOneByOrFail({ caseId })).colour).toBeNull();
  });

  it("produces the result feedback letter with the serial and the feedback date", async () => {
    const doc = await noticeDocument(deps(handler), caseId, NoticeDocumentKind.RESULT_FEEDBACK, "王某某");
    const xml = await (await JSZip.loadAsync(doc.bytes)).file("word/document.xml")!.async("string");
    expect(xml).toContain("编号：2026-000201");
    expect(xml).toContain("2026年3月30日");
    expect(xml).toContain("部分属实");
  });

  it("transfers: the department's liaison feeds back, another department's liaison is FORBIDDEN; supervision suggests the next mode", async () => {
    const t = await db.getRepository(Transfer).findOneByOrFail({ id: transferId });
    expect(t.dueDate).toBe("2026-03-23");
    // 2026-03-30: overdue
    expect(
      (await overdueTransfersByDepartment(deps(leader), leader)).groups.map((g) => [
        g.departmentId,
        g.transfers.length,
      ]),
    ).toEqual([["dept-edu", 1]]);
    // the overdue transfer is announced once (TransferOverdue), however often the screening runs
    expect(await db.transaction((em) => announceOverdueTransfers(em, clock.now()))).toBe(1);
    expect(await db.transaction((em) => announceOverdueTransfers(em, clock.now()))).toBe(0);
    const overdueEvents = await db.getRepository(OutboxEvent).findBy({ type: "TransferOverdue" });
    expect(overdueEvents.map((e) => JSON.parse(e.payload))).toEqual([
      expect.objectContaining({
        transferId,
        dueDate: "2026-03-23",
        competentDepartmentId: "dept-edu",
        copyToDepartmentId: "office-2",
      }),
    ]);
    let status = await transferStatus(deps(leader), t, null, []);
    expect(status).toMatchObject({ overdue: true, suggestedMode: "REMINDER" });
    await expect(
      superviseTransfer(deps(eduLiaison), transferId, { mode: SupervisionMode.REMINDER, note: "催" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await superviseTransfer(deps(copyOffice), transferId, { mode: SupervisionMode.REMINDER, note: "电话提醒尽快反馈" });
    clock.set(new Date("2026-04-08T03:00:00Z"));
    status = await transferStatus(
      deps(leader),
      t,
      null,
      await db.getRepository(SupervisionAction).findBy({ transferId }),
    );
    expect(status).toMatchObject({ lastMode: "REMINDER", suggestedMode: "LETTER" });
    await superviseTransfer(deps(copyOffice), transferId, { mode: SupervisionMode.LETTER, note: "发督办函" });
    await superviseTransfer(deps(leader), transferId, { mode: SupervisionMode.ON_SITE, note: "赴教体局现场督办" });
    expect((await db.getRepository(SupervisionAction).findBy({ transferId })).map((a) => a.mode).sort()).toEqual([
      "LETTER",
      "ON_SITE",
      "REMINDER",
    ]);

    await expect(recordTransferFeedback(deps(housingLiaison), transferId, { content: "已处理" })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    const fb = await recordTransferFeedback(deps(eduLiaison), transferId, {
      content: "已约谈校长并整改",
      attachments: [{ fileName: "整改报告.pdf", sizeBytes: 2048, mimeType: "application/pdf" }],
    });
    expect(fb).toMatchObject({ content: "已约谈校长并整改", byId: "liaison-edu" });
    expect(
      (await recordTransferFeedback(deps(eduLiaison), transferId, { content: "已约谈校长并整改" })).recordedAt,
    ).toEqual(fb.recordedAt);
    await expect(recordTransferFeedback(deps(eduLiaison), transferId, { content: "另一份" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await overdueTransfersByDepartment(deps(leader), leader)).groups).toEqual([]);
    expect(await db.getRepository(AuditEntry).countBy({ action: "transfer.supervise" })).toBe(3);
  });

  it("the monthly dispatch counts March, and its sheet opens with the same counts", async () => {
    const f = await monthlyDispatch(deps(leader), "2026-03");
    expect(f).toMatchObject({
      cases: 1,
      newCases: 1,
      concluded: 1,
      feedbackGiven: 1,
      basicallySatisfied: 1,
      dissatisfied: 0,
      satisfactionRate: 1,
    });
    const wb = await dispatchWorkbook(deps(leader), "2026-03", DispatchWorkbookKind.SHEET);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(wb.bytes as unknown as ArrayBuffer);
    const rows: Record<string, unknown> = {};
    book.getWorksheet("调度表")!.eachRow((r) => (rows[String(r.getCell(1).value)] = r.getCell(2).value));
    expect(rows["本期办结"]).toBe(1);
    expect(rows["结服率"]).toBe("100.0%");
  });
});
