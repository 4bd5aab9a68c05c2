import type { DataSource } from "typeorm";
import { Role, SimulatedClock, type AuthUser } from "@prp/kit";
import { Case, JointTask, type Transfer } from "../src/entities";
import { openFromRouting } from "../src/app/opening";
import { acceptCase, concludeCase, recordCaseProgress, submitClosingReport } from "../src/app/case-steps";
import { caseOverdueOn } from "../src/app/case-queries";
import { periodFigures } from "../src/app/period-figures";
import { recordReporterContact } from "../src/app/reporter-loop";
import { recordTransferFeedback } from "../src/app/transfer-feedback";
import { ContactChannel, ContactKind } from "../src/domain/reporter-loop";
import { Finding } from "../src/domain/enums";
import type { CasesDeps } from "../src/app/cases-deps";
import { caseUser, openCasesDatabase, routedFacts, testDeps } from "./support/cases-database";

/**
 * `Case.overdueOn(day)` on a case handled through the use cases: an item assigned down with a due
 * date and a real-name reporter, concluded, its closing report sent late, its result fed back late;
 * each past day is judged as it stood then.
 */
describe(`a case's overdue items on a past day (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  const handler = caseUser("handler-1", [Role.CASE_HANDLER], "office-1", "张承办");
  const clock = new SimulatedClock(new Date("2026-03-02T03:00:00Z"));
  const deps = (actor: AuthUser | null): CasesDeps => testDeps(db, actor, clock);
  let caseId: string;
  const on = async (day: string) => {
    const c = await db.manager.findOneByOrFail(Case, { id: caseId });
    return caseOverdueOn(deps(null), c, await db.manager.findBy(JointTask, { caseId }), day);
  };

  beforeAll(async () => {
    ({ db, close } = await openCasesDatabase("cases_overdue_on"));
    const routed = routedFacts(1, "2026-000301", { disposition: "ASSIGN_DOWN", dueDate: "2026-03-10" });
    caseId = ((await openFromRouting(deps(null), routed)) as { item: Case }).item.id;
    await acceptCase(deps(handler), caseId);
    await recordCaseProgress(deps(handler), caseId, { note: "调取相关材料" });
    clock.set(new Date("2026-03-05T03:00:00Z"));
    await concludeCase(deps(handler), caseId, { finding: Finding.PARTLY_SUBSTANTIATED, outcome: "责令整改" });
    clock.set(new Date("2026-03-12T03:00:00Z"));
    await submitClosingReport(deps(handler), caseId, "已按要求核查并整改到位");
    // the result feedback is due 15 working days after 2026-03-05, on 2026-03-26; given on 2026-03-30
    clock.set(new Date("2026-03-30T03:00:00Z"));
    await recordReporterContact(deps(handler), caseId, {
      kind: ContactKind.RESULT_FEEDBACK,
      channel: ContactChannel.PHONE,
      who: "张承办",
      said: "电话反馈核查结果",
    });
  }, 120_000);
  afterAll(() => close());

  it("is not overdue before the case opened, nor on a due day itself", async () => {
    expect(await on("2026-03-01")).toBe(false);
    expect(await on("2026-03-10")).toBe(false);
  });

  it("counts the closing report missed after the conclusion, until the day it was sent", async () => {
    expect(await on("2026-03-11")).toBe(true);
    expect(await on("2026-03-12")).toBe(false);
  });

  it("counts the result feedback missed from the day after its due date until it was given", async () => {
    expect(await on("2026-03-26")).toBe(false);
    expect(await on("2026-03-27")).toBe(true);
    expect(await on("2026-03-29")).toBe(true);
    expect(await on("2026-03-30")).toBe(false);
  });

  it("refuses a day that is not a date, in Chinese", async () => {
    await expect(on("2026/03/30")).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      message: "统计日期应为有效的 YYYY-MM-DD",
    });
  });

  describe("期末逾期未办结 in the period figures", () => {
    let lateThenConcluded: string;
    beforeAll(async () => {
      // assigned down on 2026-03-02, due 2026-03-03, concluded 2026-03-05 (no report needed first)
      clock.set(new Date("2026-03-02T03:00:00Z"));
      lateThenConcluded = (
        (await openFromRouting(
          deps(null),
          routedFacts(2, "2026-000302", { disposition: "ASSIGN_DOWN", dueDate: "2026-03-03", realName: false }),
        )) as { item: Case }
      ).item.id;
      await acceptCase(deps(handler), lateThenConcluded);
      await recordCaseProgress(deps(handler), lateThenConcluded, { note: "核实中" });
      // still being handled, due after the day the figures are asked on
      await openFromRouting(
        deps(null),
        routedFacts(3, "2026-000303", { disposition: "ASSIGN_DOWN", dueDate: "2026-04-15", realName: false }),
      );
      clock.set(new Date("2026-03-05T03:00:00Z"));
      await concludeCase(deps(handler), lateThenConcluded, {
        finding: Finding.UNSUBSTANTIATED,
        outcome: "反映不实",
      });
      clock.set(new Date("2026-03-30T03:00:00Z"));
    });

    it("counts a case overdue and unconcluded at a past period's end, though concluded since", async () => {
      expect((await periodFigures(deps(null), "2026-03-01", "2026-03-04")).overdue).toBe(1);
      expect((await periodFigures(deps(null), "2026-03-01", "2026-03-05")).overdue).toBe(0);
    });

    it("counts nothing not yet due in a running period (its end is judged as of today)", async () => {
      // today is 2026-03-30: the item due 2026-04-15 is not overdue, though before the period's end
      expect((await periodFigures(deps(null), "2026-03-01", "2026-12-31")).overdue).toBe(0);
      clock.set(new Date("2026-04-16T03:00:00Z"));
      expect((await periodFigures(deps(null), "2026-03-01", "2026-12-31")).overdue).toBe(1);
      expect(await on("2026-04-16")).toBe(false); // the first case owes nothing by then
    });

    it("counts a transfer answered late as overdue on the days before its feedback came", async () => {
      clock.set(new Date("2026-05-04T03:00:00Z"));
      const { item } = (await openFromRouting(
        deps(null),
        routedFacts(4, "2026-000304", {
          disposition: "TRANSFER_TO_DEPARTMENT",
          handlingDepartmentId: "dept-edu",
          copyToDepartmentId: "office-2",
          decidedAt: "2026-05-04T02:00:00.000Z",
        }),
      )) as { item: Transfer };
      const plus = (day: string, n: number) =>
        new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      const due = item.dueDate;
      const answered = plus(due, 3);
      clock.set(new Date(`${answered}T03:00:00Z`));
      await recordTransferFeedback(deps(caseUser("liaison-edu", [Role.LIAISON], "dept-edu")), item.id, {
        content: "已约谈相关负责人并整改",
      });
      clock.set(new Date("2026-11-28T03:00:00Z"));
      const overdueOnLastDay = async (to: string) =>
        (await periodFigures(deps(null), "2026-05-01", to)).overdueTransfers;
      expect(await overdueOnLastDay(due)).toBe(0);
      expect(await overdueOnLastDay(plus(due, 1))).toBe(1);
      expect(await overdueOnLastDay(plus(due, 2))).toBe(1);
      expect(await overdueOnLastDay(answered)).toBe(0);
      expect(await overdueOnLastDay("2026-12-31")).toBe(0);
    });
  });
});
