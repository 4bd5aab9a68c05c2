import { WorkingCalendar, beijingDate, endOfBeijingDay, publishedCalendarYear } from "../src/core";

/** Plain UTC date arithmetic for building test ranges (independent of the code under test). */
function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe("WorkingCalendar — published 2026 calendar (chinese-days)", () => {
  const cal = new WorkingCalendar();

  it("treats every day of the 2026 National Day holiday (10-01 … 10-07) as a non-working day", () => {
    for (const d of [
      "2026-10-01",
      "2026-10-02",
      "2026-10-03",
      "2026-10-04",
      "2026-10-05",
      "2026-10-06",
      "2026-10-07",
    ]) {
      expect([d, cal.isWorkingDay(d)]).toEqual([d, false]);
    }
  });

  it("treats the Mid-Autumn days 2026-09-25 … 09-27 as non-working days", () => {
    expect(cal.isWorkingDay("2026-09-25")).toBe(false); // a Friday
    expect(cal.isWorkingDay("2026-09-26")).toBe(false);
    expect(cal.isWorkingDay("2026-09-27")).toBe(false);
  });

  it("treats the make-up weekend days Sunday 2026-09-20 and Saturday 2026-10-10 as working days", () => {
    expect(new Date("2026-09-20T00:00:00Z").getUTCDay()).toBe(0); // sanity: really a Sunday
    expect(new Date("2026-10-10T00:00:00Z").getUTCDay()).toBe(6); // sanity: really a Saturday
    expect(cal.isWorkingDay("2026-09-20")).toBe(true);
    expect(cal.isWorkingDay("2026-10-10")).toBe(true);
  });

  it("keeps ordinary weekdays working and ordinary weekends free", () => {
    expect(cal.isWorkingDay("2026-09-30")).toBe(true); // Wednesday
    expect(cal.isWorkingDay("2026-10-08")).toBe(true); // Thursday
    expect(cal.isWorkingDay("2026-09-19")).toBe(false); // Saturday before the make-up Sunday
    expect(cal.isWorkingDay("2026-10-11")).toBe(false); // Sunday after the make-up Saturday
  });

  it("judges a Date instant by its Beijing calendar day, not its UTC day", () => {
    // 2026-09-30 23:59:59 in Beijing: still Wednesday the 30th, a working day
    expect(cal.isWorkingDay(new Date("2026-09-30T15:59:59Z"))).toBe(true);
    // 2026-10-01 00:00 in Beijing although UTC still says 09-30
    expect(cal.isWorkingDay(new Date("2026-09-30T16:00:00Z"))).toBe(false);
    expect(cal.isWorkingDay("2026-09-30T17:00:00Z")).toBe(false);
  });

  describe("addWorkingDays", () => {
    it("skips the whole National Day holiday", () => {
      expect(cal.addWorkingDays("2026-09-30", 1)).toBe("2026-10-08");
      expect(cal.addWorkingDays("2026-09-30", 2)).toBe("2026-10-09");
      expect(cal.addWorkingDays("2026-09-30", 3)).toBe("2026-10-10"); // make-up Saturday counts
      expect(cal.addWorkingDays("2026-09-30", 4)).toBe("2026-10-12"); // Sunday 10-11 is free
    });

    it("starting on a holiday, counts from the next working day", () => {
      expect(cal.addWorkingDays("2026-10-01", 1)).toBe("2026-10-08");
      expect(cal.addWorkingDays("2026-10-07", 1)).toBe("2026-10-08");
    });

    it("counts the make-up Sunday 2026-09-20", () => {
      expect(cal.addWorkingDays("2026-09-18", 1)).toBe("2026-09-20"); // Fri → make-up Sun (Sat 19 free)
      expect(cal.addWorkingDays("2026-09-18", 2)).toBe("2026-09-21");
    });

    it("spans Mid-Autumn and National Day together (15 working days from 2026-09-24)", () => {
      // 28,29,30 | 10-08,09,10 | 12,13,14,15,16 | 19,20,21,22  → 15th is 2026-10-22
      expect(cal.addWorkingDays("2026-09-24", 1)).toBe("2026-09-28");
      expect(cal.addWorkingDays("2026-09-24", 5)).toBe("2026-10-09");
      expect(cal.addWorkingDays("2026-09-24", 15)).toBe("2026-10-22");
    });

    it("returns the start date itself (as a Beijing date) for n = 0", () => {
      expect(cal.addWorkingDays("2026-10-03", 0)).toBe("2026-10-03");
      expect(cal.addWorkingDays(new Date("2026-09-30T17:00:00Z"), 0)).toBe("2026-10-01");
    });

    it("starts from the Beijing date of a Date instant", () => {
      // 2026-09-30 00:30 in Beijing (UTC still 09-29): next working day is 10-08, not 09-30
      expect(cal.addWorkingDays(new Date("2026-09-29T16:30:00Z"), 1)).toBe("2026-10-08");
      // 2026-09-29 23:30 in Beijing: next working day is 09-30
      expect(cal.addWorkingDays(new Date("2026-09-29T15:30:00Z"), 1)).toBe("2026-09-30");
    });

    it("rejects a negative, fractional or non-finite number of days", () => {
      expect(() => cal.addWorkingDays("2026-09-30", -1)).toThrow(RangeError);
      expect(() => cal.addWorkingDays("2026-09-30", 1.5)).toThrow(RangeError);
      expect(() => cal.addWorkingDays("2026-09-30", Number.NaN)).toThrow(RangeError);
      expect(() => cal.addWorkingDays("2026-09-30", Number.POSITIVE_INFINITY)).toThrow(RangeError);
    });

    it("rejects an unparseable start", () => {
      expect(() => cal.addWorkingDays("not a date", 1)).toThrow(RangeError);
    });
  });

  describe("workingDaysBetween", () => {
    it("counts working days after `from` up to and including `to`", () => {
      expect(cal.workingDaysBetween("2026-09-30", "2026-09-30")).toBe(0);
      expect(cal.workingDaysBetween("2026-09-30", "2026-10-07")).toBe(0);
      expect(cal.workingDaysBetween("2026-09-30", "2026-10-08")).toBe(1);
      expect(cal.workingDaysBetween("2026-09-29", "2026-10-08")).toBe(2);
      // 20,21,22,23,24 | 28,29,30 | 10-08,09,10 | 12
      expect(cal.workingDaysBetween("2026-09-18", "2026-10-12")).toBe(12);
    });

    it("is negative when `to` is before `from`", () => {
      expect(cal.workingDaysBetween("2026-10-08", "2026-09-30")).toBe(-1);
      // a plain 0, not -0 (Object.is(-0, 0) is false; toBe would tell them apart)
      expect(cal.workingDaysBetween("2026-10-07", "2026-09-30")).toBe(0);
      expect(cal.workingDaysBetween("2026-10-12", "2026-09-18")).toBe(-12);
    });

    it("uses Beijing dates of Date instants", () => {
      // from Beijing 2026-10-01 00:00 to Beijing 2026-10-08 → one working day (10-08)
      expect(cal.workingDaysBetween(new Date("2026-09-30T16:00:00Z"), "2026-10-08")).toBe(1);
      // same instants, UTC dates would be 09-30 → 10-08: also 1, so also check a case where they differ
      expect(cal.workingDaysBetween("2026-09-29", new Date("2026-09-29T16:00:00Z"))).toBe(1); // Beijing 09-30
      expect(cal.workingDaysBetween("2026-09-29", new Date("2026-09-29T15:59:59Z"))).toBe(0); // Beijing 09-29
    });

    it("is the inverse of addWorkingDays for every start in Sep–Oct 2026 and n = 0 … 25", () => {
      for (let start = "2026-09-01"; start <= "2026-10-31"; start = plusDays(start, 1)) {
        for (let n = 0; n <= 25; n++) {
          const end = cal.addWorkingDays(start, n);
          const ctx = `${start} + ${n} = ${end}`;
          expect([ctx, cal.workingDaysBetween(start, end)]).toEqual([ctx, n]);
          expect([ctx, cal.workingDaysBetween(end, start)]).toEqual([ctx, n === 0 ? 0 : -n]);
          if (n > 0) {
            // the result is the *first* day reaching n: a working day, with n-1 working days before it
            expect([ctx, cal.isWorkingDay(end)]).toEqual([ctx, true]);
            expect([ctx, cal.workingDaysBetween(start, plusDays(end, -1))]).toEqual([ctx, n - 1]);
          }
        }
      }
    });

    it("counts spans across years (leap years, New Year holidays) as a day-by-day count does", () => {
      const dayByDay = (lo: string, hi: string) => {
        let count = 0;
        for (let d = plusDays(lo, 1); d <= hi; d = plusDays(d, 1)) if (cal.isWorkingDay(d)) count++;
        return count;
      };
      const pairs: [string, string][] = [
        ["2023-12-29", "2024-01-02"],
        ["2024-02-28", "2024-03-01"],
        ["2024-12-31", "2025-01-01"],
        ["2023-06-15", "2026-11-28"],
        ["2025-12-31", "2026-12-31"],
        ["2026-01-01", "2026-01-01"],
      ];
      for (const [lo, hi] of pairs) {
        expect([lo, hi, cal.workingDaysBetween(lo, hi)]).toEqual([lo, hi, dayByDay(lo, hi)]);
        expect([hi, lo, cal.workingDaysBetween(hi, lo)]).toEqual([hi, lo, -dayByDay(lo, hi) || 0]);
      }
      expect(cal.workingDaysBetween("2024-12-31", "2025-12-31")).toBeGreaterThan(240);
    });
  });
});

