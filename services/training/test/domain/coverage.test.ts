import { computeCoverage } from "../../src/domain/coverage";

describe("coverage (全员培训)", () => {
  const staff = [
    { id: "u1", displayName: "甲", departmentId: "d1", departmentName: "信访室" },
    { id: "u2", displayName: "乙", departmentId: "d1", departmentName: "信访室" },
    { id: "u3", displayName: "丙", departmentId: "d2", departmentName: "案件监督管理室" },
    { id: "u4", displayName: "丁", departmentId: null, departmentName: null },
  ];

  it("counts each department's trained staff and names who is missing; lowest share first", () => {
    // u9 attended but is no longer active staff: not counted
    const c = computeCoverage(staff, new Set(["u1", "u3", "u9"]));
    expect(c).toMatchObject({ staff: 4, trained: 2, share: 0.5 });
    expect(
      c.departments.map((d) => [d.departmentName, d.staff, d.trained, d.share, d.missing.map((m) => m.id)]),
    ).toEqual([
      ["未分配部门", 1, 0, 0, ["u4"]],
      ["信访室", 2, 1, 0.5, ["u2"]],
      ["案件监督管理室", 1, 1, 1, []],
    ]);
  });

  it("is zero, not a division by zero, without staff", () => {
    expect(computeCoverage([], new Set(["u1"]))).toEqual({ staff: 0, trained: 0, share: 0, departments: [] });
  });
});
