import { CaseGraded, open, type ReportRoutedV2 } from "@prp/contracts";
import { OutboxEvent, SimulatedClock, type DomainEvent } from "@prp/kit";
import { Case } from "../src/entities";
import { intakeConsumer } from "../src/app/intake-consumer";
import { fakeDirectory, openCasesDatabase } from "./support/cases-database";

const routed = (n: number, gradeHint: ReportRoutedV2["gradeHint"]): ReportRoutedV2 => ({
  reportId: `report-${n}`,
  serial: `2026-00001${n}`,
  disposition: "PRELIMINARY_VERIFICATION",
  handlingDepartmentId: "office-1",
  copyToDepartmentId: null,
  dueDate: null,
  gradeHint,
  realName: false,
  decidedAt: "2026-03-02T02:00:00.000Z",
  decidedBy: "leader-1",
  origin: "SELF_RECEIVED",
  forwardingAuthority: null,
  townId: null,
});

/** A case routed as complex opens KEY and says so (leadership screens 疑难复杂 cases on CaseGraded). */
describe(`the grade at opening (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  it("announces CaseGraded KEY for a case opened KEY, nothing for a routine one", async () => {
    const { db, close } = await openCasesDatabase("cases_opening_grade");
    try {
      const events: DomainEvent[] = [routed(1, "COMPLEX"), routed(2, "SIMPLE")].map((p, i) => ({
        eventId: `ev-${i + 1}`,
        position: i + 1,
        type: "ReportRouted",
        payload: { ...p, $version: 2 },
        createdAt: new Date(),
      }));
      const consumer = intakeConsumer(
        db,
        { name: "intake", fetch: async (after) => events.filter((e) => e.position > after) },
        {
          clock: new SimulatedClock(new Date("2026-03-02T03:00:00Z")),
          directory: fakeDirectory(),
          settings: { transferFeedbackWorkingDays: 15 },
        },
      );
      expect(await consumer.pollOnce()).toBe(2);
      const key = await db.getRepository(Case).findOneByOrFail({ reportId: "report-1" });
      expect(key.grade).toBe("KEY");
      const graded = await db.getRepository(OutboxEvent).findBy({ type: "CaseGraded" });
      expect(graded).toHaveLength(1);
      expect(open(CaseGraded, "CaseGraded", JSON.parse(graded[0].payload))).toMatchObject({
        caseId: key.id,
        grade: "KEY",
        listed: false,
        at: "2026-03-02T02:00:00.000Z",
      });
    } finally {
      await close();
    }
  });
});
