import { AppError } from "@prp/kit/core";
import {
  assessLabel,
  colourFor,
  DEFAULT_LABEL_CONFIG,
  LabelCategory,
  LabelColour,
  labelChanged,
  repeatWindowStart,
  resolveLabelConfig,
  wholeMonthsBetween,
  type LabelFacts,
} from "../../src/domain/colour-labels";

const bj = (local: string) => new Date(`${local}+08:00`);
const now = bj("2026-11-20T10:00:00");

/** A case that falls in no category. */
const plain: LabelFacts = {
  dissatisfiedAfterConclusion: 0,
  reportTimes: [bj("2026-10-01T09:00:00")],
  skipLevelReports: 0,
  coSigners: 1,
  acceptedAt: bj("2026-10-10T09:00:00"),
  concludedAt: null,
};
const times = (n: number, from = "2026-01-05") =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T09:00:00+08:00`) + i * 86_400_000));

describe("default rules", () => {
  it("a case in no category has no label", () => {
    expect(assessLabel(plain, now)).toEqual({ colour: null, findings: [] });
  });

  it("结而不服: one DISSATISFIED answer after conclusion is red; none before conclusion", () => {
    const concluded = { ...plain, concludedAt: bj("2026-11-01T09:00:00"), dissatisfiedAfterConclusion: 1 };
    expect(assessLabel(concluded, now)).toEqual({
      colour: LabelColour.RED,
      findings: [{ category: LabelCategory.CLOSED_NOT_ACCEPTED, colour: LabelColour.RED, value: 1 }],
    });
    expect(assessLabel({ ...concluded, concludedAt: null }, now).colour).toBeNull();
  });

  it("重复举报: 2, 3, 4 and 5 reports within 12 months give green, yellow, orange and red", () => {
    const colours = [1, 2, 3, 4, 5, 9].map((n) => assessLabel({ ...plain, reportTimes: times(n) }, now).colour);
    expect(colours).toEqual([
      null,
      LabelColour.GREEN,
      LabelColour.YELLOW,
      LabelColour.ORANGE,
      LabelColour.RED,
      LabelColour.RED,
    ]);
  });

  it("重复举报 counts only the reports of the last 12 months", () => {
    // five reports, two of them more than a year before the screening
    const reportTimes = [bj("2025-11-19T09:00:00"), bj("2025-06-01T09:00:00"), ...times(3, "2026-03-01")];
    expect(assessLabel({ ...plain, reportTimes }, now).findings).toEqual([
      { category: LabelCategory.REPEAT, colour: LabelColour.YELLOW, value: 3 },
    ]);
    // the same day a year back is still inside
    expect(
      assessLabel({ ...plain, reportTimes: [bj("2025-11-20T08:00:00"), ...times(4, "2026-03-01")] }, now).colour,
    ).toBe(LabelColour.RED);
  });

  it("越级举报: 1, 2, 3 and 4 reports from above give green, yellow, orange and red", () => {
    const colours = [0, 1, 2, 3, 4].map((n) => assessLabel({ ...plain, skipLevelReports: n }, now).colour);
    expect(colours).toEqual([null, LabelColour.GREEN, LabelColour.YELLOW, LabelColour.ORANGE, LabelColour.RED]);
  });

  it("集体举报 starts at 5 co-signers (green), then 10, 20 and 50", () => {
    expect([4, 5, 10, 20, 50].map((n) => assessLabel({ ...plain, coSigners: n }, now).colour)).toEqual([
      null,
      LabelColour.GREEN,
      LabelColour.YELLOW,
      LabelColour.ORANGE,
      LabelColour.RED,
    ]);
  });

  it("长期未结: 3, 6 and 12 whole months after acceptance while not concluded", () => {
    const accepted = (d: string) => ({ ...plain, acceptedAt: bj(`${d}T09:00:00`) });
    expect(assessLabel(accepted("2026-08-21"), now).colour).toBeNull(); // 2 months 30 days
    expect(assessLabel(accepted("2026-08-20"), now).findings).toEqual([
      { category: LabelCategory.LONG_OPEN, colour: LabelColour.YELLOW, value: 3 },
    ]);
    expect(assessLabel(accepted("2026-05-20"), now).colour).toBe(LabelColour.ORANGE);
    expect(assessLabel(accepted("2025-11-20"), now).colour).toBe(LabelColour.RED);
    expect(assessLabel({ ...accepted("2025-11-20"), concludedAt: bj("2026-11-01T09:00:00") }, now).colour).toBeNull();
    expect(assessLabel({ ...plain, acceptedAt: null }, now).colour).toBeNull();
  });

  it("the label is the most severe colour and lists every category, most severe first", () => {
    const label = assessLabel({ ...plain, coSigners: 12, skipLevelReports: 3, reportTimes: times(2) }, now);
    expect(label.colour).toBe(LabelColour.ORANGE);
    expect(label.findings.map((f) => [f.category, f.colour])).toEqual([
      [LabelCategory.SKIP_LEVEL, LabelColour.ORANGE],
      [LabelCategory.COLLECTIVE, LabelColour.YELLOW],
      [LabelCategory.REPEAT, LabelColour.GREEN],
    ]);
  });
});

describe("configuration", () => {
  it("the defaults resolve unchanged", () => {
    expect(resolveLabelConfig()).toEqual(DEFAULT_LABEL_CONFIG);
  });

  it("thresholds, windows and categories can be changed", () => {
    const config = resolveLabelConfig({
      rules: {
        [LabelCategory.CLOSED_NOT_ACCEPTED]: { thresholds: { RED: 2, ORANGE: 1 } },
        [LabelCategory.COLLECTIVE]: { enabled: false },
      },
      repeatWindowMonths: 24,
    });
    const dissatisfied = { ...plain, concludedAt: bj("2026-11-01T09:00:00"), dissatisfiedAfterConclusion: 1 };
    expect(assessLabel(dissatisfied, now, config).colour).toBe(LabelColour.ORANGE);
    expect(assessLabel({ ...dissatisfied, dissatisfiedAfterConclusion: 2 }, now, config).colour).toBe(LabelColour.RED);
    expect(assessLabel({ ...plain, coSigners: 80 }, now, config).colour).toBeNull();
    const old = [
      bj("2025-02-01T09:00:00"),
      bj("2025-03-01T09:00:00"),
      bj("2025-04-01T09:00:00"),
      bj("2025-05-01T09:00:00"),
      bj("2026-01-01T09:00:00"),
    ];
    expect(assessLabel({ ...plain, reportTimes: old }, now).colour).toBeNull(); // one of them within 12 months
    expect(assessLabel({ ...plain, reportTimes: old }, now, config).colour).toBe(LabelColour.RED);
  });

  it("refuses thresholds that are not positive integers, out of order, unknown, or a rule with no colour", () => {
    let caught: AppError | undefined;
    try {
      resolveLabelConfig({
        rules: {
          [LabelCategory.REPEAT]: { thresholds: { RED: 3, ORANGE: 4 } },
          [LabelCategory.COLLECTIVE]: { thresholds: { GREEN: 0 } },
          [LabelCategory.LONG_OPEN]: { thresholds: {} },
          BLUE_MOON: { enabled: true },
        } as never,
        repeatWindowMonths: 0,
      });
    } catch (e) {
      caught = e as AppError;
    }
    expect(caught?.code).toBe("BAD_USER_INPUT");
    expect(caught?.extensions.problems).toEqual([
      "重复举报：红色阈值（3）须高于橙色阈值（4）",
      "集体举报：绿色阈值须为正整数",
      "集体举报：启用的类别至少须设置一个颜色阈值",
      "长期未结：启用的类别至少须设置一个颜色阈值",
      "未知的色标类别：BLUE_MOON",
      "重复举报的统计期须为 1 到 120 个月",
    ]);
  });
});

describe("helpers", () => {
  it("colourFor picks the most severe threshold reached", () => {
    expect(colourFor(7, { RED: 10, YELLOW: 5 })).toBe(LabelColour.YELLOW);
    expect(colourFor(4, { RED: 10, YELLOW: 5 })).toBeNull();
  });

  it("whole months and the repeat window follow the Beijing calendar and short months", () => {
    expect(wholeMonthsBetween(bj("2026-01-31T23:00:00"), bj("2026-02-28T10:00:00"))).toBe(0);
    expect(wholeMonthsBetween(bj("2026-01-15T23:00:00"), bj("2026-04-15T00:30:00"))).toBe(3);
    expect(repeatWindowStart(bj("2026-11-20T01:00:00"), 12)).toBe("2025-11-20");
    expect(repeatWindowStart(bj("2028-02-29T10:00:00"), 12)).toBe("2027-02-28");
    expect(repeatWindowStart(bj("2026-03-31T10:00:00"), 1)).toBe("2026-02-28");
  });

  it("labelChanged notices a new colour or a new category, not a re-screening with the same result", () => {
    const a = assessLabel({ ...plain, coSigners: 12 }, now);
    expect(labelChanged(null, a)).toBe(true);
    expect(labelChanged(a, assessLabel({ ...plain, coSigners: 15 }, now))).toBe(false);
    expect(labelChanged(a, assessLabel({ ...plain, coSigners: 25 }, now))).toBe(true);
    expect(labelChanged(a, assessLabel({ ...plain, coSigners: 12, skipLevelReports: 1 }, now))).toBe(true);
    expect(labelChanged(null, assessLabel(plain, now))).toBe(false);
  });
});
