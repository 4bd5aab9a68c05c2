import { WorkingCalendar } from "@prp/kit/core";
import { isOverdue, transferFeedbackDue } from "../../src/domain/deadlines";

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
