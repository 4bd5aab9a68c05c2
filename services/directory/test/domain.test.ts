import { DepartmentKind, LiaisonKind } from "../src/domain/kinds";
import {
  activeTownCommittee,
  createsParentCycle,
  departmentShapeProblems,
  liaisonTargetKind,
} from "../src/domain/departments";
import {
  currentLiaisons,
  isCurrentOn,
  liaisonProblems,
  periodsOverlap,
  type LiaisonCheck,
  type MappingLike,
} from "../src/domain/liaison";
import { dateProblems } from "../src/domain/dates";
import { MIN_PASSWORD_LENGTH, passwordProblems } from "../src/domain/passwords";
import { ADDRESS_POLICY, USERNAME_POLICY, lockoutRemainingMs } from "../src/domain/throttle";

describe("departments", () => {
  it("activeTownCommittee picks the active committee among a town's departments", () => {
    const old = { id: "a", kind: DepartmentKind.TOWN_COMMITTEE, active: false };
    const other = { id: "b", kind: DepartmentKind.OTHER, active: true };
    const current = { id: "c", kind: DepartmentKind.TOWN_COMMITTEE, active: true };
    expect(activeTownCommittee([old, other, current])).toBe(current);
    expect(activeTownCommittee([old, other])).toBeNull();
  });

  describe("departmentShapeProblems", () => {
    it("a town committee needs a town", () => {
      expect(departmentShapeProblems({ kind: DepartmentKind.TOWN_COMMITTEE, townId: null, parentId: null })).toEqual([
        "镇（街道）纪（工）委必须指定所属镇（街道）",
      ]);
      expect(departmentShapeProblems({ kind: DepartmentKind.TOWN_COMMITTEE, townId: "", parentId: null })).toHaveLength(
        1,
      );
      expect(
        departmentShapeProblems({ kind: DepartmentKind.TOWN_COMMITTEE, townId: "town-1", parentId: null }),
      ).toEqual([]);
    });

    it.each(Object.values(DepartmentKind).filter((k) => k !== DepartmentKind.TOWN_COMMITTEE))(
      "a %s must not have a town",
      (kind) => {
        expect(departmentShapeProblems({ kind, townId: "town-1", parentId: null })).toEqual([
          "只有镇（街道）纪（工）委可以指定所属镇（街道）",
        ]);
        expect(departmentShapeProblems({ kind, townId: null, parentId: null })).toEqual([]);
      },
    );

    it("a department cannot be its own parent", () => {
      expect(departmentShapeProblems({ id: "d1", kind: DepartmentKind.OTHER, townId: null, parentId: "d1" })).toEqual([
        "上级部门不能是部门自身",
      ]);
      expect(departmentShapeProblems({ id: "d1", kind: DepartmentKind.OTHER, townId: null, parentId: "d2" })).toEqual(
        [],
      );
      // a department not yet saved (no id) has no self to point at
      expect(departmentShapeProblems({ kind: DepartmentKind.OTHER, townId: null, parentId: null })).toEqual([]);
    });

    it("reports several problems at once", () => {
      expect(
        departmentShapeProblems({ id: "d1", kind: DepartmentKind.TOWN_COMMITTEE, townId: null, parentId: "d1" }),
      ).toHaveLength(2);
    });
  });

  describe("createsParentCycle", () => {
    const lookup = (parents: Record<string, string | null>) => (id: string) => parents[id];

    it("no parent never closes a loop", () => {
      expect(createsParentCycle("a", null, lookup({}))).toBe(false);
    });

    it("being one's own parent is a loop", () => {
      expect(createsParentCycle("a", "a", lookup({ a: null }))).toBe(true);
    });

    it("attaching under a descendant is a loop; under an unrelated branch is not", () => {
      // root ← a ← b ← c ;  root ← x
      const parents = lookup({ root: null, a: "root", b: "a", c: "b", x: "root" });
      expect(createsParentCycle("a", "c", parents)).toBe(true); // c is a's grandchild
      expect(createsParentCycle("a", "b", parents)).toBe(true);
      expect(createsParentCycle("a", "x", parents)).toBe(false);
      expect(createsParentCycle("x", "c", parents)).toBe(false);
      expect(createsParentCycle("c", "root", parents)).toBe(false); // moving up the tree is fine
    });

    it("finds a loop at the end of a long chain, and none when attaching a new node there", () => {
      const n = 5000;
      const parents: Record<string, string | null> = { n0: null };
      for (let i = 1; i < n; i++) parents[`n${i}`] = `n${i - 1}`;
      expect(createsParentCycle("n0", `n${n - 1}`, lookup(parents))).toBe(true);
      expect(createsParentCycle("n2500", `n${n - 1}`, lookup(parents))).toBe(true);
      expect(createsParentCycle("fresh", `n${n - 1}`, lookup(parents))).toBe(false);
    });

    it("stops (and refuses) when the existing hierarchy already contains a loop", () => {
      // p ↔ q already loop; x is not part of it
      const parentOf = jest.fn(lookup({ p: "q", q: "p" }));
      expect(createsParentCycle("x", "p", parentOf)).toBe(true);
      expect(parentOf.mock.calls.length).toBeLessThanOrEqual(3);
    });

    it("an unknown ancestor (lookup gives undefined) ends the walk", () => {
      expect(createsParentCycle("a", "b", lookup({ b: "ghost" }))).toBe(false);
    });
  });

  it("liaisonTargetKind: contact office → supervision office, stationed group → stationed group", () => {
    expect(liaisonTargetKind(LiaisonKind.CONTACT_OFFICE)).toBe(DepartmentKind.SUPERVISION_OFFICE);
    expect(liaisonTargetKind(LiaisonKind.STATIONED_GROUP)).toBe(DepartmentKind.STATIONED_GROUP);
  });
});

