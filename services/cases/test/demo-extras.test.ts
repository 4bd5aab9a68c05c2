import type { DataSource } from "typeorm";
import { type ReportRoutedV2 } from "@prp/contracts";
import { Role, SimulatedClock, DAY_MS, type AuthUser } from "@prp/kit";
import {
  Case,
  CaseLabel,
  CaseStatus,
  ReporterContact,
  SupervisionAction,
  Transfer,
  TransferFeedback,
} from "../src/entities";
import { openFromRouting } from "../src/app/opening";
import { acceptCase, concludeCase, recordCaseProgress } from "../src/app/case-steps";
import { seedDemoExtras } from "../src/seed/demo-extras";
import type { CasesDeps } from "../src/app/cases-deps";
import { fakeDirectory, openCasesDatabase, routedFacts, testDeps } from "./support/cases-database";

const DAY = DAY_MS;
const handler: AuthUser = {
  id: "h1",
  username: "handler",
  displayName: "陈明",
  roles: [Role.CASE_HANDLER],
  departmentId: "office-1",
  townIds: [],
};

/** The demo of the reporter loop, transfer supervision and colour labels goes through the use cases and leaves every kind of record. */
describe(`demo reporter loop, transfers and labels (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await openCasesDatabase("cases_demo_extras"));
    const start = Date.now() - 200 * DAY;
    const clock = new SimulatedClock(new Date(start));
    const deps = (actor: AuthUser | null): CasesDeps => testDeps(db, actor, clock);
    for (let n = 1; n <= 10; n++) {
      const base: ReportRoutedV2 = routedFacts(n, `2026-0003${String(n).padStart(2, "0")}`, {
        reportId: `r-${n}`,
        decidedAt: new Date(start + n * DAY).toISOString(),
      });
      clock.set(new Date(start + n * DAY));
      await openFromRouting(deps(null), base);
      await openFromRouting(deps(null), {
        ...base,
        reportId: `t-${n}`,
        serial: `2026-0004${String(n).padStart(2, "0")}`,
        disposition: "TRANSFER_TO_DEPARTMENT",
        handlingDepartmentId: "dept-edu",
        copyToDepartmentId: "office-2",
      });
      const c = await db.getRepository(Case).findOneByOrFail({ reportId: `r-${n}` });
      clock.advance(DAY);
      await acceptCase(deps(handler), c.id);
      clock.advance(DAY);
      await recordCaseProgress(deps(handler), c.id, { note: "核实中" });
      clock.advance(DAY);
      await concludeCase(deps(handler), c.id, { finding: "SUBSTANTIATED" as never, outcome: "已处理" });
    }
    await seedDemoExtras(
      db,
      {
        leaders: [{ id: "leader-1", displayName: "王建国" }],
        handlers: [
          { id: "h1", displayName: "陈明", departmentId: "office-1" },
          { id: "h2", displayName: "张伟", departmentId: "office-2" },
        ],
        stationedGroups: [],
        cityWide: [],
        regions: [],
      },
      fakeDirectory(),
      { transferFeedbackWorkingDays: 15 },
      () => {},
    );
  });
  afterAll(() => close());

  it("feeds back to reporters with every answer, leaves one owed, and marks the dissatisfied red", async () => {
    const contacts = await db.getRepository(ReporterContact).find();
    const answers = contacts.filter((c) => c.kind === "RESULT_FEEDBACK").map((c) => c.response);
    expect(new Set(answers)).toEqual(new Set(["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"]));
    expect(await db.getRepository(Case).countBy({ status: CaseStatus.FEEDBACK_GIVEN })).toBe(answers.length);
    expect(await db.getRepository(Case).countBy({ status: CaseStatus.CONCLUDED })).toBeGreaterThan(0);
    const red = await db.getRepository(CaseLabel).findBy({ colour: "RED" as never });
    expect(red.length).toBeGreaterThan(0);
    expect(red.every((l) => l.categories.includes("CLOSED_NOT_ACCEPTED"))).toBe(true);
  });

  it("supervises transfers in each mode by the office holding the copy, and records the departments' feedback", async () => {
    const actions = await db.getRepository(SupervisionAction).find();
    expect(new Set(actions.map((a) => a.mode))).toEqual(new Set(["REMINDER", "LETTER", "ON_SITE"]));
    expect(new Set(actions.map((a) => a.byId))).toEqual(new Set(["h2"]));
    const feedback = await db.getRepository(TransferFeedback).find();
    expect(feedback.length).toBeGreaterThan(0);
    expect(feedback.length).toBeLessThan(await db.getRepository(Transfer).count());
  });
});
