import {
  CaseClosed,
  CaseConcluded,
  CaseGraded,
  CaseOpened,
  LabelChanged,
  ReportRouted,
  ReporterDissatisfied,
  type ReportRoutedV4,
} from "@prp/contracts";
import { AuditEntry, OutboxEvent, Role, SimulatedClock, isAppError } from "@prp/kit";
import { ActiveOwnership, Ownership, ScreenedCase, OwnershipStatus } from "../src/entities";
import { leadershipConsumers } from "../src/app/case-events";
import { claimCase, releaseCase } from "../src/app/ownership";
import { screeningQueue } from "../src/app/screening-queue";
import { nominateCase } from "../src/app/nomination";
import { StandInSource, depsFor, openLeadershipDatabase, person } from "./support/leadership-database";

const at = "2026-03-02T02:00:00.000Z";
const routed = (n: number, over: Partial<ReportRoutedV4> = {}): ReportRoutedV4 => ({
  reportId: `report-${n}`,
  serial: `2026-00020${n}`,
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
  townId: "town-a",
  receivedAt: at,
  repeatOf: [],
  coSigners: 0,
  authorityDueDate: null,
  ...over,
});
const opened = (n: number) => ({
  caseId: `case-${n}`,
  reportId: `report-${n}`,
  serial: `2026-00020${n}`,
  handlingUnitId: "office-1",
  decidedAt: at,
  openedAt: at,
});

