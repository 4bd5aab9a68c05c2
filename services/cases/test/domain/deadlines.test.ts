import { WorkingCalendar } from "@prp/kit/core";
import {
  isOverdue,
  overdueOn,
  overdueUnconcludedOn,
  transferFeedbackDue,
  type DeadlineHistory,
} from "../../src/domain/deadlines";

describe("transfer feedback deadline", () => {
  it("counts 15 working days by default, skipping the National Day holiday", () => {
    const cal = new WorkingCalendar();
    // opened on Monday 2025-09-29 (Beijing); 10-01..10-08 are holidays, 09-28 and 10-11 make-up workdays
    expect(transferFeedbackDue(cal, new Date("2025-09-29T02:00:00Z"))).toBe(cal.addWorkingDays("2025-09-29", 15));
    expect(cal.workingDaysBetween("2025-09-29", transferFeedbackDue(cal, new Date("2025-09-29T02:00:00Z")))).toBe(15);
    expect(transferFeedbackDue(cal, new Date("2025-09-29T02:00:00Z")) > "2025-10-20").toBe(true);
  });

  it("takes a configured number of days and the administrators' overrides", () => {
    const plain = new WorkingCalendar();
    const start = new Date("2026-03-02T02:00:00Z"); // Monday
    expect(transferFeedbackDue(plain, start, 5)).toBe("2026-03-09");
    const withDayOff = new WorkingCalendar([{ date: "2026-03-04", working: false }]);
    expect(transferFeedbackDue(withDayOff, start, 5)).toBe("2026-03-10");
  });

  it("is overdue from the day after the due date, on the Beijing calendar", () => {
    expect(isOverdue("2026-03-09", new Date("2026-03-09T15:59:00Z"))).toBe(false);
    expect(isOverdue("2026-03-09", new Date("2026-03-09T16:00:00Z"))).toBe(true);
    expect(isOverdue(null, new Date())).toBe(false);
  });
});

describe("overdue items on a day (逾期事项的统计时点)", () => {
  const at = (iso: string) => new Date(`${iso}Z`);
  const base: DeadlineHistory = {
    openedAt: at("2026-03-02T02:00:00"),
    concludedAt: null,
    endedAt: null,
    supervisions: [],
    assignedDueDate: null,
    closingReportAt: null,
    feedbackDueDate: null,
    feedbackGivenAt: null,
    tasks: [],
  };
  const on = (c: Partial<DeadlineHistory>, day: string) => overdueOn({ ...base, ...c }, day);

  it("counts a joint task due before the day and done only after it; not on its due day, not once done", () => {
    const task = { dueDate: "2026-05-20", createdAt: at("2026-04-01T02:00:00"), doneAt: at("2026-07-01T02:00:00") };
    expect(on({ tasks: [task] }, "2026-05-20")).toBe(false);
    expect(on({ tasks: [task] }, "2026-05-21")).toBe(true);
    expect(on({ tasks: [task] }, "2026-06-30")).toBe(true);
    expect(on({ tasks: [task] }, "2026-07-01")).toBe(false); // done that day (10:00 Beijing)
    expect(on({ tasks: [{ ...task, doneAt: null }] }, "2026-11-28")).toBe(true);
  });

  it("ends the day at midnight Beijing time: done at 23:30 Beijing counts for that day", () => {
    const task = { dueDate: "2026-05-20", createdAt: at("2026-04-01T02:00:00"), doneAt: at("2026-06-30T15:30:00") };
    expect(on({ tasks: [task] }, "2026-06-30")).toBe(false);
    expect(on({ tasks: [task] }, "2026-06-29")).toBe(true);
  });

  it("leaves out what did not exist yet on the day: a later task, a later listing, a case opened later", () => {
    const task = { dueDate: "2026-05-20", createdAt: at("2026-07-01T02:00:00"), doneAt: null };
    expect(on({ tasks: [task] }, "2026-06-30")).toBe(false);
    const listing = { dueDate: "2026-05-20", listedAt: at("2026-07-01T02:00:00"), delistedAt: null };
    expect(on({ supervisions: [listing] }, "2026-06-30")).toBe(false);
    expect(on({ openedAt: at("2026-07-01T02:00:00"), assignedDueDate: "2026-05-01" }, "2026-06-30")).toBe(false);
  });

  it("counts a listed supervision past its date until it is delisted", () => {
    const listing = {
      dueDate: "2026-06-10",
      listedAt: at("2026-05-01T02:00:00"),
      delistedAt: at("2026-06-20T02:00:00"),
    };
    expect(on({ supervisions: [listing] }, "2026-06-15")).toBe(true);
    expect(on({ supervisions: [listing] }, "2026-06-25")).toBe(false);
  });

  it("stops counting the supervision and the tasks at the conclusion, but not the closing report or the feedback", () => {
    const concludedAt = at("2026-06-10T02:00:00");
    const listing = { dueDate: "2026-06-01", listedAt: at("2026-05-01T02:00:00"), delistedAt: null };
    const task = { dueDate: "2026-06-01", createdAt: at("2026-05-01T02:00:00"), doneAt: null };
    expect(on({ concludedAt, supervisions: [listing] }, "2026-06-09")).toBe(true);
    expect(on({ concludedAt, supervisions: [listing], tasks: [task] }, "2026-06-10")).toBe(false);
    const report = { concludedAt, assignedDueDate: "2026-06-01", closingReportAt: at("2026-06-15T02:00:00") };
    expect(on(report, "2026-06-12")).toBe(true);
    expect(on(report, "2026-06-15")).toBe(false);
    const feedback = { concludedAt, feedbackDueDate: "2026-07-01", feedbackGivenAt: null };
    expect(on(feedback, "2026-07-01")).toBe(false);
    expect(on(feedback, "2026-07-02")).toBe(true);
  });

  it("counts nothing once the case was closed or withdrawn by the day", () => {
    const owed = { assignedDueDate: "2026-06-01", endedAt: at("2026-06-10T02:00:00") };
    expect(on(owed, "2026-06-09")).toBe(true);
    expect(on(owed, "2026-06-10")).toBe(false);
  });

  it("期末逾期未办结 leaves out a concluded case, even with its closing report still missing", () => {
    const report = { assignedDueDate: "2026-06-01", concludedAt: at("2026-06-10T02:00:00") };
    expect(overdueUnconcludedOn({ ...base, ...report }, "2026-06-09")).toBe(true);
    expect(overdueUnconcludedOn({ ...base, ...report }, "2026-06-10")).toBe(false);
    expect(overdueOn({ ...base, ...report }, "2026-06-10")).toBe(true); // still an overdue item
  });
});
