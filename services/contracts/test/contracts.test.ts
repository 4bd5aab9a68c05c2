import { ContractViolation, ReportReopened, ReportRouted, VERSION_KEY, open, seal, versionOf, type ReportRoutedV1 } from "../src";

const routed: ReportRoutedV1 = {
  reportId: "5f0c6c1e-0000-4000-8000-000000000001",
  serial: "2026-000123",
  disposition: "ASSIGN_DOWN",
  handlingDepartmentId: "dept-1",
  copyToDepartmentId: null,
  dueDate: "2026-12-31",
  gradeHint: "COMPLEX",
  realName: false,
  decidedAt: "2026-11-28T02:03:04.005Z",
  decidedBy: "user-1",
};

describe("ReportRouted v1", () => {
  it("accepts today's payload and seals it with its version", () => {
    expect(ReportRouted.problems(routed)).toEqual([]);
    const stored = seal(ReportRouted, routed);
    expect(stored).toEqual({ ...routed, [VERSION_KEY]: 1 });
    expect(open(ReportRouted, "ReportRouted", JSON.parse(JSON.stringify(stored)))).toEqual(routed);
  });

  it("names every problem of a bad payload", () => {
    const bad = { ...routed, disposition: "SEND_TO_MARS", realName: "yes", dueDate: "31.12.2026", extra: 1 } as unknown;
    delete (bad as Record<string, unknown>).serial;
    const problems = ReportRouted.problems(bad);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringContaining("serial"), expect.stringContaining("disposition"), expect.stringContaining("realName"),
      expect.stringContaining("dueDate"), expect.stringContaining("extra"),
    ]));
    expect(problems).toHaveLength(5);
    expect(ReportRouted.problems(null)).toEqual(["事件内容应为对象"]);
    expect(ReportRouted.problems({ ...routed, decidedAt: "yesterday" })).toEqual([expect.stringContaining("decidedAt")]);
  });

  it("refuses to seal an invalid payload (the producer fails before writing)", () => {
    expect(() => seal(ReportRouted, { ...routed, gradeHint: "HARD" } as never)).toThrow(ContractViolation);
  });

  it("opens payloads stored before versions were recorded as version 1", () => {
    expect(versionOf(routed)).toBe(1);
    expect(open(ReportRouted, "ReportRouted", routed)).toEqual(routed);
  });

  it("refuses another version, another type, a broken version or a bad payload on open", () => {
    expect(() => open(ReportRouted, "ReportRouted", { ...routed, [VERSION_KEY]: 2 })).toThrow(/版本 2/);
    expect(() => open(ReportRouted, "ReportReopened", seal(ReportRouted, routed))).toThrow(ContractViolation);
    expect(() => open(ReportRouted, "ReportRouted", { ...routed, [VERSION_KEY]: "1" })).toThrow(/版本号无效/);
    expect(() => open(ReportRouted, "ReportRouted", { ...routed, reportId: 42 })).toThrow(/reportId/);
    expect(() => open(ReportRouted, "ReportRouted", "text")).toThrow(ContractViolation);
  });
});

describe("ReportReopened v1", () => {
  it("checks reportId, serial and reason", () => {
    expect(ReportReopened.problems({ reportId: "r", serial: "2026-000001", reason: "改由纪检监察室初核" })).toEqual([]);
    expect(ReportReopened.problems({ reportId: "r", serial: "2026-000001", reason: "" })).toEqual([expect.stringContaining("reason")]);
    expect(ReportReopened.version).toBe(1);
  });
});
