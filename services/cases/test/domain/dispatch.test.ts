import { dispatchFigures, monthOf, monthPeriod, stageAt, type DispatchCaseRow } from "../../src/domain/dispatch";
import { ReporterResponse } from "../../src/domain/reporter-loop";
import { LabelCategory, LabelColour } from "../../src/domain/colour-labels";

const bj = (local: string) => new Date(`${local}+08:00`);

let n = 0;
function row(over: Partial<DispatchCaseRow>): DispatchCaseRow {
  n++;
  return {
    id: `c${n}`,
    serial: `2026-${String(n).padStart(6, "0")}`,
    grade: "ROUTINE",
    unitId: "office-1",
    realName: true,
    openedAt: bj("2026-09-15T09:00:00"),
    acceptedAt: null,
    firstProgressAt: null,
    lastProgressAt: null,
    concludedAt: null,
    feedbackGivenAt: null,
    closedAt: null,
    withdrawnAt: null,
    dueDate: null,
    feedbackDueDate: null,
    response: null,
    responseAt: null,
    label: null,
    ...over,
  };
}

const october = monthPeriod("2026-10");
const rows: DispatchCaseRow[] = [
  // 1: opened in October, still waiting for acceptance
  row({ openedAt: bj("2026-10-08T09:00:00") }),
  // 2: opened in September, in progress, KEY, listed with a due date passed in October: overdue
  row({
    grade: "KEY",
    acceptedAt: bj("2026-09-16T09:00:00"),
    firstProgressAt: bj("2026-09-20T09:00:00"),
    lastProgressAt: bj("2026-10-20T09:00:00"),
    dueDate: "2026-10-15",
  }),
  // 3: concluded in October, fed back in October, SATISFIED
  row({
    unitId: "office-2",
    acceptedAt: bj("2026-09-16T09:00:00"),
    firstProgressAt: bj("2026-09-17T09:00:00"),
    concludedAt: bj("2026-10-09T09:00:00"),
    feedbackGivenAt: bj("2026-10-12T09:00:00"),
    response: ReporterResponse.SATISFIED,
    responseAt: bj("2026-10-12T09:00:00"),
    feedbackDueDate: "2026-10-30",
  }),
  // 4: concluded in October, fed back in October, DISSATISFIED → 结而不服, RED
  row({
    unitId: "office-2",
    acceptedAt: bj("2026-09-16T09:00:00"),
    firstProgressAt: bj("2026-09-17T09:00:00"),
    concludedAt: bj("2026-10-09T09:00:00"),
    feedbackGivenAt: bj("2026-10-13T09:00:00"),
    response: ReporterResponse.DISSATISFIED,
    responseAt: bj("2026-10-13T09:00:00"),
    label: { colour: LabelColour.RED, categories: [LabelCategory.CLOSED_NOT_ACCEPTED] },
  }),
  // 5: concluded in September, fed back in October, BASICALLY_SATISFIED; closed in October
  row({
    acceptedAt: bj("2026-09-16T09:00:00"),
    firstProgressAt: bj("2026-09-17T09:00:00"),
    concludedAt: bj("2026-09-25T09:00:00"),
    feedbackGivenAt: bj("2026-10-10T09:00:00"),
    closedAt: bj("2026-10-20T09:00:00"),
    response: ReporterResponse.BASICALLY_SATISFIED,
    responseAt: bj("2026-10-10T09:00:00"),
  }),
  // 6: concluded in October, fed back in October, response only given in November (not counted as one)
  row({
    acceptedAt: bj("2026-09-16T09:00:00"),
    firstProgressAt: bj("2026-09-17T09:00:00"),
    concludedAt: bj("2026-10-09T09:00:00"),
    feedbackGivenAt: bj("2026-10-30T09:00:00"),
    response: ReporterResponse.SATISFIED,
    responseAt: bj("2026-11-02T09:00:00"),
  }),
  // 7: concluded 09-10, feedback due 10-09 and not given: feedback overdue; labelled YELLOW
  row({
    unitId: "office-3",
    acceptedAt: bj("2026-09-01T09:00:00"),
    firstProgressAt: bj("2026-09-02T09:00:00"),
    concludedAt: bj("2026-09-10T09:00:00"),
    feedbackDueDate: "2026-10-09",
    label: { colour: LabelColour.YELLOW, categories: [LabelCategory.REPEAT] },
  }),
  // 8: closed in September: out of October's dispatch
  row({
    acceptedAt: bj("2026-09-16T09:00:00"),
    concludedAt: bj("2026-09-20T09:00:00"),
    closedAt: bj("2026-09-30T09:00:00"),
    label: { colour: LabelColour.RED, categories: [LabelCategory.REPEAT] },
  }),
  // 9: opened in November: not yet in October's
  row({ openedAt: bj("2026-11-02T09:00:00") }),
  // 10: withdrawn in October: left out
  row({ openedAt: bj("2026-10-02T09:00:00"), withdrawnAt: bj("2026-10-03T09:00:00") }),
  // 11: accepted, labelled ORANGE, due date 10-31 (the last day: not overdue yet)
  row({
    grade: "KEY",
    unitId: "office-3",
    acceptedAt: bj("2026-10-02T09:00:00"),
    dueDate: "2026-10-31",
    label: { colour: LabelColour.ORANGE, categories: [LabelCategory.COLLECTIVE, LabelCategory.SKIP_LEVEL] },
  }),
  // 12: concluded in November (after the due date): overdue at the end of October
  row({
    acceptedAt: bj("2026-09-16T09:00:00"),
    firstProgressAt: bj("2026-09-17T09:00:00"),
    concludedAt: bj("2026-11-03T09:00:00"),
    dueDate: "2026-10-20",
  }),
];

