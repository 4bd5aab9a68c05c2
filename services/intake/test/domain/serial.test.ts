import { MAX_SERIAL_SEQUENCE, formatSerial, parseSerial } from "../../src/domain/serial";

describe("formatSerial", () => {
  it("pads the sequence to six digits", () => {
    expect(formatSerial(2026, 123)).toBe("2026-000123");
    expect(formatSerial(2026, 1)).toBe("2026-000001");
    expect(formatSerial(2027, MAX_SERIAL_SEQUENCE)).toBe("2027-999999");
  });

  it.each([
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [2026, 1_000_000],
    [26, 1],
    [20260, 1],
  ])("refuses year %p, sequence %p", (year, seq) => expect(() => formatSerial(year, seq)).toThrow(RangeError));
});

describe("parseSerial", () => {
  it("reads back what formatSerial writes", () => {
    for (const [y, s] of [
      [2026, 123],
      [2030, 999999],
      [2026, 1],
    ])
      expect(parseSerial(formatSerial(y, s))).toEqual({ year: y, seq: s });
  });

  it("tolerates spaces, full-width digits and other dashes", () => {
    expect(parseSerial(" 2026-000123 ")).toEqual({ year: 2026, seq: 123 });
    expect(parseSerial("２０２６－０００１２３")).toEqual({ year: 2026, seq: 123 });
    expect(parseSerial("2026—000123")).toEqual({ year: 2026, seq: 123 });
  });

  it.each(["2026-123", "2026000123", "2026-000000", "26-000123", "2026-0001234", "abc", ""])(
    "returns null for %p",
    (s) => {
      expect(parseSerial(s)).toBeNull();
    },
  );
});
