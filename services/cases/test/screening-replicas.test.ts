import type { DataSource } from "typeorm";
import { type ReportRoutedV2 } from "@prp/contracts";
import { OutboxEvent, Role, SimulatedClock, dropDatabase, openDatabase, type AuthUser } from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import { entities, CaseLabel, CaseLabelChange } from "../src/entities";
import { migrations } from "../src/migrations";
import { openFromRouting } from "../src/app/opening";
import { recordReportFacts } from "../src/app/report-facts";
import { screenLabelsNow, SCREENING_JOB } from "../src/app/colour-labels";
import { claimLease } from "../src/app/screening-lease";
import { runScheduledScreening } from "../src/app/scheduled-screening";
import type { CasesDeps } from "../src/app/cases-deps";
import { routedFacts, testDeps } from "./support/cases-database";

const routed = (n: number, over: Partial<ReportRoutedV2> = {}): ReportRoutedV2 =>
  routedFacts(n, `2026-00010${n}`, { ...over });

const leader: AuthUser = {
  id: "leader-1",
  username: "leader",
  displayName: "委领导",
  roles: [Role.LEADER],
  departmentId: null,
  townIds: [],
};

/**
 * Two replicas (two data sources on one database) run the daily screening at the same moment:
 * the atomic claim of the lease row lets exactly one of them screen, and each label change is
 * announced once.
 */
describe(`colour label screening across replicas (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let a: DataSource;
  let b: DataSource;
  let drop: () => Promise<void>;
  const clock = new SimulatedClock(new Date("2026-03-10T02:00:00Z"));
  const deps = (db: DataSource, actor: AuthUser | null = null): CasesDeps => testDeps(db, actor, clock);

  beforeAll(async () => {
    const url = isolatedDatabaseUrl();
    const first = await openDatabase({ subgraph: "cases_screening", entities, migrations, databaseUrl: url });
    a = first.dataSource;
    b = (await openDatabase({ subgraph: "cases_screening", entities, migrations, databaseUrl: url })).dataSource;
    drop = async () => {
      if (first.target.dialect === "mysql") await dropDatabase(first.target);
    };
    // report-1 repeated by 2 and 3 (3 came down from the province: 越级), report-4 co-signed by 12
    for (const [n, over, facts] of [
      [1, {}, { receivedAt: "2026-01-05T02:00:00.000Z" }],
      [
        2,
        { disposition: "HOLD" as const, handlingDepartmentId: null },
        { receivedAt: "2026-02-05T02:00:00.000Z", repeatOf: ["report-1"] },
      ],
      [
        3,
        { disposition: "HOLD" as const, handlingDepartmentId: null, origin: "FORWARDED_FROM_SUPERIOR" as const },
        { receivedAt: "2026-03-01T02:00:00.000Z", repeatOf: ["report-2"] },
      ],
      [4, {}, { receivedAt: "2026-03-01T02:00:00.000Z", coSigners: 12 }],
      [5, {}, { receivedAt: "2026-03-01T02:00:00.000Z" }],
    ] as const) {
      const e = routed(n, over);
      await a.transaction(async (em) => {
        await recordReportFacts(em, { ...e, ...facts }, clock.now());
        await openFromRouting({ ...deps(a), db: em }, e);
      });
    }
  });
  afterAll(async () => {
    await a.destroy();
    await b.destroy();
    await drop();
  });

  it("exactly one replica screens a day's slot; the labels come from the repeat links, the origin and the co-signers", async () => {
    const runs = await Promise.all([
      runScheduledScreening(a, clock.now(), undefined, "replica-a"),
      runScheduledScreening(b, clock.now(), undefined, "replica-b"),
    ]);
    expect(runs.filter((r) => r !== null)).toHaveLength(1);
    const run = runs.find((r) => r !== null)!;
    expect(run).toMatchObject({ slot: "2026-03-10", screened: 3, changed: 2 });

    const labels = await a.getRepository(CaseLabel).find();
    const byReport = new Map<string, CaseLabel>();
    for (const l of labels)
      byReport.set((await a.query(`SELECT reportId FROM handling_case WHERE id = ?`, [l.caseId]))[0].reportId, l);
    // report-1: three reports of the matter (REPEAT: YELLOW), one of them from above (SKIP_LEVEL: GREEN)
    expect(byReport.get("report-1")).toMatchObject({ colour: "YELLOW", categories: ",REPEAT,SKIP_LEVEL," });
    expect(byReport.get("report-4")).toMatchObject({ colour: "YELLOW", categories: ",COLLECTIVE," });
    expect(byReport.has("report-5")).toBe(false);
    expect(await a.getRepository(OutboxEvent).countBy({ type: "LabelChanged" })).toBe(2);
    expect(await a.getRepository(CaseLabelChange).count()).toBe(2);
  });

  it("a slot already run is not run again by either replica; the next day's is, once, changing nothing", async () => {
    expect(await runScheduledScreening(a, clock.now(), undefined, "replica-a")).toBeNull();
    expect(await runScheduledScreening(b, clock.now(), undefined, "replica-b")).toBeNull();
    clock.advance(86_400_000);
    const next = await Promise.all([
      runScheduledScreening(b, clock.now(), undefined, "replica-b"),
      runScheduledScreening(a, clock.now(), undefined, "replica-a"),
    ]);
    expect(next.filter((r) => r !== null).map((r) => [r!.slot, r!.changed])).toEqual([["2026-03-11", 0]]);
    expect(await a.getRepository(OutboxEvent).countBy({ type: "LabelChanged" })).toBe(2);
  });

  it("a screening on demand is refused while another replica holds the lease", async () => {
    expect(await claimLease(a, SCREENING_JOB, "replica-a", clock.now(), 60_000)).toBe(true);
    await expect(screenLabelsNow(deps(b, leader), b)).rejects.toMatchObject({ code: "CONFLICT" });
    clock.advance(120_000);
    await expect(screenLabelsNow(deps(b, leader), b)).resolves.toMatchObject({ screened: 3, changed: 0 });
  });
});
