import { attemptDeadline, graceMs, secondsLeft, submissionTiming } from "../../src/domain/time-limit";

describe("quiz time limits", () => {
  const start = new Date("2026-03-02T02:00:00Z");
  const at = (ms: number) => new Date(start.getTime() + ms);

  it("puts the deadline the limit after the start", () => {
    expect(attemptDeadline(start, 1800).toISOString()).toBe("2026-03-02T02:30:00.000Z");
  });

  it("allows a tenth of the limit as grace, at most ten seconds", () => {
    expect(graceMs(1800)).toBe(10_000);
    expect(graceMs(20)).toBe(2_000);
    expect(submissionTiming(start, 1800, at(1800_000))).toBe("ON_TIME");
    expect(submissionTiming(start, 1800, at(1810_000))).toBe("ON_TIME");
    expect(submissionTiming(start, 1800, at(1810_001))).toBe("LATE");
    expect(submissionTiming(start, 20, at(22_001))).toBe("LATE");
  });

  it("counts the seconds left down to zero", () => {
    expect(secondsLeft(start, 60, at(0))).toBe(60);
    expect(secondsLeft(start, 60, at(59_500))).toBe(1);
    expect(secondsLeft(start, 60, at(120_000))).toBe(0);
  });
});
