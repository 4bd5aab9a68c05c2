import {
  Channel,
  CheckFlag,
  Disposition,
  NotAcceptableGround,
  Origin,
  ProblemCategory,
  ReportStatus,
  Scope,
  TriageStep,
} from "../../src/domain/enums";
import {
  CHANNEL_LABELS,
  CHECK_FLAG_LABELS,
  DISPOSITION_LABELS,
  NOT_ACCEPTABLE_GROUND_LABELS,
  ORIGIN_LABELS,
  PROBLEM_CATEGORY_LABELS,
  REPORT_STATUS_LABELS,
  SCOPE_LABELS,
  TRIAGE_STEP_LABELS,
  TRIAGE_STEP_SHORT_LABELS,
  DEFAULT_PROBLEM_CATEGORIES,
  problemCategoryLabel,
} from "../../src/domain/labels";

const cases: [string, object, Record<string, string>][] = [
  ["Channel", Channel, CHANNEL_LABELS],
  ["Origin", Origin, ORIGIN_LABELS],
  ["TriageStep", TriageStep, TRIAGE_STEP_LABELS],
  ["TriageStep (short)", TriageStep, TRIAGE_STEP_SHORT_LABELS],
  ["ReportStatus", ReportStatus, REPORT_STATUS_LABELS],
  ["Scope", Scope, SCOPE_LABELS],
  ["CheckFlag", CheckFlag, CHECK_FLAG_LABELS],
  ["NotAcceptableGround", NotAcceptableGround, NOT_ACCEPTABLE_GROUND_LABELS],
  ["Disposition", Disposition, DISPOSITION_LABELS],
  ["ProblemCategory", ProblemCategory, PROBLEM_CATEGORY_LABELS],
];

describe("enums and labels", () => {
  it.each(cases)("%s: values equal their keys and every value has a Chinese label", (_name, enumObject, labels) => {
    for (const [key, value] of Object.entries(enumObject)) expect(value).toBe(key);
    expect(Object.keys(labels).sort()).toEqual(Object.values(enumObject).sort());
    for (const label of Object.values(labels)) expect(label).toMatch(/\p{Script=Han}/u);
  });

  it("the four channels are 信、访、网、电 and the steps read 辨、查、商、定", () => {
    expect(Object.values(Channel)).toEqual(["LETTER", "VISIT", "ONLINE", "PHONE"]);
    expect(
      Object.values(TriageStep)
        .map((s) => TRIAGE_STEP_SHORT_LABELS[s])
        .join(""),
    ).toBe("辨查商定");
  });

  it("the default problem categories are the six disciplines, 涉法涉诉 and 其他", () => {
    expect(DEFAULT_PROBLEM_CATEGORIES.map((c) => c.label)).toEqual([
      "政治纪律",
      "组织纪律",
      "廉洁纪律",
      "群众纪律",
      "工作纪律",
      "生活纪律",
      "涉法涉诉",
      "其他",
    ]);
  });

  it("labels categories added by administrators, and falls back to 其他 for unknown codes", () => {
    expect(problemCategoryLabel(ProblemCategory.MASS_DISCIPLINE)).toBe("群众纪律");
    expect(problemCategoryLabel("ECOLOGY", [{ code: "ECOLOGY", label: "生态环保" }])).toBe("生态环保");
    expect(problemCategoryLabel("UNKNOWN_CODE")).toBe("其他");
  });
});
