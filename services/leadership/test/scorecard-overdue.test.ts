import { Role, SimulatedClock } from "@prp/kit";
import { caseOpened, reportRouted, updateFacts } from "../src/app/screening";
import { townScorecardReport } from "../src/app/analysis";
import type { AnalysisDeps } from "../src/app/analysis-ports";
import { CaseStage } from "../src/domain/enums";
import { depsFor, fakeCases, openLeadershipDatabase, person } from "./support/leadership-database";

/**
 * 述责述廉's overdue items are counted on one day: the period's last day once it is over, today
 * while it runs. Case handling judges each case on that day (`Case.overdueOn`); leadership asks
 * about the town's cases that may have owed something then, and no others.
 */
describe(`town scorecards' overdue items on the period's last day (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let h: Awaited<ReturnType<typeof openLeadershipDatabase>>;
  const TOWN = "town-overdue";
  const at = (iso: string) => new Date(`${iso}Z`);
  /** What case handling would answer: the days on which each case had an overdue item. */
  const overdueDays: Record<string, (day: string) => boolean> = {
    "late-in-june": (day) => day > "2026-05-20" && day < "2026-07-01",
    "late-since-june": (day) => day > "2026-06-20",
    "closed-in-april": () => true, // never asked: it closed before any day asked about
    "opened-in-august": (day) => day > "2026-09-01",
  };
  const asked: { ids: string[]; day: string }[] = [];
  let deps: AnalysisDeps;

  /** A case of the town, opened (and perhaps ended) through leadership's own event handling. */
  async function follow(caseId: string, openedAt: Date, ended?: { stage: CaseStage; at: Date }): Promise<void> {
    const em = h.db.manager;
    await reportRouted(
      em,
      { reportId: `r-${caseId}`, origin: null, townId: TOWN, forwardingAuthority: null },
      openedAt,
    );
    await caseOpened(em, { caseId, reportId: `r-${caseId}`, serial: caseId, unitId: null, openedAt });
    if (ended) await updateFacts(em, caseId, { stage: ended.stage, owned: false }, ended.at);
  }

  beforeAll(async () => {
    h = await openLeadershipDatabase("leadership_scorecard_overdue");
    const clock = new SimulatedClock(at("2026-11-28T02:00:00"));
    const cases = fakeCases([], (id, day) => overdueDays[id](day));
    deps = {
      ...depsFor(h.db, person("leader", [Role.LEADER]), clock),
      cases: {
        ...cases,
        overdueOn: (ids, day) => {
          asked.push({ ids: [...ids].sort(), day });
          return cases.overdueOn(ids, day);
        },
      },
      intakeFigures: { groups: async (periods) => periods.map(() => []) },
      places: { names: async () => new Map(), activeTowns: async () => [TOWN] },
    };
    await follow("late-in-june", at("2026-03-02T02:00:00"), {
      stage: CaseStage.CONCLUDED,
      at: at("2026-07-10T02:00:00"),
    });
    await follow("late-since-june", at("2026-03-02T02:00:00"));
    await follow("closed-in-april", at("2026-03-02T02:00:00"), {
      stage: CaseStage.CLOSED,
      at: at("2026-04-10T02:00:00"),
    });
    await follow("opened-in-august", at("2026-08-03T02:00:00"));
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  const overdueOfTown = (r: Awaited<ReturnType<typeof townScorecardReport>>) =>
    r.towns.find((t) => t.townId === TOWN)!.overdueItems;

  it("counts a past period's overdue items as they stood on its last day", async () => {
    asked.length = 0;
    const june = await townScorecardReport(deps, "2026-06-01", "2026-06-30");
    expect(june.overdueAsOf).toBe("2026-06-30");
    expect(overdueOfTown(june)).toBe(2); // late-in-june (concluded since) and late-since-june
    // one call, for the day, about the cases open by then and not closed before it
    expect(asked).toEqual([{ ids: ["late-in-june", "late-since-june"], day: "2026-06-30" }]);
  });

  it("counts nothing for a period that ended before any deadline passed", async () => {
    const may = await townScorecardReport(deps, "2026-05-01", "2026-05-20");
    expect(may.overdueAsOf).toBe("2026-05-20");
    expect(overdueOfTown(may)).toBe(0);
  });

  it("counts the running period's overdue items as of today", async () => {
    asked.length = 0;
    const november = await townScorecardReport(deps, "2026-11-01", "2026-11-30");
    expect(november.overdueAsOf).toBe("2026-11-28");
    expect(overdueOfTown(november)).toBe(2); // late-since-june and opened-in-august
    expect(asked).toEqual([{ ids: ["late-in-june", "late-since-june", "opened-in-august"], day: "2026-11-28" }]);
  });
});