describe("liaison", () => {
  let seq = 0;
  const mapping = (kind: LiaisonKind, validFrom: string, validTo: string | null): MappingLike => ({
    id: `m${++seq}`,
    departmentId: "dept",
    liaisonDepartmentId: kind === LiaisonKind.CONTACT_OFFICE ? "office-1" : "group-1",
    kind,
    validFrom,
    validTo,
  });

  const check = (over: Partial<LiaisonCheck> = {}): LiaisonCheck => ({
    departmentKind: DepartmentKind.COMPETENT_DEPARTMENT,
    targetKind: DepartmentKind.SUPERVISION_OFFICE,
    kind: LiaisonKind.CONTACT_OFFICE,
    period: { validFrom: "2026-01-01", validTo: null },
    existing: [],
    ...over,
  });

  it("accepts a valid first mapping of each kind", () => {
    expect(liaisonProblems(check())).toEqual({ invalid: [], conflicts: [] });
    expect(
      liaisonProblems(check({ kind: LiaisonKind.STATIONED_GROUP, targetKind: DepartmentKind.STATIONED_GROUP })),
    ).toEqual({ invalid: [], conflicts: [] });
  });

  describe("overlap: at most one current mapping per kind", () => {
    it("an open-ended mapping of the same kind clashes with any later start", () => {
      const existing = [mapping(LiaisonKind.CONTACT_OFFICE, "2025-01-01", null)];
      const r = liaisonProblems(check({ period: { validFrom: "2030-06-01", validTo: "2030-12-31" }, existing }));
      expect(r.invalid).toEqual([]);
      expect(r.conflicts).toHaveLength(1);
      expect(r.conflicts[0]).toContain("2025-01-01 至 长期");
    });

    it("a mapping of the other kind does not clash", () => {
      const existing = [mapping(LiaisonKind.STATIONED_GROUP, "2025-01-01", null)];
      expect(liaisonProblems(check({ existing }))).toEqual({ invalid: [], conflicts: [] });
    });

    it("adjacent periods are allowed when one ends the day before the other starts", () => {
      const existing = [mapping(LiaisonKind.CONTACT_OFFICE, "2025-01-01", "2025-12-31")];
      expect(
        liaisonProblems(check({ period: { validFrom: "2026-01-01", validTo: null }, existing })).conflicts,
      ).toEqual([]);
      // and the other way round: the new one ends the day before the existing one starts
      const later = [mapping(LiaisonKind.CONTACT_OFFICE, "2026-01-01", null)];
      expect(
        liaisonProblems(check({ period: { validFrom: "2025-01-01", validTo: "2025-12-31" }, existing: later }))
          .conflicts,
      ).toEqual([]);
    });

    it("sharing a single day is a clash", () => {
      const existing = [mapping(LiaisonKind.CONTACT_OFFICE, "2025-01-01", "2025-12-31")];
      const r = liaisonProblems(check({ period: { validFrom: "2025-12-31", validTo: null }, existing }));
      expect(r.conflicts).toHaveLength(1);
      expect(r.conflicts[0]).toContain("2025-01-01 至 2025-12-31");
    });

    it("an open-ended new mapping starting before an existing one clashes with it", () => {
      const existing = [mapping(LiaisonKind.CONTACT_OFFICE, "2027-01-01", "2027-06-30")];
      expect(
        liaisonProblems(check({ period: { validFrom: "2026-01-01", validTo: null }, existing })).conflicts,
      ).toHaveLength(1);
    });

    it("a period inside an existing one clashes", () => {
      const existing = [mapping(LiaisonKind.CONTACT_OFFICE, "2025-01-01", "2027-12-31")];
      expect(
        liaisonProblems(check({ period: { validFrom: "2026-03-01", validTo: "2026-03-31" }, existing })).conflicts,
      ).toHaveLength(1);
    });

    it("names the clashing mapping among several", () => {
      const existing = [
        mapping(LiaisonKind.CONTACT_OFFICE, "2023-01-01", "2023-12-31"),
        mapping(LiaisonKind.STATIONED_GROUP, "2024-01-01", null),
        mapping(LiaisonKind.CONTACT_OFFICE, "2024-01-01", "2024-12-31"),
      ];
      const r = liaisonProblems(check({ period: { validFrom: "2024-06-01", validTo: null }, existing }));
      expect(r.conflicts).toHaveLength(1);
      expect(r.conflicts[0]).toContain("2024-01-01 至 2024-12-31");
    });
  });

  describe("invalid input", () => {
    it("the wrong target kind for a contact office", () => {
      expect(liaisonProblems(check({ targetKind: DepartmentKind.STATIONED_GROUP })).invalid).toEqual([
        "“联系室”关系的联系单位必须是纪检监察室",
      ]);
    });

    it("the wrong target kind for a stationed group", () => {
      expect(
        liaisonProblems(check({ kind: LiaisonKind.STATIONED_GROUP, targetKind: DepartmentKind.SUPERVISION_OFFICE }))
          .invalid,
      ).toEqual(["“派驻组”关系的联系单位必须是派驻纪检监察组"]);
    });

    it.each(Object.values(DepartmentKind).filter((k) => k !== DepartmentKind.COMPETENT_DEPARTMENT))(
      "a %s department cannot have liaison mappings",
      (departmentKind) => {
        expect(liaisonProblems(check({ departmentKind })).invalid).toEqual(["只能为主管部门设置联系（派驻）关系"]);
      },
    );

    it.each(["2026/01/01", "2026-1-1", "2026-02-30", "2026-13-01", "", "2026-01-01T00:00:00Z"])(
      "a validFrom of %p",
      (validFrom) => {
        expect(liaisonProblems(check({ period: { validFrom, validTo: null } })).invalid).toEqual([
          "生效日期格式应为 YYYY-MM-DD",
        ]);
      },
    );

    it("a bad validTo", () => {
      expect(liaisonProblems(check({ period: { validFrom: "2026-01-01", validTo: "2026-02-29" } })).invalid).toEqual([
        "截止日期格式应为 YYYY-MM-DD",
      ]);
    });

    it("a validTo before validFrom (same day is fine)", () => {
      expect(liaisonProblems(check({ period: { validFrom: "2026-03-01", validTo: "2026-02-28" } })).invalid).toEqual([
        "截止日期不能早于生效日期",
      ]);
      expect(liaisonProblems(check({ period: { validFrom: "2026-03-01", validTo: "2026-03-01" } }))).toEqual({
        invalid: [],
        conflicts: [],
      });
    });

    it("invalid input is reported without looking for conflicts", () => {
      const existing = [mapping(LiaisonKind.CONTACT_OFFICE, "2025-01-01", null)];
      const r = liaisonProblems(check({ departmentKind: DepartmentKind.OTHER, existing }));
      expect(r.invalid).toHaveLength(1);
      expect(r.conflicts).toEqual([]);
    });
  });

  it("dateProblems accepts real calendar dates only, naming the field", () => {
    expect(dateProblems("日期", "2024-02-29")).toEqual([]);
    expect(dateProblems("日期", "2026-12-31")).toEqual([]);
    expect(dateProblems("生效日期", "2026-02-29")).toEqual(["生效日期格式应为 YYYY-MM-DD"]);
    expect(dateProblems("日期", "2026-04-31")).toHaveLength(1);
    expect(dateProblems("日期", "2026-00-10")).toHaveLength(1);
    expect(dateProblems("日期", "26-01-01")).toHaveLength(1);
  });

  it("isCurrentOn is inclusive at both ends; an open end never runs out", () => {
    const p = { validFrom: "2026-01-01", validTo: "2026-12-31" };
    expect(isCurrentOn(p, "2025-12-31")).toBe(false);
    expect(isCurrentOn(p, "2026-01-01")).toBe(true);
    expect(isCurrentOn(p, "2026-12-31")).toBe(true);
    expect(isCurrentOn(p, "2027-01-01")).toBe(false);
    expect(isCurrentOn({ validFrom: "2026-01-01", validTo: null }, "2999-01-01")).toBe(true);
  });

  it("periodsOverlap is symmetric", () => {
    const a = { validFrom: "2026-01-01", validTo: "2026-06-30" };
    const b = { validFrom: "2026-06-30", validTo: null };
    const c = { validFrom: "2026-07-01", validTo: null };
    expect([periodsOverlap(a, b), periodsOverlap(b, a)]).toEqual([true, true]);
    expect([periodsOverlap(a, c), periodsOverlap(c, a)]).toEqual([false, false]);
    expect(periodsOverlap(b, c)).toBe(true); // two open ends always meet
  });

  describe("currentLiaisons", () => {
    const oldOffice = mapping(LiaisonKind.CONTACT_OFFICE, "2024-01-01", "2025-12-31");
    const office = mapping(LiaisonKind.CONTACT_OFFICE, "2026-01-01", null);
    const group = mapping(LiaisonKind.STATIONED_GROUP, "2025-07-01", "2026-06-30");
    const futureGroup = mapping(LiaisonKind.STATIONED_GROUP, "2026-07-01", null);
    const all = [futureGroup, group, office, oldOffice];

    it("returns the mapping of each kind current on the date, contact office first", () => {
      expect(currentLiaisons(all, "2026-03-01")).toEqual([office, group]);
    });

    it("switches exactly at the boundaries", () => {
      expect(currentLiaisons(all, "2025-12-31")).toEqual([oldOffice, group]);
      expect(currentLiaisons(all, "2026-06-30")).toEqual([office, group]);
      expect(currentLiaisons(all, "2026-07-01")).toEqual([office, futureGroup]);
    });

    it("returns nothing before any mapping starts", () => {
      expect(currentLiaisons(all, "2023-12-31")).toEqual([]);
    });

    it("does not reorder the caller's array", () => {
      const input = [...all];
      currentLiaisons(input, "2026-03-01");
      expect(input).toEqual(all);
    });
  });
});