describe("WorkingCalendar — administrator overrides", () => {
  // 2027 is not in chinese-days 1.5.7: it treats 2027-10-01 (a Friday) as an ordinary weekday.
  const golden2027 = ["2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07"];

  it("precondition: without overrides 2027 National Day is treated as ordinary days", () => {
    const plain = new WorkingCalendar();
    expect(plain.isWorkingDay("2027-10-01")).toBe(true);
    expect(plain.addWorkingDays("2027-09-30", 1)).toBe("2027-10-01");
  });

  it("declared holidays stop counting, a declared make-up Sunday starts counting", () => {
    const cal = new WorkingCalendar([
      ...golden2027.map((date) => ({ date, working: false })),
      { date: "2027-09-26", working: true }, // a Sunday
      { date: "2027-10-09", working: true }, // a Saturday
    ]);
    for (const d of golden2027) expect([d, cal.isWorkingDay(d)]).toEqual([d, false]);
    expect(cal.isWorkingDay("2027-09-26")).toBe(true);
    expect(cal.addWorkingDays("2027-09-24", 1)).toBe("2027-09-26"); // Fri → make-up Sun
    expect(cal.addWorkingDays("2027-09-30", 1)).toBe("2027-10-08");
    expect(cal.addWorkingDays("2027-09-30", 2)).toBe("2027-10-09"); // make-up Saturday
    expect(cal.addWorkingDays("2027-09-30", 3)).toBe("2027-10-11"); // Sunday 10-10 free
    expect(cal.workingDaysBetween("2027-09-30", "2027-10-08")).toBe(1);
  });

  it("can overrule the published calendar in both directions", () => {
    const cal = new WorkingCalendar([
      { date: "2026-10-05", working: true }, // published holiday → working
      { date: "2026-10-10", working: false }, // published make-up day → holiday
    ]);
    expect(cal.isWorkingDay("2026-10-05")).toBe(true);
    expect(cal.isWorkingDay("2026-10-10")).toBe(false);
    expect(cal.addWorkingDays("2026-09-30", 1)).toBe("2026-10-05");
    expect(cal.addWorkingDays("2026-09-30", 4)).toBe("2026-10-12"); // 10-05, 10-08, 10-09, (10-10 off) 10-12
    expect(cal.workingDaysBetween("2026-09-30", "2026-10-12")).toBe(4);
  });

  it("a later override of the same date wins", () => {
    const cal = new WorkingCalendar([
      { date: "2026-10-14", working: false },
      { date: "2026-10-14", working: true },
    ]);
    expect(cal.isWorkingDay("2026-10-14")).toBe(true);
    const cal2 = new WorkingCalendar([
      { date: "2026-10-14", working: true },
      { date: "2026-10-14", working: false },
    ]);
    expect(cal2.isWorkingDay("2026-10-14")).toBe(false);
  });

  it("overrides do not leak between calendars", () => {
    const withOverride = new WorkingCalendar([{ date: "2026-10-14", working: false }]);
    const plain = new WorkingCalendar();
    expect(withOverride.isWorkingDay("2026-10-14")).toBe(false);
    expect(plain.isWorkingDay("2026-10-14")).toBe(true);
  });

  it("rejects an override whose date is not YYYY-MM-DD", () => {
    expect(() => new WorkingCalendar([{ date: "2027/10/01", working: false }])).toThrow(RangeError);
    expect(() => new WorkingCalendar([{ date: "2027-10-01T00:00:00Z", working: false }])).toThrow(RangeError);
    expect(() => new WorkingCalendar([{ date: "", working: false }])).toThrow(/无效的日期/);
  });
});

