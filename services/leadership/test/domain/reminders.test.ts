import { WorkingCalendar } from "@prp/kit/core";
import { ReminderKind, dueItems, hasOverdue, remindersDue, type OwnedCaseDates } from "../../src/domain/reminders";

// 2026-09-28 is a Monday; 2026-10-01..07 is the National Day holiday (make-up workdays around it)
const calendar = new WorkingCalendar();
const handling = (over: Partial<NonNullable<OwnedCaseDates["handling"]>> = {}) => ({
  status: "IN_PROGRESS",
  supervisionDueDate: null,
  assignedDueDate: null,
  assignmentReported: false,
  feedbackDueDate: null,
  feedbackState: "NOT_DUE",
  tasks: [],
  ...over,
});

describe("what falls due on an owned case", () => {
  it("takes the target date and case handling's deadlines, not what is finished", () => {
    const c: OwnedCaseDates = {
      caseId: "c1",
      serial: "2026-000001",
      targetDate: "2026-10-20",
      handling: handling({
        supervisionDueDate: "2026-10-10",
        assignedDueDate: "2026-10-12",
        assignmentReported: true,
        tasks: [
          { title: "调取账目", dueDate: "2026-10-09", status: "OPEN", overdue: false },
          { title: "谈话", dueDate: "2026-10-08", status: "DONE", overdue: false },
        ],
      }),
    };
    expect(dueItems(c).map((i) => [i.kind, i.dueDate])).toEqual([
      [ReminderKind.TARGET_DATE, "2026-10-20"],
      [ReminderKind.SUPERVISION, "2026-10-10"],
      [ReminderKind.JOINT_TASK, "2026-10-09"],
    ]);
  });

  it("drops the target date and supervision once the case is concluded, keeps a pending feedback", () => {
    const c: OwnedCaseDates = {
      caseId: "c1",
      serial: "s",
      targetDate: "2026-10-20",
      handling: handling({
        status: "CONCLUDED",
        supervisionDueDate: "2026-10-10",
        feedbackDueDate: "2026-10-16",
        feedbackState: "PENDING",
      }),
    };
    expect(dueItems(c).map((i) => i.kind)).toEqual([ReminderKind.RESULT_FEEDBACK]);
  });
});

describe("the reminder list (五个工作日内到期)", () => {
  it("counts working days across the National Day holiday, and keeps what is overdue", () => {
    const c: OwnedCaseDates = {
      caseId: "c1",
      serial: "2026-000001",
      targetDate: null,
      handling: handling({
        supervisionDueDate: "2026-09-25", // overdue
        tasks: [
          { title: "A", dueDate: "2026-10-09", status: "OPEN", overdue: false },
          { title: "B", dueDate: "2026-10-15", status: "OPEN", overdue: false },
        ],
      }),
    };
    const today = "2026-09-29";
    const horizon = calendar.addWorkingDays(today, 5);
    const list = remindersDue([c], today, calendar);
    expect(list.map((r) => r.dueDate)).toEqual(["2026-09-25", "2026-10-09", "2026-10-15"].filter((d) => d <= horizon));
    expect(list[0]).toMatchObject({ overdue: true });
    expect(list[0].workingDaysLeft).toBeLessThan(0);
    // five working days from Tuesday 29 September reach past the holiday week
    expect(horizon > "2026-10-07").toBe(true);
    for (const r of list.slice(1)) expect(r.workingDaysLeft).toBe(calendar.workingDaysBetween(today, r.dueDate));
  });

  it("marks a case overdue by a passed date or case handling's overdue task", () => {
    const base: OwnedCaseDates = { caseId: "c", serial: "s", targetDate: "2026-11-30", handling: handling() };
    expect(hasOverdue(base, "2026-11-01")).toBe(false);
    expect(hasOverdue(base, "2026-12-01")).toBe(true);
    const task = {
      ...base,
      handling: handling({ tasks: [{ title: "t", dueDate: "2026-12-31", status: "OPEN", overdue: true }] }),
    };
    expect(hasOverdue(task, "2026-11-01")).toBe(true);
  });
});