describe("passwordProblems", () => {
  it("accepts a password of letters and digits of the minimum length", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(8);
    expect(passwordProblems("abcdef12")).toEqual([]);
    expect(passwordProblems("信访平台Pass2026", "zhangsan")).toEqual([]);
  });

  it("rejects fewer than 8 characters", () => {
    expect(passwordProblems("abcde12")).toEqual(["密码至少 8 位"]);
  });

  it("rejects more than 128 characters (128 is fine)", () => {
    expect(passwordProblems("a1".repeat(64))).toEqual([]);
    expect(passwordProblems(`${"a1".repeat(64)}x`)).toEqual(["密码最多 128 位"]);
  });

  it("needs both a letter and a digit", () => {
    expect(passwordProblems("abcdefgh")).toEqual(["密码须同时包含字母和数字"]);
    expect(passwordProblems("12345678")).toEqual(["密码须同时包含字母和数字"]);
    expect(passwordProblems("密码密码密码密码1")).toEqual(["密码须同时包含字母和数字"]); // Chinese is not A–Z
  });

  it("must not contain the username, whatever the case", () => {
    expect(passwordProblems("xxZhangSan2026", "zhangsan")).toEqual(["密码不能包含用户名"]);
    expect(passwordProblems("xxzhangsan2026", "ZHANGSAN")).toEqual(["密码不能包含用户名"]);
    expect(passwordProblems("xxlisi2026ab", "zhangsan")).toEqual([]);
    expect(passwordProblems("xxzhangsan2026", "")).toEqual([]); // no username given
  });

  it("lists every problem", () => {
    expect(passwordProblems("abc", "abc")).toEqual(["密码至少 8 位", "密码须同时包含字母和数字", "密码不能包含用户名"]);
  });
});

