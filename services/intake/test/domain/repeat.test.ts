import { ProblemCategory } from "../../src/domain/enums";
import { findRepeats, normaliseSubjectKey, normaliseSubjectName, type RepeatCandidate } from "../../src/domain/repeat";
import { signature } from "../../src/domain/similarity";

const wang = { name: "王建国", unitId: "unit-qianwang", townId: "town-jiangshan" };

function report(id: string, over: Partial<RepeatCandidate> = {}): RepeatCandidate {
  return { id, subjects: [wang], category: ProblemCategory.INTEGRITY_DISCIPLINE, ...over };
}

describe("subject names and keys", () => {
  it("normalise spaces, separators, width and case", () => {
    expect(normaliseSubjectName(" 王 建国 ")).toBe("王建国");
    expect(normaliseSubjectName("买买提·艾力")).toBe(normaliseSubjectName("买买提艾力"));
    expect(normaliseSubjectName("ＡＢＣ")).toBe("abc");
  });

  it("key on the unit when known, else on the post", () => {
    expect(normaliseSubjectKey({ name: "王 建国", unitId: "unit-1", post: "村党支部书记" })).toBe("王建国|unit:unit-1");
    expect(normaliseSubjectKey({ name: "王建国", post: " 村党支部 书记" })).toBe("王建国|post:村党支部书记");
    expect(normaliseSubjectKey({ name: "王建国" })).toBe("王建国|");
    expect(normaliseSubjectKey({ name: "王建国", unitId: "  " })).toBe("王建国|");
  });
});

describe("findRepeats", () => {
  it("same subject in the same unit and same category is a repeat", () => {
    const result = findRepeats(report("new"), [report("old-1"), report("old-2")]);
    expect(result.count).toBe(2);
    expect(result.reportIds).toEqual(["old-1", "old-2"]);
    expect(result.matches[0]).toEqual({ id: "old-1", subjectName: "王建国", sameCategory: true, textSimilarity: null });
  });

  it("matches the subject through the town when the unit differs or is unknown", () => {
    const moved = report("old", { subjects: [{ name: "王 建国", unitId: "unit-other", townId: "town-jiangshan" }] });
    expect(findRepeats(report("new"), [moved]).reportIds).toEqual(["old"]);
    // town given on the report rather than on the subject
    const byReportTown = report("old2", { subjects: [{ name: "王建国" }], townId: "town-jiangshan" });
    expect(findRepeats(report("new"), [byReportTown]).reportIds).toEqual(["old2"]);
  });

  it("the same name in another unit and town is another person", () => {
    const namesake = report("old", { subjects: [{ name: "王建国", unitId: "unit-x", townId: "town-nanshu" }] });
    expect(findRepeats(report("new"), [namesake]).count).toBe(0);
    const noPlace = report("old", { subjects: [{ name: "王建国" }] });
    expect(findRepeats(report("new"), [noPlace]).count).toBe(0);
  });

  it("a different subject is never a repeat, whatever the text", () => {
    const text = "王建国截留征地补偿款二十万元，村民多次要求公开明细，一直推脱不公开。";
    const other = report("old", { subjects: [{ name: "李明", unitId: "unit-qianwang" }], text });
    expect(findRepeats(report("new", { text }), [other]).count).toBe(0);
  });

  it("same subject, different category: a repeat only when the texts are similar enough", () => {
    const text = "王建国截留征地补偿款二十万元，村民多次要求公开补偿款发放明细，他一直推脱不公开，请纪委调查。";
    const rewritten = "我再次反映王建国截留征地补偿款二十万元的问题，村民多次要求公开补偿款发放明细，至今不公开。";
    const unrelated = "王建国上班时间经常不在岗，群众办事找不到人，办理宅基地手续来回跑了五趟。";
    const newReport = report("new", { text, category: ProblemCategory.INTEGRITY_DISCIPLINE });
    const earlier = [
      report("similar", { text: rewritten, category: ProblemCategory.MASS_DISCIPLINE }),
      report("unrelated", { text: unrelated, category: ProblemCategory.WORK_DISCIPLINE }),
      report("no-text", { category: ProblemCategory.WORK_DISCIPLINE }),
    ];
    const result = findRepeats(newReport, earlier);
    expect(result.reportIds).toEqual(["similar"]);
    expect(result.matches[0].sameCategory).toBe(false);
    expect(result.matches[0].textSimilarity).toBeGreaterThanOrEqual(0.3);
    // a stricter bar drops it
    expect(findRepeats(newReport, earlier, { textThreshold: 0.9 }).count).toBe(0);
  });

  it("falls back to stored signatures when a text is missing", () => {
    const text = "王建国截留征地补偿款二十万元，村民多次要求公开补偿款发放明细，他一直推脱不公开，请纪委调查。";
    const old = report("old", { category: ProblemCategory.OTHER, signature: signature(text) });
    const result = findRepeats(report("new", { text, signature: signature(text) }), [old]);
    expect(result.reportIds).toEqual(["old"]);
    expect(result.matches[0].textSimilarity).toBe(1);
  });

  it("lists the oldest first, skips the report itself and honours `since`", () => {
    const earlier = [
      report("b", { receivedAt: new Date("2026-03-01T00:00:00Z") }),
      report("new"),
      report("a", { receivedAt: new Date("2025-01-01T00:00:00Z") }),
      report("c", { receivedAt: new Date("2026-05-01T00:00:00Z") }),
    ];
    expect(findRepeats(report("new"), earlier).reportIds).toEqual(["a", "b", "c"]);
    expect(findRepeats(report("new"), earlier, { since: new Date("2025-06-01T00:00:00Z") }).reportIds).toEqual([
      "b",
      "c",
    ]);
  });

  it("matches any of several subjects and reports which one", () => {
    const newReport = report("new", { subjects: [{ name: "李明", unitId: "u-9" }, wang] });
    const result = findRepeats(newReport, [report("old")]);
    expect(result.matches[0].subjectName).toBe("王建国");
  });

  it("needs a category on both sides for a category match", () => {
    expect(findRepeats(report("new", { category: null }), [report("old", { category: null })]).count).toBe(0);
  });
});
