import { beijingDate } from "@prp/kit/core";

/** What a hotspot is grouped by (热点分组维度). */
export enum HotspotDimension {
  TOWN = "TOWN",
  CATEGORY = "CATEGORY",
  SUBJECT_UNIT = "SUBJECT_UNIT",
  CHANNEL = "CHANNEL",
}
export const HOTSPOT_DIMENSION_LABELS: Record<HotspotDimension, string> = {
  TOWN: "按镇（街道）",
  CATEGORY: "按问题类别",
  SUBJECT_UNIT: "按被反映人所在单位",
  CHANNEL: "按受理渠道",
};

/** The key of reports with no town, or subjects with no unit (labelled 未指明 / 未填写). */
export const UNKNOWN_KEY = "";

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
 * The keys a report counts under: its channel, category or town (one key), or the distinct units of
 * its subjects (被反映人所在单位; a report about two officials of one unit counts once for it, a
 * report with no subject's unit counts under UNKNOWN_KEY).
 */
export function groupKeys(
  r: GroupedReport,
  dimension: HotspotDimension,
  subjectUnits: ReadonlyMap<string, readonly (string | null)[]>,
): string[] {
  switch (dimension) {
    case HotspotDimension.TOWN:
      return [r.townId ?? UNKNOWN_KEY];
    case HotspotDimension.CATEGORY:
      return [r.category];
    case HotspotDimension.CHANNEL:
      return [r.channel];
    case HotspotDimension.SUBJECT_UNIT: {
      const units = [...new Set((subjectUnits.get(r.id) ?? []).map((u) => u ?? UNKNOWN_KEY))];
      return units.length ? units : [UNKNOWN_KEY];
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
  subjectUnits: ReadonlyMap<string, readonly (string | null)[]>,
  keyReportIds: ReadonlySet<string>,
): GroupFigures[] {
  const groups = new Map<string, GroupFigures & { months: Map<string, number> }>();
  for (const r of reports) {
    const month = beijingDate(r.receivedAt).slice(0, 7);
    for (const key of groupKeys(r, dimension, subjectUnits)) {
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