describe("lockoutRemainingMs", () => {
  const now = new Date("2026-10-08T02:00:00.000Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it("no wait for fewer than 5 failures", () => {
    expect(USERNAME_POLICY.freeFailures).toBe(5);
    for (let f = 0; f < 5; f++) expect([f, lockoutRemainingMs(USERNAME_POLICY, f, now, now)]).toEqual([f, 0]);
  });

  it("30 s after the 5th failure, doubling with each further failure", () => {
    expect(lockoutRemainingMs(USERNAME_POLICY, 5, now, now)).toBe(30_000);
    expect(lockoutRemainingMs(USERNAME_POLICY, 6, now, now)).toBe(60_000);
    expect(lockoutRemainingMs(USERNAME_POLICY, 7, now, now)).toBe(120_000);
    expect(lockoutRemainingMs(USERNAME_POLICY, 8, now, now)).toBe(240_000);
    expect(lockoutRemainingMs(USERNAME_POLICY, 9, now, now)).toBe(480_000);
  });

  it("is capped at 15 minutes", () => {
    expect(lockoutRemainingMs(USERNAME_POLICY, 10, now, now)).toBe(15 * 60_000); // 960 s would exceed the cap
    expect(lockoutRemainingMs(USERNAME_POLICY, 50, now, now)).toBe(15 * 60_000);
    expect(lockoutRemainingMs(USERNAME_POLICY, 5000, now, now)).toBe(15 * 60_000);
  });

  it("counts down from the last failure", () => {
    expect(lockoutRemainingMs(USERNAME_POLICY, 5, ago(20_000), now)).toBe(10_000);
    expect(lockoutRemainingMs(USERNAME_POLICY, 6, ago(59_999), now)).toBe(1);
  });

  it("is 0 once the lock has expired", () => {
    expect(lockoutRemainingMs(USERNAME_POLICY, 5, ago(30_000), now)).toBe(0);
    expect(lockoutRemainingMs(USERNAME_POLICY, 5, ago(31_000), now)).toBe(0);
    expect(lockoutRemainingMs(USERNAME_POLICY, 20, ago(16 * 60_000), now)).toBe(0);
  });

  it("is 0 without a recorded last failure", () => {
    expect(lockoutRemainingMs(USERNAME_POLICY, 9, null, now)).toBe(0);
  });

  it("per client address: more free failures, forgotten after a quiet quarter of an hour", () => {
    const free = ADDRESS_POLICY.freeFailures;
    expect(free).toBeGreaterThan(USERNAME_POLICY.freeFailures);
    expect(lockoutRemainingMs(ADDRESS_POLICY, free - 1, now, now)).toBe(0);
    expect(lockoutRemainingMs(ADDRESS_POLICY, free, now, now)).toBe(ADDRESS_POLICY.baseLockMs);
    expect(lockoutRemainingMs(ADDRESS_POLICY, free + 20, ago(14 * 60_000), now)).toBe(60_000);
    // a quiet quarter of an hour and the streak no longer counts (the username policy never forgets by time)
    expect(lockoutRemainingMs(ADDRESS_POLICY, free + 20, ago(15 * 60_000), now)).toBe(0);
  });
});