describe("beijingDate", () => {
  it("maps a UTC instant late in the evening onto the next Beijing day", () => {
    expect(beijingDate("2026-09-30T17:00:00Z")).toBe("2026-10-01");
    expect(beijingDate(new Date("2026-09-30T17:00:00Z"))).toBe("2026-10-01");
    expect(beijingDate(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
  });

  it("switches day exactly at Beijing midnight (16:00 UTC)", () => {
    expect(beijingDate(new Date("2026-09-30T15:59:59.999Z"))).toBe("2026-09-30");
    expect(beijingDate(new Date("2026-09-30T16:00:00.000Z"))).toBe("2026-10-01");
  });

  it("honours an explicit offset in an ISO string", () => {
    expect(beijingDate("2026-10-01T00:30:00+08:00")).toBe("2026-10-01");
    expect(beijingDate("2026-09-30T12:00:00-05:00")).toBe("2026-10-01"); // 17:00Z
  });

  it("passes a YYYY-MM-DD string through unchanged", () => {
    expect(beijingDate("2026-10-01")).toBe("2026-10-01");
  });

  it("throws RangeError for an invalid date", () => {
    expect(() => beijingDate("not a date")).toThrow(RangeError);
    expect(() => beijingDate("not a date")).toThrow("无效的日期");
    expect(() => beijingDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("endOfBeijingDay", () => {
  it("is 23:59:59.999 Beijing time, i.e. 15:59:59.999 UTC of the same date", () => {
    expect(endOfBeijingDay("2026-10-01").toISOString()).toBe("2026-10-01T15:59:59.999Z");
    expect(endOfBeijingDay("2026-12-31").toISOString()).toBe("2026-12-31T15:59:59.999Z");
  });

  it("is the last instant of that Beijing day: one millisecond later is the next day", () => {
    for (let d = "2026-09-25"; d <= "2026-10-15"; d = plusDays(d, 1)) {
      const end = endOfBeijingDay(d);
      expect([d, beijingDate(end)]).toEqual([d, d]);
      expect([d, beijingDate(new Date(end.getTime() + 1))]).toEqual([d, plusDays(d, 1)]);
    }
  });
});

describe("publishedCalendarYear", () => {
  it("knows the years chinese-days has published and not the years it has not", () => {
    expect(publishedCalendarYear(2025)).toBe(true);
    expect(publishedCalendarYear(2026)).toBe(true);
    // far ahead: no arrangement can be published yet
    expect(publishedCalendarYear(2099)).toBe(false);
  });

  it("refuses what is not a year", () => {
    expect(() => publishedCalendarYear(2026.5)).toThrow(RangeError);
    expect(() => publishedCalendarYear(99999)).toThrow(RangeError);
  });
});
