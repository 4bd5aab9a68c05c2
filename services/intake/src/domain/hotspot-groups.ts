import { beijingDate } from "@prp/kit/core";

/** What a hotspot is grouped by (热点分组维度). */
export enum HotspotDimension {
  TOWN = "TOWN",
  CATEGORY = "CATEGORY",
  SUBJECT_UNIT = "SUBJECT_UNIT",
  INDUSTRY = "INDUSTRY",
  CHANNEL = "CHANNEL",
}
export const HOTSPOT_DIMENSION_LABELS: Record<HotspotDimension, string> = {
  TOWN: "按镇（街道）",
  CATEGORY: "按问题类别",
  SUBJECT_UNIT: "按被反映人所在单位",
  INDUSTRY: "按行业系统",
  CHANNEL: "按受理渠道",
};

/** The key of reports with no town, or subjects with no unit or sector (labelled 未指明 / 未填写). */
export const UNKNOWN_KEY = "";

/** By sector: officials of a town or village (no city unit, a town) count as the grassroots (基层). */
export const GRASSROOTS_KEY = "GRASSROOTS";
export const GRASSROOTS_LABEL = "镇街和村（社区）";

/** A report's subject as the grouping by unit or sector reads it. */
export interface GroupedSubject {
  reportId: string;
  unitId: string | null;
  townId: string | null;
}

/**
 * The subjects' keys per report, for grouping by the subject's unit (the unit's id) or by sector
 * (the unit's sector as the directory gives it; a subject of a town or village without a city unit
 * is grassroots; a unit without a sector, or a subject with neither, is null, i.e. unknown).
 */
export function subjectKeys(
  subjects: readonly GroupedSubject[],
  dimension: HotspotDimension.SUBJECT_UNIT | HotspotDimension.INDUSTRY,
  sectorOfUnit: ReadonlyMap<string, string | null> = new Map(),
): Map<string, (string | null)[]> {
  const keys = new Map<string, (string | null)[]>();
  for (const s of subjects) {
    const key =
      dimension === HotspotDimension.SUBJECT_UNIT
        ? s.unitId
        : s.unitId
          ? (sectorOfUnit.get(s.unitId) ?? null)
          : s.townId
            ? GRASSROOTS_KEY
            : null;
    keys.set(s.reportId, [...(keys.get(s.reportId) ?? []), key]);
  }
  return keys;
}

/** A report as the grouping reads it. */
export interface GroupedReport {
  id: string;
  channel: string;
  category: string;
  townId: string | null;
  isRepeat: boolean;
  realName: boolean;
  receivedAt: Date;
}

export interface GroupFigures {
  key: string;
  count: number;
  repeatCount: number;
  realNameCount: number;
  keyCount: number;
  /** Reports per Beijing calendar month (YYYY-MM), months in order; months without reports left out. */
  byMonth: { month: string; count: number }[];
}

/**
 * The keys a report counts under: its channel, category or town (one key), or the distinct units or
 * sectors of its subjects (被反映人所在单位 / 行业系统; a report about two officials of one unit counts
 * once for it, a report with no subject's unit or sector counts under UNKNOWN_KEY).
 */
export function groupKeys(
  r: GroupedReport,
  dimension: HotspotDimension,
  subjectKeysOf: ReadonlyMap<string, readonly (string | null)[]>,
): string[] {
  switch (dimension) {
    case HotspotDimension.TOWN:
      return [r.townId ?? UNKNOWN_KEY];
    case HotspotDimension.CATEGORY:
      return [r.category];
    case HotspotDimension.CHANNEL:
      return [r.channel];
    case HotspotDimension.SUBJECT_UNIT:
    case HotspotDimension.INDUSTRY: {
      const keys = [...new Set((subjectKeysOf.get(r.id) ?? []).map((k) => k ?? UNKNOWN_KEY))];
      return keys.length ? keys : [UNKNOWN_KEY];
    }
  }
}

/**
 * The figures of each group of a period's reports: volume, repeat reports (重复举报), real-name
 * reports, how many of `keyReportIds` (the reports of KEY cases) fall in it, and the monthly
 * counts. Largest group first, then by key.
 */
export function groupReports(
  reports: readonly GroupedReport[],
  dimension: HotspotDimension,
  subjectKeysOf: ReadonlyMap<string, readonly (string | null)[]>,
  keyReportIds: ReadonlySet<string>,
): GroupFigures[] {
  const groups = new Map<string, GroupFigures & { months: Map<string, number> }>();
  for (const r of reports) {
    const month = beijingDate(r.receivedAt).slice(0, 7);
    for (const key of groupKeys(r, dimension, subjectKeysOf)) {
      let g = groups.get(key);
      if (!g) {
        g = { key, count: 0, repeatCount: 0, realNameCount: 0, keyCount: 0, byMonth: [], months: new Map() };
        groups.set(key, g);
      }
      g.count++;
      if (r.isRepeat) g.repeatCount++;
      if (r.realName) g.realNameCount++;
      if (keyReportIds.has(r.id)) g.keyCount++;
      g.months.set(month, (g.months.get(month) ?? 0) + 1);
    }
  }
  return [...groups.values()]
    .map(({ months, ...g }) => ({
      ...g,
      byMonth: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
    }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
