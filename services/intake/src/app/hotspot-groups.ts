import type { DataSource, EntityManager } from "typeorm";
import { badInput, DATE_RE, endOfBeijingDay, isDateOnly } from "@prp/kit/core";
import { Report } from "../entities/Report";
import { ReportSubject } from "../entities/ReportSubject";
import { ProblemCategoryOption } from "../entities/ProblemCategoryOption";
import { CHANNEL_LABELS, problemCategoryLabel } from "../domain/labels";
import {
  GRASSROOTS_KEY,
  GRASSROOTS_LABEL,
  HotspotDimension,
  UNKNOWN_KEY,
  groupReports,
  subjectKeys,
  type GroupFigures,
  type GroupedReport,
  type GroupedSubject,
} from "../domain/hotspot-groups";
import type { UnitSectorsPort } from "./ports";
import { reader } from "./intake-deps";

/** At most this many report ids may be given as key reports. */
const MAX_KEY_REPORTS = 5000;

/** What the grouping reads: intake's own tables, and the directory for the units' sectors. */
export interface GroupingDeps {
  db: DataSource | EntityManager;
  unitSectors: UnitSectorsPort;
}

/**
 * The figures behind the leadership's hotspot analysis (大数据分析) and town scorecards: a period's
 * reports grouped by town, category, subject's unit or sector, or channel, each group with its
 * Chinese label (towns and units keep their ids: the directory names them). Two queries whatever
 * the period: the reports (a few columns) and, by subject's unit or sector, their subjects; by
 * sector, one call to the directory for the units' sectors.
 */
export async function intakeGroupFigures(
  deps: GroupingDeps,
  period: { from: string; to: string },
  dimension: HotspotDimension,
  keyReportIds: readonly string[],
): Promise<(GroupFigures & { label: string })[]> {
  const { from, to } = period;
  if (!DATE_RE.test(from) || !DATE_RE.test(to) || !isDateOnly(from) || !isDateOnly(to))
    throw badInput("统计期间的日期应为有效的 YYYY-MM-DD");
  if (from > to) throw badInput("统计起始日期不能晚于截止日期");
  if (keyReportIds.length > MAX_KEY_REPORTS) throw badInput(`需单独计数的举报件最多 ${MAX_KEY_REPORTS} 件`);
  const em = reader(deps);
  const start = new Date(endOfBeijingDay(from).getTime() - 86_400_000 + 1);
  const end = endOfBeijingDay(to);
  const reports: GroupedReport[] = await em
    .getRepository(Report)
    .createQueryBuilder("r")
    .select(["r.id", "r.channel", "r.category", "r.townId", "r.isRepeat", "r.realName", "r.receivedAt"])
    .where("r.receivedAt >= :start AND r.receivedAt <= :end", { start, end })
    .getMany();
  let bySubject = new Map<string, (string | null)[]>();
  const sectorNames = new Map<string, string>();
  if ((dimension === HotspotDimension.SUBJECT_UNIT || dimension === HotspotDimension.INDUSTRY) && reports.length) {
    const subjects: GroupedSubject[] = await em
      .getRepository(ReportSubject)
      .createQueryBuilder("s")
      .innerJoin(Report, "r", "r.id = s.reportId")
      .select(["s.id", "s.reportId", "s.unitId", "s.townId"])
      .where("r.receivedAt >= :start AND r.receivedAt <= :end", { start, end })
      .getMany();
    const sectorOfUnit = new Map<string, string | null>();
    if (dimension === HotspotDimension.INDUSTRY) {
      const units = subjects.flatMap((s) => (s.unitId ? [s.unitId] : []));
      for (const [id, u] of await deps.unitSectors(units)) {
        sectorOfUnit.set(id, u.sector);
        if (u.sector && u.sectorName) sectorNames.set(u.sector, u.sectorName);
      }
    }
    bySubject = subjectKeys(subjects, dimension, sectorOfUnit);
  }
  const labels = await groupLabels(em, dimension, reports, sectorNames);
  return groupReports(reports, dimension, bySubject, new Set(keyReportIds)).map((g) => ({
    ...g,
    label: labels(g.key),
  }));
}

/** Chinese names: categories (with the administrators' own), channels, sectors; towns and units by id. */
async function groupLabels(
  em: EntityManager,
  dimension: HotspotDimension,
  reports: readonly GroupedReport[],
  sectorNames: ReadonlyMap<string, string>,
): Promise<(key: string) => string> {
  switch (dimension) {
    case HotspotDimension.CHANNEL:
      return (key) => (CHANNEL_LABELS as Record<string, string>)[key] ?? key;
    case HotspotDimension.CATEGORY: {
      if (!reports.length) return (key) => key;
      const custom = await em.getRepository(ProblemCategoryOption).find();
      return (key) => problemCategoryLabel(key, custom);
    }
    case HotspotDimension.TOWN:
      return (key) => (key === UNKNOWN_KEY ? "未指明镇（街道）" : key);
    case HotspotDimension.SUBJECT_UNIT:
      return (key) => (key === UNKNOWN_KEY ? "未填写单位" : key);
    case HotspotDimension.INDUSTRY:
      return (key) =>
        key === UNKNOWN_KEY
          ? "未指明行业系统"
          : key === GRASSROOTS_KEY
            ? GRASSROOTS_LABEL
            : (sectorNames.get(key) ?? key);
  }
}
