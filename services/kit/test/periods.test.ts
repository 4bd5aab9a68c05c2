import { AppError, asHalfYear, halfYearSpan, previousSpan, spanDays, spanLabel } from "../src/core";

describe("statistical periods", () => {
  it("names the two calendar half-years", () => {
    expect(halfYearSpan(2026, 1)).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(halfYearSpan(2026, 2)).toEqual({ from: "2026-07-01", to: "2026-12-31" });
  });

  it("refuses a half other than 1 or 2 and an impossible year, in Chinese", () => {
    for (const [year, half] of [
      [2026, 0],
      [2026, 3],
      [2026, 1.5],
    ])
      expect(() => halfYearSpan(year, half)).toThrow("半年应为 1（上半年）或 2（下半年）");
    for (const year of [1999, 2101, 2026.5])
      expect(() => halfYearSpan(year, 1)).toThrow("年份应为 2000–2100 之间的整数");
    let thrown: unknown;
    try {
      halfYearSpan(2026, 3);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe("BAD_USER_INPUT");
  });

  it("recognises a span that is exactly a half-year", () => {
    expect(asHalfYear({ from: "2026-07-01", to: "2026-12-31" })).toEqual({ year: 2026, half: 2 });
    expect(asHalfYear({ from: "2026-01-01", to: "2026-06-30" })).toEqual({ year: 2026, half: 1 });
    expect(asHalfYear({ from: "2026-01-01", to: "2026-06-29" })).toBeNull();
    expect(asHalfYear({ from: "2026-01-01", to: "2026-12-31" })).toBeNull();
    expect(asHalfYear({ from: "2026-07-01", to: "2027-06-30" })).toBeNull();
  });

  it("compares a half-year with the half-year before it, across the new year", () => {
    expect(previousSpan({ from: "2026-07-01", to: "2026-12-31" })).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(previousSpan({ from: "2026-01-01", to: "2026-06-30" })).toEqual({ from: "2025-07-01", to: "2025-12-31" });
  });

  it("compares any other span with as many days just before it", () => {
    // a quarter of 90 days (2026 is not a leap year): the 90 days before, ending on 31 December
    expect(spanDays({ from: "2026-01-01", to: "2026-03-31" })).toBe(90);
    expect(previousSpan({ from: "2026-01-01", to: "2026-03-31" })).toEqual({ from: "2025-10-03", to: "2025-12-31" });
    // one day: the day before, across a leap day
    expect(previousSpan({ from: "2024-03-01", to: "2024-03-01" })).toEqual({ from: "2024-02-29", to: "2024-02-29" });
    // a calendar month is not a half-year: 31 days before
    expect(previousSpan({ from: "2026-08-01", to: "2026-08-31" })).toEqual({ from: "2026-07-01", to: "2026-07-31" });
  });

  it("refuses to compare an invalid span", () => {
    expect(() => previousSpan({ from: "2026-02-30", to: "2026-03-01" })).toThrow("统计期间的日期不是有效的日期");
    expect(() => previousSpan({ from: "2026-03-02", to: "2026-03-01" })).toThrow("统计期间的日期不是有效的日期");
  });

  it("labels a half-year by its name and any other span by its dates", () => {
    expect(spanLabel({ from: "2026-01-01", to: "2026-06-30" })).toBe("2026年上半年");
    expect(spanLabel({ from: "2025-07-01", to: "2025-12-31" })).toBe("2025年下半年");
    expect(spanLabel({ from: "2026-01-01", to: "2026-03-31" })).toBe("2026-01-01 至 2026-03-31");
    expect(spanLabel({ from: "2026-05-04", to: "2026-05-04" })).toBe("2026-05-04");
  });
});
