import { CheckFlag, Disposition, Origin } from "../../src/domain/enums";
import { gradeHint, publicStage } from "../../src/domain/routing";
import { countBy } from "../../src/domain/statistics";

describe("grade hint for case handling", () => {
  const simple = {
    origin: Origin.SELF_RECEIVED,
    flags: [],
    consulted: false,
    disposition: Disposition.TALK_OR_LETTER_INQUIRY,
    subjectCount: 1,
  };
  it("is SIMPLE for a first, self-received report handled by inquiry", () => {
    expect(gradeHint(simple)).toBe("SIMPLE");
  });
  it.each([
    ["assigned by a superior", { origin: Origin.ASSIGNED_BY_SUPERIOR }],
    ["a repeat report", { flags: [CheckFlag.REPEAT] }],
    ["a consulted hard case", { consulted: true }],
    ["a preliminary verification", { disposition: Disposition.PRELIMINARY_VERIFICATION }],
    ["an investigation", { disposition: Disposition.INVESTIGATION }],
    ["three subjects", { subjectCount: 3 }],
  ])("is COMPLEX for %s", (_label, change) => {
    expect(gradeHint({ ...simple, ...change })).toBe("COMPLEX");
  });
  it("is not raised by a forwarded (not assigned) item alone", () => {
    expect(gradeHint({ ...simple, origin: Origin.FORWARDED_FROM_SUPERIOR })).toBe("SIMPLE");
  });
});

describe("public stage", () => {
  it("tells a reporter only the stage", () => {
    expect(publicStage("UNSIGNED")).toBe("已登记，等待研判");
    expect(publicStage("CHECKED")).toBe("正在研判");
    expect(publicStage("DECIDED")).toBe("已按规定分办");
    expect(publicStage("SOMETHING_NEW")).toBe("处理中");
  });
});

describe("countBy", () => {
  it("counts single and multiple keys and skips empty ones", () => {
    const rows = [{ f: "A,B" }, { f: "A" }, { f: "" }, { f: null }];
    const counts = countBy(rows, (r) => (r.f ? r.f.split(",") : null));
    expect([...counts]).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
  });
});
