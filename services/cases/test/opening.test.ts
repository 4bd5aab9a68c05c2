import type { DataSource } from "typeorm";
import { CaseOpened, TransferOpened, open, type ReportRoutedV2 } from "@prp/contracts";
import { AuditEntry, ConsumedEvent, OutboxEvent, SimulatedClock, type DomainEvent, type EventSource } from "@prp/kit";
import { Case, CaseUnit, Transfer } from "../src/entities";
import { intakeConsumer } from "../src/app/intake-consumer";
import { fakeDirectory, openCasesDatabase, routedFacts } from "./support/cases-database";

const routed = (n: number, over: Partial<ReportRoutedV2> = {}): ReportRoutedV2 =>
  routedFacts(n, `2026-00000${n}`, { townId: "town-1", ...over });

/** Opening cases and transfers from intake's routing events, each exactly once. */
describe(`opening from routing (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  const events: DomainEvent[] = [];
  let producerDown = false;
  const source: EventSource = {
    name: "intake",
    fetch: async (after, limit) => {
      if (producerDown) throw new Error("intake unreachable");
      return events.filter((e) => e.position > after).slice(0, limit);
    },
  };
  const emit = (type: string, payload: object, eventId = `ev-${events.length + 1}`) =>
    events.push({ eventId, position: events.length + 1, type, payload, createdAt: new Date() });
  const consumer = () =>
    intakeConsumer(db, source, {
      clock: new SimulatedClock(new Date("2026-03-02T03:00:00Z")),
      directory: fakeDirectory(),
      settings: { transferFeedbackWorkingDays: 15 },
    });

  beforeAll(async () => {
    ({ db, close } = await openCasesDatabase("cases_opening"));
  });
  afterAll(() => close());

  it("opens a case per in-scope routing, a transfer with its copy for an out-of-scope one, nothing for a hold", async () => {
    emit("ReportRouted", { ...routed(1), $version: 2 });
    emit("ReportRouted", {
      ...routed(2, {
        disposition: "TRANSFER_TO_DEPARTMENT",
        handlingDepartmentId: "dept-housing",
        copyToDepartmentId: "office-2",
      }),
      $version: 2,
    });
    emit("ReportRouted", { ...routed(3, { disposition: "HOLD", handlingDepartmentId: null }), $version: 2 });
    expect(await consumer().pollOnce()).toBe(3);

    const c = await db.getRepository(Case).findOneByOrFail({ reportId: "report-1" });
    expect(c).toMatchObject({
      status: "PENDING_ACCEPTANCE",
      handlingUnitId: "office-1",
      grade: "ROUTINE",
      mode: "SINGLE_UNIT",
      serial: "2026-000001",
    });
    expect(await db.getRepository(CaseUnit).findBy({ caseId: c.id })).toEqual([
      { caseId: c.id, unitId: "office-1", role: "HANDLING" },
    ]);
    const t = await db.getRepository(Transfer).findOneByOrFail({ reportId: "report-2" });
    // 15 working days after Monday 2026-03-02
    expect(t).toMatchObject({
      competentDepartmentId: "dept-housing",
      copyToDepartmentId: "office-2",
      status: "OPEN",
      dueDate: "2026-03-23",
      realName: true,
    });
    expect(await db.getRepository(Case).countBy({ reportId: "report-3" })).toBe(0);

    const out = await db.getRepository(OutboxEvent).find({ order: { position: "ASC" } });
    expect(out.map((e) => e.type)).toEqual(["CaseOpened", "TransferOpened"]);
    expect(open(CaseOpened, "CaseOpened", JSON.parse(out[0].payload))).toMatchObject({
      caseId: c.id,
      reportId: "report-1",
      decidedAt: "2026-03-02T02:00:00.000Z",
    });
    expect(open(TransferOpened, "TransferOpened", JSON.parse(out[1].payload))).toMatchObject({
      transferId: t.id,
      copyToDepartmentId: "office-2",
    });
    expect(await db.getRepository(AuditEntry).countBy({ action: "case.open" })).toBe(1);
  });

  it("opens nothing twice: a redelivered event is skipped, a second routing of an open case is ignored", async () => {
    emit("ReportRouted", { ...routed(1), $version: 2 }, "ev-1"); // the same event again (redelivery)
    emit("ReportRouted", { ...routed(1, { decidedAt: "2026-03-03T02:00:00.000Z" }), $version: 2 }); // another event for the same report
    const c = consumer();
    expect(await c.pollOnce()).toBe(1);
    expect(await db.getRepository(Case).countBy({ reportId: "report-1" })).toBe(1);
    expect(await db.getRepository(ConsumedEvent).count()).toBe(4);
    expect(await db.getRepository(OutboxEvent).count()).toBe(2);
  });

  it("catches up after the producer was down, and reads events written as version 1", async () => {
    producerDown = true;
    const c = consumer();
    await expect(c.pollOnce()).rejects.toThrow(/unreachable/);
    const {
      origin: _o,
      forwardingAuthority: _f,
      townId: _t,
      ...v1
    } = routed(4, { disposition: "ASSIGN_DOWN", dueDate: "2026-04-30", gradeHint: "COMPLEX" });
    emit("ReportRouted", v1);
    producerDown = false;
    expect(await c.pollOnce()).toBe(1);
    const assigned = await db.getRepository(Case).findOneByOrFail({ reportId: "report-4" });
    expect(assigned).toMatchObject({ grade: "KEY", assignedDueDate: "2026-04-30", origin: null });
  });

  it("withdraws an untouched case when intake reopens the report, and opens it again on the new decision", async () => {
    emit("ReportReopened", { reportId: "report-1", serial: "2026-000001", reason: "改由第二纪检监察室办理" });
    emit("ReportReopened", { reportId: "report-2", serial: "2026-000002", reason: "重新研判" });
    expect(await consumer().pollOnce()).toBe(2);
    expect((await db.getRepository(Case).findOneByOrFail({ reportId: "report-1" })).status).toBe("WITHDRAWN");
    expect((await db.getRepository(Transfer).findOneByOrFail({ reportId: "report-2" })).status).toBe("WITHDRAWN");
    emit("ReportRouted", {
      ...routed(1, { handlingDepartmentId: "office-2", decidedAt: "2026-03-05T02:00:00.000Z" }),
      $version: 2,
    });
    expect(await consumer().pollOnce()).toBe(1);
    const again = await db.getRepository(Case).findOneByOrFail({ reportId: "report-1" });
    expect(again).toMatchObject({ status: "PENDING_ACCEPTANCE", handlingUnitId: "office-2" });
    expect(await db.getRepository(CaseUnit).findBy({ caseId: again.id })).toEqual([
      { caseId: again.id, unitId: "office-2", role: "HANDLING" },
    ]);
  });

  it("refuses an event it cannot read and does not move past it", async () => {
    emit("ReportRouted", { ...routed(9), $version: 7 });
    const c = consumer();
    const cursor = await c.cursor();
    await expect(c.pollOnce()).rejects.toThrow(/版本 7/);
    expect(await c.cursor()).toBe(cursor);
    expect(await db.getRepository(Case).countBy({ reportId: "report-9" })).toBe(0);
  });
});
