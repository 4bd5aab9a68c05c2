import {
  GRASSROOTS_KEY,
  HotspotDimension,
  UNKNOWN_KEY,
  groupKeys,
  groupReports,
  subjectKeys,
  type GroupedReport,
} from "../../src/domain/hotspot-groups";

const report = (id: string, r: Partial<GroupedReport> = {}): GroupedReport => ({
  id,
  channel: "LETTER",
  category: "MASS_DISCIPLINE",
  townId: "t1",
  isRepeat: false,
  realName: false,
  // 2026-09-30 20:00 UTC is 2026-10-01 in Beijing
  receivedAt: new Date("2026-09-30T20:00:00Z"),
  ...r,
});

describe("grouping reports for the hotspot analysis", () => {
  const reports = [
    report("r1", { isRepeat: true, realName: true }),
    report("r2", { townId: null, channel: "ONLINE", receivedAt: new Date("2026-09-30T10:00:00Z") }),
    report("r3", { category: "WORK_DISCIPLINE", realName: true }),
  ];

  it("counts volume, repeats, real names, key reports and Beijing months per town", () => {
    expect(groupReports(reports, HotspotDimension.TOWN, new Map(), new Set(["r3", "x"]))).toEqual([
      {
        key: "t1",
        count: 2,
        repeatCount: 1,
        realNameCount: 2,
        keyCount: 1,
        byMonth: [{ month: "2026-10", count: 2 }],
      },
      {
        key: UNKNOWN_KEY,
        count: 1,
        repeatCount: 0,
        realNameCount: 0,
        keyCount: 0,
        byMonth: [{ month: "2026-09", count: 1 }],
      },
    ]);
  });

  it("groups by category and by channel", () => {
    const byCategory = groupReports(reports, HotspotDimension.CATEGORY, new Map(), new Set());
    expect(byCategory.map((g) => [g.key, g.count])).toEqual([
      ["MASS_DISCIPLINE", 2],
      ["WORK_DISCIPLINE", 1],
    ]);
    const byChannel = groupReports(reports, HotspotDimension.CHANNEL, new Map(), new Set());
    expect(byChannel.map((g) => [g.key, g.count])).toEqual([
      ["LETTER", 2],
      ["ONLINE", 1],
    ]);
  });

  it("counts a report once per distinct unit of its subjects, and without a unit under the empty key", () => {
    const units = new Map<string, (string | null)[]>([
      ["r1", ["u1", "u1", "u2"]],
      ["r2", [null]],
    ]);
    expect(groupKeys(reports[0], HotspotDimension.SUBJECT_UNIT, units)).toEqual(["u1", "u2"]);
    expect(groupKeys(reports[1], HotspotDimension.SUBJECT_UNIT, units)).toEqual([UNKNOWN_KEY]);
    expect(groupKeys(reports[2], HotspotDimension.SUBJECT_UNIT, units)).toEqual([UNKNOWN_KEY]);
    const g = groupReports(reports, HotspotDimension.SUBJECT_UNIT, units, new Set());
    expect(g.map((x) => [x.key, x.count])).toEqual([
      [UNKNOWN_KEY, 2],
      ["u1", 1],
      ["u2", 1],
    ]);
  });

  it("groups by sector: a unit's sector, grassroots for town and village officials, unknown otherwise", () => {
    const subjects = [
      { reportId: "r1", unitId: "hospital-a", townId: null },
      { reportId: "r1", unitId: "hospital-b", townId: null },
      { reportId: "r2", unitId: null, townId: "t1" },
      { reportId: "r3", unitId: "no-sector", townId: "t1" },
      { reportId: "r3", unitId: "hospital-a", townId: null },
    ];
    const sectors = new Map<string, string | null>([
      ["hospital-a", "HEALTH"],
      ["hospital-b", "HEALTH"],
      ["no-sector", null],
    ]);
    const keys = subjectKeys(subjects, HotspotDimension.INDUSTRY, sectors);
    expect(keys.get("r1")).toEqual(["HEALTH", "HEALTH"]);
    expect(keys.get("r2")).toEqual([GRASSROOTS_KEY]);
    // a unit without a sector is not grassroots, even with a town
    expect(keys.get("r3")).toEqual([null, "HEALTH"]);
    const g = groupReports(reports, HotspotDimension.INDUSTRY, keys, new Set(["r1"]));
    expect(g.map((x) => [x.key, x.count, x.keyCount])).toEqual([
      ["HEALTH", 2, 1],
      [UNKNOWN_KEY, 1, 0],
      [GRASSROOTS_KEY, 1, 0],
    ]);
    // by unit, the same subjects give the units' ids
    expect(subjectKeys(subjects, HotspotDimension.SUBJECT_UNIT).get("r1")).toEqual(["hospital-a", "hospital-b"]);
  });
});
