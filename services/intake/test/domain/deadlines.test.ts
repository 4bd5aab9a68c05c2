import { WorkingCalendar, endOfBeijingDay } from "@prp/kit";
import {
  acceptanceNoticeDue,
  daysLeft,
  forwardedAcceptDeadline,
  resultNoticeDue,
  sendUpDeadline,
  signedLate,
  waitingHours,
} from "../../src/domain/deadlines";

/** An instant at a Beijing wall-clock time. */
const bj = (local: string) => new Date(`${local}+08:00`);

const calendar = new WorkingCalendar();
const realName = { realName: true, isRepeat: false };

describe("the 2026 National Day calendar (as published, checked through the kit)", () => {
  it("has the holidays and make-up days the hand computations below rely on", () => {
    for (const d of ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-07", "2026-09-25", "2026-10-11"])
      expect(calendar.isWorkingDay(d)).toBe(false);
    for (const d of ["2026-09-20", "2026-10-10", "2026-09-30", "2026-10-08"])
      expect(calendar.isWorkingDay(d)).toBe(true);
  });
});

describe("acceptanceNoticeDue", () => {
  it("a report received on 2026-09-30 must be answered by 2026-10-27", () => {
    // 10-08 Th(1) 09 F(2) 10 Sa make-up(3) 12(4) 13(5) 14(6) 15(7) 16(8) 19(9) 20(10) 21(11) 22(12) 23(13) 26(14) 27(15)
    const due = acceptanceNoticeDue(calendar, bj("2026-09-30T10:00:00"), realName);
    expect(due).toEqual({ dueDate: "2026-10-27", dueAt: endOfBeijingDay("2026-10-27") });
    expect(due!.dueAt.toISOString()).toBe("2026-10-27T15:59:59.999Z");
  });

  it("counts from the Beijing day of receipt, not the UTC day", () => {
    // 23:30 on 09-29 in Beijing: 09-30 is the first working day → one day earlier
    expect(acceptanceNoticeDue(calendar, bj("2026-09-29T23:30:00"), realName)?.dueDate).toBe("2026-10-26");
    // 00:30 on 09-30 in Beijing is still 09-29 in UTC
    expect(acceptanceNoticeDue(calendar, new Date("2026-09-29T16:30:00Z"), realName)?.dueDate).toBe("2026-10-27");
  });

  it("a report received during the holiday counts from the first working day after it", () => {
    expect(acceptanceNoticeDue(calendar, bj("2026-10-03T09:00:00"), realName)?.dueDate).toBe("2026-10-27");
  });

  it("is owed neither to anonymous reporters nor again for repeat reports", () => {
    expect(acceptanceNoticeDue(calendar, bj("2026-09-30T10:00:00"), { realName: false, isRepeat: false })).toBeNull();
    expect(acceptanceNoticeDue(calendar, bj("2026-09-30T10:00:00"), { realName: true, isRepeat: true })).toBeNull();
  });

  it("follows administrators' overrides of the calendar", () => {
    const corrected = new WorkingCalendar([{ date: "2026-10-12", working: false }]);
    expect(acceptanceNoticeDue(corrected, bj("2026-09-30T10:00:00"), realName)?.dueDate).toBe("2026-10-28");
  });
});

describe("forwarded and send-up deadlines (5 working days)", () => {
  it("across National Day: 2026-09-30 → 2026-10-13", () => {
    // 10-08(1) 09(2) 10 Sa make-up(3) 12(4) 13(5)
    expect(forwardedAcceptDeadline(calendar, bj("2026-09-30T16:00:00")).dueDate).toBe("2026-10-13");
    expect(sendUpDeadline(calendar, "2026-09-30").dueDate).toBe("2026-10-13");
  });

  it("counts the Sunday make-up day 2026-09-20 and skips Mid-Autumn 2026-09-25", () => {
    // 09-20 Su make-up(1) 21(2) 22(3) 23(4) 24(5)
    expect(forwardedAcceptDeadline(calendar, bj("2026-09-18T09:00:00")).dueDate).toBe("2026-09-24");
    // 23(1) 24(2) 25 Mid-Autumn, 26-27 weekend, 28(3) 29(4) 30(5)
    expect(forwardedAcceptDeadline(calendar, bj("2026-09-22T09:00:00")).dueDate).toBe("2026-09-30");
  });
});

describe("resultNoticeDue", () => {
  it("is 15 working days from conclusion for real-name reporters only", () => {
    expect(resultNoticeDue(calendar, bj("2026-09-30T17:00:00"), { realName: true })?.dueDate).toBe("2026-10-27");
    expect(resultNoticeDue(calendar, bj("2026-09-30T17:00:00"), { realName: false })).toBeNull();
  });
});

describe("daysLeft", () => {
  const due = "2026-10-27";
  it.each([
    ["2026-09-30T10:00:00", 15],
    ["2026-10-03T10:00:00", 15],
    ["2026-10-10T10:00:00", 12],
    ["2026-10-26T23:59:00", 1],
    ["2026-10-27T08:00:00", 0],
    ["2026-10-27T23:59:59", 0],
    ["2026-10-28T00:00:01", -1],
    ["2026-10-30T10:00:00", -3],
  ])("at %s (Beijing) → %p", (local, left) => expect(daysLeft(calendar, due, bj(local))).toBe(left));

  it("an overdue item never shows 0 left on a holiday", () => {
    expect(daysLeft(calendar, "2026-09-30", bj("2026-10-01T10:00:00"))).toBe(-1);
    expect(daysLeft(calendar, "2026-09-30", bj("2026-10-07T10:00:00"))).toBe(-1);
    expect(daysLeft(calendar, "2026-09-30", bj("2026-10-08T10:00:00"))).toBe(-1);
    expect(daysLeft(calendar, "2026-09-30", bj("2026-10-10T10:00:00"))).toBe(-3);
    expect(daysLeft(calendar, "2026-10-09", bj("2026-10-11T10:00:00"))).toBe(-1);
  });
});

describe("signedLate (same Beijing calendar day)", () => {
  const arrived = bj("2026-09-30T09:00:00");
  it("signed on the day of arrival is on time, even at 23:59", () => {
    expect(signedLate(arrived, bj("2026-09-30T23:59:00"), bj("2026-10-05T10:00:00"))).toBe(false);
  });

  it("signed after midnight is late, holiday or not", () => {
    expect(signedLate(arrived, bj("2026-10-01T00:01:00"), bj("2026-10-05T10:00:00"))).toBe(true);
  });

  it("unsigned is late only once the arrival day is over", () => {
    expect(signedLate(arrived, null, bj("2026-09-30T22:00:00"))).toBe(false);
    expect(signedLate(arrived, null, bj("2026-10-01T00:00:00"))).toBe(true);
  });

  it("uses Beijing days when the UTC dates differ", () => {
    // 01:00 and 18:00 on 09-30 in Beijing are 09-29 and 09-30 in UTC
    expect(signedLate(bj("2026-09-30T01:00:00"), bj("2026-09-30T18:00:00"), bj("2026-10-02T00:00:00"))).toBe(false);
  });
});

describe("waitingHours", () => {
  it("counts whole hours to the signature, or to now while unsigned", () => {
    const arrived = bj("2026-09-30T09:00:00");
    expect(waitingHours(arrived, bj("2026-09-30T12:30:00"), bj("2026-10-09T00:00:00"))).toBe(3);
    expect(waitingHours(arrived, null, bj("2026-10-01T09:00:00"))).toBe(24);
    expect(waitingHours(arrived, bj("2026-09-30T08:00:00"), bj("2026-10-01T09:00:00"))).toBe(0);
  });
});
