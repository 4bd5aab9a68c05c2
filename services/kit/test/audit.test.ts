import { summarizeChange } from "../src/audit";

describe("summarizeChange", () => {
  it("a create lists every field of the new row", () => {
    expect(summarizeChange(null, { name: "信访室", code: "XF", active: true, rank: 3 })).toBe(
      "name: 信访室; code: XF; active: true; rank: 3",
    );
    expect(summarizeChange(undefined, { name: "信访室" })).toBe("name: 信访室");
  });

  it("a create leaves out fields that are empty (null/undefined) in the new row", () => {
    expect(summarizeChange(null, { name: "信访室", parentId: null, townId: undefined })).toBe("name: 信访室");
  });

  it("an update lists only the fields that changed, as old → new", () => {
    const before = { name: "信访室", code: "XF", active: true, rank: 3 };
    const after = { name: "信访举报室", code: "XF", active: false, rank: 3 };
    expect(summarizeChange(before, after)).toBe("name: 信访室 → 信访举报室; active: true → false");
  });

  it("an update shows null/undefined as ∅ in both directions", () => {
    expect(summarizeChange({ parentId: null }, { parentId: "d-2" })).toBe("parentId: ∅ → d-2");
    expect(summarizeChange({ parentId: "d-2" }, { parentId: null })).toBe("parentId: d-2 → ∅");
    // a field missing from one side counts as empty
    expect(summarizeChange({ a: 1 }, { b: 2 })).toBe("a: 1 → ∅; b: ∅ → 2");
  });

  it("an update that changes nothing gives an empty summary", () => {
    expect(summarizeChange({ a: 1, b: "x", c: null }, { a: 1, b: "x", c: null })).toBe("");
    expect(summarizeChange({ c: null }, { c: undefined })).toBe(""); // both empty
  });

  it("a delete lists every field of the old row, as old → ∅", () => {
    expect(summarizeChange({ name: "信访室", rank: 3 }, null)).toBe("name: 信访室 → ∅; rank: 3 → ∅");
    expect(summarizeChange({ name: "信访室" }, undefined)).toBe("name: 信访室 → ∅");
  });

  it("nothing before and nothing after gives an empty summary", () => {
    expect(summarizeChange(null, null)).toBe("");
    expect(summarizeChange(undefined, undefined)).toBe("");
  });

  it("writes dates as ISO instants and compares them by value, not identity", () => {
    const d1 = new Date("2026-10-08T01:02:03.000Z");
    expect(summarizeChange(null, { dueAt: d1 })).toBe("dueAt: 2026-10-08T01:02:03.000Z");
    // a different Date object holding the same instant is no change
    expect(summarizeChange({ dueAt: d1 }, { dueAt: new Date(d1.getTime()) })).toBe("");
    expect(summarizeChange({ dueAt: d1 }, { dueAt: new Date("2026-10-09T01:02:03.000Z") })).toBe(
      "dueAt: 2026-10-08T01:02:03.000Z → 2026-10-09T01:02:03.000Z",
    );
    expect(summarizeChange({ dueAt: d1 }, { dueAt: null })).toBe("dueAt: 2026-10-08T01:02:03.000Z → ∅");
  });

  it("writes objects and arrays as JSON and compares them by content", () => {
    expect(summarizeChange({ townIds: ["t1"] }, { townIds: ["t1"] })).toBe("");
    expect(summarizeChange({ townIds: ["t1"] }, { townIds: ["t1", "t2"] })).toBe('townIds: ["t1"] → ["t1","t2"]');
    expect(summarizeChange(null, { meta: { a: 1 } })).toBe('meta: {"a":1}');
  });

  it("treats an empty `before` object as an update from empty fields, not as a create", () => {
    expect(summarizeChange({}, { name: "x" })).toBe("name: ∅ → x");
  });
});
