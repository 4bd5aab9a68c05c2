import {
  CaseAccepted,
  CaseClosed,
  CaseConcluded,
  CaseGraded,
  CaseOpened,
  ContractViolation,
  ReportReopened,
  ReportRouted,
  TransferOpened,
  VERSION_KEY,
  open,
  seal,
  versionOf,
  type ReportRoutedV1,
  type ReportRoutedV2,
  type ReportRoutedV3,
  type ReportRoutedV4,
} from "../src";

const routedV1: ReportRoutedV1 = {
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
const routedV2: ReportRoutedV2 = {
  ...routedV1,
  origin: "ASSIGNED_BY_SUPERIOR",
  forwardingAuthority: "青岛市纪委监委",
  townId: "town-1",
};
const routedV3: ReportRoutedV3 = {
  ...routedV2,
  receivedAt: "2026-11-20T01:00:00.000Z",
  repeatOf: ["5f0c6c1e-0000-4000-8000-000000000000"],
  coSigners: 6,
};
const routed: ReportRoutedV4 = { ...routedV3, authorityDueDate: "2026-12-20" };

describe("ReportRouted v4", () => {
  it("accepts today's payload and seals it with its version", () => {
    expect(ReportRouted.problems(routed)).toEqual([]);
    const stored = seal(ReportRouted, routed);
    expect(stored).toEqual({ ...routed, [VERSION_KEY]: 4 });
    expect(open(ReportRouted, "ReportRouted", JSON.parse(JSON.stringify(stored)))).toEqual(routed);
  });

  it("names every problem of a bad payload", () => {
    const bad = { ...routed, disposition: "SEND_TO_MARS", realName: "yes", dueDate: "31.12.2026", extra: 1 } as unknown;
    delete (bad as Record<string, unknown>).serial;
    const problems = ReportRouted.problems(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("serial"),
        expect.stringContaining("disposition"),
        expect.stringContaining("realName"),
        expect.stringContaining("dueDate"),
        expect.stringContaining("extra"),
      ]),
    );
    expect(problems).toHaveLength(5);
    expect(ReportRouted.problems(null)).toEqual(["事件内容应为对象"]);
    expect(ReportRouted.problems({ ...routed, decidedAt: "yesterday" })).toEqual([
      expect.stringContaining("decidedAt"),
    ]);
  });

  it("refuses to seal an invalid payload (the producer fails before writing)", () => {
    expect(() => seal(ReportRouted, { ...routed, gradeHint: "HARD" } as never)).toThrow(ContractViolation);
  });

  it("still reads version 1 (and payloads stored before versions), with the new facts unknown", () => {
    expect(versionOf(routedV1)).toBe(1);
    const unknown = {
      origin: null,
      forwardingAuthority: null,
      townId: null,
      receivedAt: null,
      repeatOf: [],
      coSigners: 0,
      authorityDueDate: null,
    };
    expect(open(ReportRouted, "ReportRouted", routedV1)).toEqual({ ...routedV1, ...unknown });
    expect(open(ReportRouted, "ReportRouted", { ...routedV1, [VERSION_KEY]: 1 })).toEqual({ ...routedV1, ...unknown });
    // a version 1 payload is checked against version 1's fields
    expect(() => open(ReportRouted, "ReportRouted", { ...routedV1, serial: 7 })).toThrow(/版本 1.*serial/);
    expect(() => open(ReportRouted, "ReportRouted", { ...routed, [VERSION_KEY]: 1 })).toThrow(/多余字段 origin/);
  });

  it("still reads version 2, with the colour label facts unknown", () => {
    expect(open(ReportRouted, "ReportRouted", { ...routedV2, [VERSION_KEY]: 2 })).toEqual({
      ...routedV2,
      receivedAt: null,
      repeatOf: [],
      coSigners: 0,
      authorityDueDate: null,
    });
    expect(() => open(ReportRouted, "ReportRouted", { ...routed, [VERSION_KEY]: 2 })).toThrow(/多余字段 receivedAt/);
  });

  it("still reads version 3, with no authority due date", () => {
    expect(open(ReportRouted, "ReportRouted", { ...routedV3, [VERSION_KEY]: 3 })).toEqual({
      ...routedV3,
      authorityDueDate: null,
    });
    expect(() => open(ReportRouted, "ReportRouted", { ...routed, [VERSION_KEY]: 3 })).toThrow(
      /多余字段 authorityDueDate/,
    );
  });

  it("checks the authority due date as a date only", () => {
    expect(ReportRouted.problems({ ...routed, authorityDueDate: null })).toEqual([]);
    expect(ReportRouted.problems({ ...routed, authorityDueDate: "2026-12-20T00:00:00Z" })).toEqual([
      expect.stringContaining("authorityDueDate"),
    ]);
    expect(ReportRouted.problems({ ...routedV3 })).toEqual([expect.stringContaining("authorityDueDate")]);
  });

  it("checks the colour label facts", () => {
    expect(ReportRouted.problems({ ...routed, repeatOf: "r-1", coSigners: -1, receivedAt: "2026-11-20" })).toEqual([
      expect.stringContaining("receivedAt"),
      expect.stringContaining("repeatOf"),
      expect.stringContaining("coSigners"),
    ]);
  });

  it("refuses another version, another type, a broken version or a bad payload on open", () => {
    expect(() => open(ReportRouted, "ReportRouted", { ...routed, [VERSION_KEY]: 5 })).toThrow(/版本 5/);
    expect(() => open(ReportRouted, "ReportReopened", seal(ReportRouted, routed))).toThrow(ContractViolation);
    expect(() => open(ReportRouted, "ReportRouted", { ...routed, [VERSION_KEY]: "1" })).toThrow(/版本号无效/);
    expect(() => open(ReportRouted, "ReportRouted", { ...routed, reportId: 42 })).toThrow(/reportId/);
    expect(() => open(ReportRouted, "ReportRouted", "text")).toThrow(ContractViolation);
  });
});