describe("monthly dispatch figures", () => {
  const f = dispatchFigures(rows, october);

  it("counts the cases of the month as they stood at its end", () => {
    expect(f.period).toEqual({ from: "2026-10-01", to: "2026-10-31" });
    expect(f.cases).toBe(9); // all but 8 (closed before), 9 (later) and 10 (withdrawn)
    expect(Object.fromEntries(f.byStage.map((c) => [c.key, c.count]))).toEqual({
      PENDING_ACCEPTANCE: 1,
      ACCEPTED: 1,
      IN_PROGRESS: 2,
      CONCLUDED: 1,
      FEEDBACK_GIVEN: 3, // 3, 4, 6 (5 was fed back, then closed)
      CLOSED: 1,
    });
    expect(f.byGrade).toEqual([
      { key: "KEY", count: 2 },
      { key: "ROUTINE", count: 7 },
    ]);
  });

  it("new, concluded, overdue and feedback", () => {
    expect(f.newCases).toBe(1); // 1 (10 was withdrawn, 9 is November's)
    expect(f.concluded).toBe(3); // 3, 4, 6
    expect(f.overdue).toBe(2); // 2 and 12
    expect(f.feedbackGiven).toBe(4); // 3, 4, 5, 6
    expect(f.feedbackOverdue).toBe(1); // 7
  });

  it("结服率 = accepted ÷ fed back, responses given after the month not counted", () => {
    expect([f.satisfied, f.basicallySatisfied, f.dissatisfied]).toEqual([1, 1, 1]);
    expect(f.satisfactionRate).toBeCloseTo(2 / 4);
  });

  it("by unit, the unit with most cases first", () => {
    expect(f.byUnit).toEqual([
      { unitId: "office-1", cases: 5, newCases: 1, concluded: 1, overdue: 2, feedbackGiven: 2, accepted: 1 },
      { unitId: "office-2", cases: 2, newCases: 0, concluded: 2, overdue: 0, feedbackGiven: 2, accepted: 1 },
      { unitId: "office-3", cases: 2, newCases: 0, concluded: 0, overdue: 0, feedbackGiven: 0, accepted: 0 },
    ]);
  });

  it("labelled cases with their progress, most severe first", () => {
    expect(f.labelledByColour).toEqual([
      { key: "RED", count: 1 },
      { key: "ORANGE", count: 1 },
      { key: "YELLOW", count: 1 },
      { key: "GREEN", count: 0 },
    ]);
    expect(f.labelled.map((l) => [l.id, l.colour, l.stage])).toEqual([
      ["c4", LabelColour.RED, "FEEDBACK_GIVEN"],
      ["c11", LabelColour.ORANGE, "ACCEPTED"],
      ["c7", LabelColour.YELLOW, "CONCLUDED"],
    ]);
    expect(f.labelled[1].categories).toEqual([LabelCategory.COLLECTIVE, LabelCategory.SKIP_LEVEL]);
  });

  it("September counts the cases as they stood at its end, whatever happened after", () => {
    const sep = dispatchFigures(rows, monthPeriod("2026-09"));
    expect(sep.cases).toBe(9); // 1, 9 and 10 not yet opened
    expect(sep.concluded).toBe(3); // 5, 7, 8
    expect(sep.feedbackGiven).toBe(0);
    expect(sep.satisfactionRate).toBeNull();
    expect(Object.fromEntries(sep.byStage.map((c) => [c.key, c.count]))).toEqual({
      PENDING_ACCEPTANCE: 1,
      ACCEPTED: 0,
      IN_PROGRESS: 5,
      CONCLUDED: 2,
      FEEDBACK_GIVEN: 0,
      CLOSED: 1,
    });
  });

  it("an empty month has zeros and no rate", () => {
    const f0 = dispatchFigures([], october);
    expect([f0.cases, f0.newCases, f0.concluded, f0.overdue, f0.feedbackGiven, f0.satisfactionRate]).toEqual([
      0,
      0,
      0,
      0,
      0,
      null,
    ]);
  });
});

describe("periods and stages", () => {
  it("a month runs from its first to its last day, leap years included", () => {
    expect(monthPeriod("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(() => monthPeriod("2026-13")).toThrow("月份格式应为 YYYY-MM");
    expect(() => dispatchFigures([], { from: "2026-10-31", to: "2026-10-01" })).toThrow("起始日期不能晚于截止日期");
  });

  it("a case's stage is the last one reached by then; Beijing time decides the month", () => {
    const r = row({ openedAt: bj("2026-10-31T23:30:00") });
    expect(stageAt(r, bj("2026-10-31T23:59:59"))).toBe("PENDING_ACCEPTANCE");
    expect(stageAt(r, bj("2026-10-31T23:00:00"))).toBeNull();
    expect(monthOf(new Date("2026-10-31T16:30:00Z"))).toBe("2026-11");
  });
});
