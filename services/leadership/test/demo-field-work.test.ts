import { CaseOpened, ReportRouted, type ReportRoutedV4 } from "@prp/contracts";
import { AuditEntry, Role, beijingDate } from "@prp/kit";
import { CaseVisit, Reception, ReceptionStatus, TownMeeting } from "../src/entities";
import { leadershipConsumers } from "../src/app/case-events";
import { demoFieldWork } from "../src/seed/demo-field-work";
import { StandInSource, fakeCases, fakeDirectory, openLeadershipDatabase, person } from "./support/leadership-database";

/** The demo leaders' field work: through the use cases (audited), never dated today, and once only. */
describe(`demo field work (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let h: Awaited<ReturnType<typeof openLeadershipDatabase>>;
  const leaders = [
    person("leader-1", [Role.LEADER], { displayName: "王建国", townIds: ["town-a"] }),
    person("leader-2", [Role.LEADER], { displayName: "刘秀英", townIds: ["town-b"] }),
  ];
  const registered = new Set<string>();
  const deps = {
    directory: fakeDirectory(),
    cases: fakeCases(),
    settings: { commissionHead: "user:head" },
    intake: {
      reports: async (ids: readonly string[]) => {
        ids.forEach((id) => registered.add(id));
        return ids.map((id) => ({ id, serial: id }));
      },
    },
    leaders: {
      profile: async (id: string) => ({
        id,
        displayName: id,
        post: "市纪委副书记",
        roles: [Role.LEADER],
        active: true,
      }),
    },
  };

  beforeAll(async () => {
    h = await openLeadershipDatabase("leadership_demo_field_work");
    // four cases leadership follows, two in each leader's town
    const intake = new StandInSource("intake");
    const cases = new StandInSource("cases");
    const at = new Date(Date.now() - 60 * 86400_000).toISOString();
    for (let i = 1; i <= 4; i++) {
      const routed: ReportRoutedV4 = {
        reportId: `report-${i}`,
        serial: `2026-00010${i}`,
        disposition: "PRELIMINARY_VERIFICATION",
        handlingDepartmentId: "office-1",
        copyToDepartmentId: null,
        dueDate: null,
        gradeHint: "SIMPLE",
        realName: false,
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
        serial: routed.serial,
        handlingUnitId: "office-1",
        decidedAt: at,
        openedAt: at,
      });
    }
    const c = leadershipConsumers(h.db, { cases, intake });
    await c.intake.pollOnce();
    await c.cases.pollOnce();
  });
  afterAll(() => h?.close());

  it("records each leader's meetings, receptions and case visits through the use cases", async () => {
    await demoFieldWork(h.db, deps, leaders, () => {});
    const today = beijingDate(new Date());
    const meetings = await h.db.getRepository(TownMeeting).find();
    const receptions = await h.db.getRepository(Reception).find();
    const visits = await h.db.getRepository(CaseVisit).find();
    expect(meetings.map((m) => m.townId).sort()).toEqual(["town-a", "town-a", "town-b", "town-b"]);
    // one held per leader with a report registered there, three published ahead per leader
    const held = receptions.filter((r) => r.status === ReceptionStatus.HELD);
    expect(held).toHaveLength(2);
    expect(held.every((r) => r.receptionDate < today && r.reportIds.length === 1)).toBe(true);
    expect([...registered].sort()).toEqual(held.flatMap((r) => r.reportIds).sort());
    const ahead = receptions.filter((r) => r.status === ReceptionStatus.SCHEDULED);
    expect(ahead).toHaveLength(6);
    expect(ahead.every((r) => r.receptionDate > today)).toBe(true);
    // each leader takes their own town's cases down
    expect(visits.map((v) => [v.townId, [...v.caseIds].sort()]).sort()).toEqual([
      ["town-a", ["case-1", "case-3"]],
      ["town-b", ["case-2", "case-4"]],
    ]);
    expect([...meetings.map((m) => m.heldOn), ...visits.map((v) => v.visitedOn)]).not.toContain(today);
    // audited, as a person's records are
    expect(await h.db.getRepository(AuditEntry).countBy({ action: "reception.schedule" })).toBe(8);
  });

  it("adds nothing when run again (a restart)", async () => {
    const counts = async () => [
      await h.db.getRepository(TownMeeting).count(),
      await h.db.getRepository(Reception).count(),
      await h.db.getRepository(CaseVisit).count(),
    ];
    const before = await counts();
    await demoFieldWork(h.db, deps, leaders, () => {});
    expect(await counts()).toEqual(before);
  });
});