/** The screening queue fills from intake's and case handling's events, applied once each, in either order. */
describe(`screening from events (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let h: Awaited<ReturnType<typeof openLeadershipDatabase>>;
  const clock = new SimulatedClock(new Date("2026-03-10T02:00:00Z"));
  const cases = new StandInSource("cases");
  const intake = new StandInSource("intake");
  const leader = person("leader-1", [Role.LEADER], { displayName: "王建国", townIds: ["town-b"] });
  const leader2 = person("leader-2", [Role.LEADER], { displayName: "刘秀英" });
  const poll = async () => {
    const c = leadershipConsumers(h.db, { cases, intake });
    await c.intake.pollOnce();
    await c.cases.pollOnce();
  };

  beforeAll(async () => {
    h = await openLeadershipDatabase("leadership_screening");
  });
  afterAll(() => h?.close());

  it("lists a KEY case, a case assigned from above and a red one, linked towns first, with reasons", async () => {
    // case 1: opened before intake's routing arrives; assigned from above, in town-b
    cases.add(CaseOpened, opened(1));
    await poll();
    intake.add(ReportRouted, routed(1, { origin: "ASSIGNED_BY_SUPERIOR", townId: "town-b" }));
    // case 2: routed first, then opened and graded KEY
    intake.add(ReportRouted, routed(2));
    cases.add(CaseOpened, opened(2));
    cases.add(CaseGraded, {
      caseId: "case-2",
      reportId: "report-2",
      serial: "2026-000202",
      grade: "KEY",
      listed: false,
      supervisingLeaderId: null,
      supervisionDueDate: null,
      at,
    });
    // case 3: red label and a dissatisfied reporter (two reasons); case 4: no reason at all
    intake.add(ReportRouted, routed(3));
    cases.add(CaseOpened, opened(3));
    cases.add(LabelChanged, {
      caseId: "case-3",
      reportId: "report-3",
      serial: "2026-000203",
      fromColour: "ORANGE",
      toColour: "RED",
      categories: ["REPEAT"],
      at,
    });
    cases.add(ReporterDissatisfied, {
      caseId: "case-3",
      reportId: "report-3",
      serial: "2026-000203",
      unitId: null,
      at,
    });
    intake.add(ReportRouted, routed(4));
    cases.add(CaseOpened, opened(4));
    await poll();
    await poll(); // a second poll applies nothing again

    const q = await screeningQueue(depsFor(h.db, leader, clock), { offset: 0, limit: 50 });
    expect(q.items.map((c) => [c.caseId, c.reasons, c.inLinkedTown])).toEqual([
      ["case-1", ["ASSIGNED_FROM_ABOVE"], true],
      ["case-3", ["DISSATISFIED", "REPEATED"], false],
      ["case-2", ["DIFFICULT_COMPLEX"], false],
    ]);
    const linked = await screeningQueue(depsFor(h.db, leader, clock), { offset: 0, limit: 50, linkedOnly: true });
    expect(linked.items.map((c) => c.caseId)).toEqual(["case-1"]);
  });

  it("adds a nomination (干扰多阻力大) by the petition office or a handler of the case's unit, and refuses others", async () => {
    const officer = person("officer-1", [Role.PETITION_OFFICER]);
    const otherHandler = person("h-2", [Role.CASE_HANDLER], { departmentId: "office-9" });
    const unitHandler = person("h-1", [Role.CASE_HANDLER], { departmentId: "office-1" });
    const refused = await nominateCase(depsFor(h.db, otherHandler, clock), "case-4", "当地干扰较多，查办阻力大").catch(
      (e) => e,
    );
    expect(isAppError(refused, "FORBIDDEN")).toBe(true);
    const short = await nominateCase(depsFor(h.db, officer, clock), "case-4", "阻力").catch((e) => e);
    expect(isAppError(short, "BAD_USER_INPUT")).toBe(true);
    const c = await nominateCase(depsFor(h.db, unitHandler, clock), "case-4", "被反映人多次打招呼说情，阻力大");
    expect(c.reasons).toEqual(["INTERFERENCE"]);
    expect(c.candidate).toBe(true);
    expect(await h.db.getRepository(OutboxEvent).countBy({ type: "CaseNominated" })).toBe(1);
  });

  it("lets exactly one of two leaders claiming together own a case; the other's CONFLICT names the owner", async () => {
    const results = await Promise.allSettled([
      claimCase(depsFor(h.db, leader, clock), { caseId: "case-2", reasons: ["DIFFICULT_COMPLEX" as any] }),
      claimCase(depsFor(h.db, leader2, clock), { caseId: "case-2", reasons: ["DIFFICULT_COMPLEX" as any] }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const owner = (won[0] as PromiseFulfilledResult<Ownership>).value.leaderName;
    expect(isAppError(lost[0].reason, "CONFLICT")).toBe(true);
    expect(lost[0].reason.message).toContain(owner);
    expect(await h.db.getRepository(ActiveOwnership).countBy({ caseId: "case-2" })).toBe(1);
    expect(await h.db.getRepository(Ownership).countBy({ caseId: "case-2" })).toBe(1);
    // owned: out of the queue
    const q = await screeningQueue(depsFor(h.db, leader, clock), { offset: 0, limit: 50 });
    expect(q.items.map((c) => c.caseId)).not.toContain("case-2");
    expect(await h.db.getRepository(OutboxEvent).countBy({ type: "OwnershipClaimed" })).toBe(1);
  });

  it("refuses a claim by someone who is not a leader, and one without reasons", async () => {
    const officer = person("officer-1", [Role.PETITION_OFFICER]);
    const e1 = await claimCase(depsFor(h.db, officer, clock), {
      caseId: "case-1",
      reasons: ["ASSIGNED_FROM_ABOVE" as any],
    }).catch((e) => e);
    expect(isAppError(e1, "FORBIDDEN")).toBe(true);
    const e2 = await claimCase(depsFor(h.db, leader, clock), { caseId: "case-1", reasons: [] }).catch((e) => e);
    expect(isAppError(e2, "BAD_USER_INPUT")).toBe(true);
  });

  it("needs a reason to release, then the case returns to the queue", async () => {
    const o = await claimCase(depsFor(h.db, leader, clock), {
      caseId: "case-1",
      reasons: ["ASSIGNED_FROM_ABOVE" as any],
    });
    const noReason = await releaseCase(depsFor(h.db, leader, clock), "case-1", " ").catch((e) => e);
    expect(isAppError(noReason, "BAD_USER_INPUT")).toBe(true);
    const notOwner = await releaseCase(depsFor(h.db, leader2, clock), "case-1", "工作调整，另有安排").catch((e) => e);
    expect(isAppError(notOwner, "FORBIDDEN")).toBe(true);
    const released = await releaseCase(depsFor(h.db, leader, clock), "case-1", "工作调整，另有安排");
    expect(released).toMatchObject({ id: o.id, status: OwnershipStatus.RELEASED, endReason: "工作调整，另有安排" });
    expect((await h.db.getRepository(ScreenedCase).findOneByOrFail({ caseId: "case-1" })).candidate).toBe(true);
    expect(await h.db.getRepository(AuditEntry).countBy({ action: "ownership.release", entityId: o.id })).toBe(1);
  });

  it("ends the ownership CONCLUDED when the case concludes, and a closed case leaves the queue", async () => {
    cases.add(CaseConcluded, {
      caseId: "case-2",
      reportId: "report-2",
      serial: "2026-000202",
      finding: "SUBSTANTIATED",
      realName: true,
      at: "2026-03-20T02:00:00.000Z",
    });
    cases.add(CaseClosed, { caseId: "case-4", reportId: "report-4", serial: "2026-000204", at });
    await poll();
    const o = await h.db.getRepository(Ownership).findOneByOrFail({ caseId: "case-2" });
    expect(o.status).toBe(OwnershipStatus.CONCLUDED);
    expect(o.endedAt?.toISOString()).toBe("2026-03-20T02:00:00.000Z");
    expect(await h.db.getRepository(ActiveOwnership).countBy({ caseId: "case-2" })).toBe(0);
    expect(await h.db.getRepository(OutboxEvent).countBy({ type: "OwnershipConcluded" })).toBe(1);
    const q = await screeningQueue(depsFor(h.db, leader, clock), { offset: 0, limit: 50 });
    expect(q.items.map((c) => c.caseId).sort()).toEqual(["case-1", "case-3"]);
  });
});