describe("ReportReopened v1", () => {
  it("checks reportId, serial and reason", () => {
    expect(ReportReopened.problems({ reportId: "r", serial: "2026-000001", reason: "改由纪检监察室初核" })).toEqual([]);
    expect(ReportReopened.problems({ reportId: "r", serial: "2026-000001", reason: "" })).toEqual([
      expect.stringContaining("reason"),
    ]);
    expect(ReportReopened.version).toBe(1);
  });
});

describe("case handling contracts", () => {
  const at = "2026-12-01T02:00:00.000Z";
  it("check their payloads", () => {
    expect(
      CaseOpened.problems({
        caseId: "c",
        reportId: "r",
        serial: "2026-000001",
        handlingUnitId: null,
        decidedAt: at,
        openedAt: at,
      }),
    ).toEqual([]);
    expect(
      CaseAccepted.problems({
        caseId: "c",
        reportId: "r",
        serial: "s",
        unitId: "u",
        handlerId: "h",
        reassigned: false,
        at,
      }),
    ).toEqual([]);
    expect(
      CaseAccepted.problems({
        caseId: "c",
        reportId: "r",
        serial: "s",
        unitId: null,
        handlerId: "h",
        reassigned: false,
        at,
      }),
    ).toEqual([expect.stringContaining("unitId")]);
    expect(
      CaseGraded.problems({
        caseId: "c",
        reportId: "r",
        serial: "s",
        grade: "URGENT",
        listed: true,
        supervisingLeaderId: null,
        supervisionDueDate: "2026-13-01x",
        at,
      }),
    ).toHaveLength(2);
    expect(
      CaseConcluded.problems({
        caseId: "c",
        reportId: "r",
        serial: "s",
        finding: "PARTLY_SUBSTANTIATED",
        realName: true,
        at,
      }),
    ).toEqual([]);
    expect(
      CaseConcluded.problems({ caseId: "c", reportId: "r", serial: "s", finding: "MAYBE", realName: true, at }),
    ).toEqual([expect.stringContaining("finding")]);
    expect(CaseClosed.problems({ caseId: "c", reportId: "r", serial: "s", at: "yesterday" })).toEqual([
      expect.stringContaining("at"),
    ]);
    expect(
      TransferOpened.problems({
        transferId: "t",
        reportId: "r",
        serial: "s",
        competentDepartmentId: "d",
        copyToDepartmentId: "o",
        dueDate: "2026-12-22",
        decidedAt: at,
        openedAt: at,
      }),
    ).toEqual([]);
  });
});
