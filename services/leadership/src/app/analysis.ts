import { LessThanOrEqual, type EntityManager } from "typeorm";
import { beijingDate, endOfBeijingDay, forbidden, refuseIf, Role, writeAudit } from "@prp/kit";
import { RiskFormulaSetting } from "../entities/RiskFormulaSetting";
import { ScreenedCase } from "../entities/ScreenedCase";
import { CaseStage } from "../domain/enums";
import { isCommissionHead } from "../domain/ownership";
import {
  DEFAULT_RISK_FORMULA,
  HotspotDimension,
  analysisPeriodProblems,
  monthsBetween,
  previousPeriod,
  rankHotspots,
  riskFormulaProblems,
  trendPoints,
  type RankedHotspot,
  type RiskFormula,
} from "../domain/analysis";
import { townScorecards, type TownCounts } from "../domain/scorecards";
import { reader, signedInActor, transaction, type LeadershipDeps } from "./leadership-deps";
import type { AnalysisDeps } from "./analysis-ports";

const SETTING_ID = "default";
/** case handling's grade of a key case (重点案件). */
const KEY_GRADE = "KEY";

export interface RiskFormulaView {
  formula: RiskFormula;
  /** True while nobody has changed the defaults. */
  isDefault: boolean;
  updatedAt: Date | null;
  updatedById: string | null;
}

/** The formula in force (the stored one, else the defaults). */
export async function riskFormula(deps: Pick<LeadershipDeps, "db">): Promise<RiskFormulaView> {
  const row = await reader(deps).findOneBy(RiskFormulaSetting, { id: SETTING_ID });
  return {
    formula: row ? { ...DEFAULT_RISK_FORMULA, ...row.formula } : { ...DEFAULT_RISK_FORMULA },
    isDefault: !row,
    updatedAt: row?.updatedAt ?? null,
    updatedById: row?.updatedById ?? null,
  };
}

/**
 * The administrator or the commission head sets the risk formula (风险指数公式): weights 0–100, not
 * all 0, and the growth cap; stored with an audit row in one transaction. Setting the same values
 * again changes nothing but the time (safe to retry).
 */
export async function setRiskFormula(deps: LeadershipDeps, input: RiskFormula): Promise<RiskFormulaView> {
  const actor = signedInActor(deps);
  if (!actor.roles.includes(Role.ADMIN) && !isCommissionHead(actor, deps.settings.commissionHead))
    throw forbidden("只有系统管理员或委主要负责人才能设置风险指数公式");
  const formula: RiskFormula = {
    volumeWeight: input.volumeWeight,
    growthWeight: input.growthWeight,
    repeatShareWeight: input.repeatShareWeight,
    realNameShareWeight: input.realNameShareWeight,
    keyCasesWeight: input.keyCasesWeight,
    growthCap: input.growthCap,
  };
  refuseIf(riskFormulaProblems(formula));
  const now = deps.clock.now();
  return transaction(deps, async (em) => {
    const before = await em.findOneBy(RiskFormulaSetting, { id: SETTING_ID });
    const row = { id: SETTING_ID, formula, updatedAt: now, updatedById: actor.id };
    if (before) await em.update(RiskFormulaSetting, { id: SETTING_ID }, row);
    else await em.insert(RiskFormulaSetting, row);
    await writeAudit(em, actor, {
      action: "analysis.riskFormula",
      entity: "RiskFormulaSetting",
      entityId: SETTING_ID,
      before: { formula: before?.formula ?? DEFAULT_RISK_FORMULA },
      after: { formula },
      note: "设置热点分析风险指数公式",
      at: now,
    });
    return { formula, isDefault: false, updatedAt: now, updatedById: actor.id };
  });
}

/** The reports whose case case handling graded KEY (重点案件), as leadership's screening knows them. */
async function keyReportIds(em: EntityManager): Promise<string[]> {
  const rows = await em.find(ScreenedCase, { where: { grade: KEY_GRADE }, select: { caseId: true, reportId: true } });
  return [...new Set(rows.map((r) => r.reportId))];
}

export interface HotspotAnalysisResult {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  dimension: HotspotDimension;
  formula: RiskFormulaView;
  items: RankedHotspot[];
  trend: { key: string; label: string; points: { month: string; count: number }[] }[];
}

/**
 * Hotspots (热点) of a period by one dimension: intake's figures for the period and the previous
 * one of the same length (one call), key cases from leadership's own screening, names of towns and
 * units from the directory (one call); ranked by the risk score, the top `limit` with their monthly
 * trend over both periods.
 */
export async function hotspots(
  deps: AnalysisDeps,
  q: { from: string; to: string; dimension: HotspotDimension; limit: number },
): Promise<HotspotAnalysisResult> {
  refuseIf(analysisPeriodProblems(q.from, q.to));
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > 100) refuseIf(["热点条数应为 1–100"]);
  const previous = previousPeriod(q.from, q.to);
  const em = reader(deps);
  const [formula, keyReports] = await Promise.all([riskFormula(deps), keyReportIds(em)]);
  const [current, before] = await deps.intakeFigures.groups(
    [{ from: q.from, to: q.to }, previous],
    q.dimension,
    keyReports,
  );
  const named = await nameGroups(deps, q.dimension, [...current, ...before]);
  const items = rankHotspots(named(current), named(before), formula.formula).slice(0, q.limit);
  const months = monthsBetween(previous.from, q.to);
  const trend = items.map((h) => ({
    key: h.key,
    label: h.label,
    points: trendPoints(
      months,
      current.find((g) => g.key === h.key),
      before.find((g) => g.key === h.key),
    ),
  }));
  return {
    from: q.from,
    to: q.to,
    previousFrom: previous.from,
    previousTo: previous.to,
    dimension: q.dimension,
    formula,
    items,
    trend,
  };
}

/** Towns and units get the directory's names (intake gives their ids); other labels stay intake's. */
async function nameGroups<G extends { key: string; label: string }>(
  deps: AnalysisDeps,
  dimension: HotspotDimension,
  groups: readonly G[],
): Promise<(gs: readonly G[]) => G[]> {
  const ids = [...new Set(groups.map((g) => g.key).filter((k) => k !== ""))];
  if (dimension !== HotspotDimension.TOWN && dimension !== HotspotDimension.SUBJECT_UNIT) return (gs) => [...gs];
  const names = await deps.places.names(
    dimension === HotspotDimension.TOWN ? { towns: ids, units: [] } : { towns: [], units: ids },
  );
  return (gs) => gs.map((g) => ({ ...g, label: names.get(g.key) ?? g.label }));
}

/**
 * Town scorecards (述责述廉) for a period: every active town (and any other town with data), with
 * reports and repeat reports from intake (reports received in the period), key cases the same
 * way (reports whose case was graded KEY), concluded and dissatisfied cases from leadership's
 * screening (cases opened in the period), and overdue items on the period's last day, or today for
 * a period not yet over (the town's cases with something due before that day and not met by its
 * end, as case handling judges it through the graph: `Case.overdueOn`).
 */
export async function townScorecardReport(deps: AnalysisDeps, from: string, to: string) {
  refuseIf(analysisPeriodProblems(from, to));
  const em = reader(deps);
  const start = new Date(endOfBeijingDay(from).getTime() - 86_400_000 + 1);
  const end = endOfBeijingDay(to);
  const today = beijingDate(deps.clock.now());
  const overdueAsOf = to < today ? to : today;
  const asOfEnd = endOfBeijingDay(overdueAsOf);
  const keyReports = await keyReportIds(em);
  const [[groups], activeTowns, cases] = await Promise.all([
    deps.intakeFigures.groups([{ from, to }], HotspotDimension.TOWN, keyReports),
    deps.places.activeTowns(),
    em.find(ScreenedCase, {
      where: { openedAt: LessThanOrEqual(end) },
      select: {
        caseId: true,
        reportId: true,
        serial: true,
        townId: true,
        stage: true,
        dissatisfied: true,
        openedAt: true,
        updatedAt: true,
      },
    }),
  ]);
  // a case not closed, or changed after the day, may have owed something that day; case handling
  // decides (a closed case that has not changed since closed before the day: it owed nothing)
  const mayOwe = cases.filter(
    (c) => c.townId && c.openedAt <= asOfEnd && (c.stage !== CaseStage.CLOSED || c.updatedAt > asOfEnd),
  );
  const overdueCases = await deps.cases.overdueOn(
    mayOwe.map((c) => c.caseId),
    overdueAsOf,
  );
  const townIds = [
    ...new Set([...activeTowns, ...groups.map((g) => g.key), ...cases.map((c) => c.townId ?? "")]),
  ].filter((id) => id !== "");
  const counts: TownCounts[] = townIds.map((townId) => {
    const g = groups.find((x) => x.key === townId);
    const opened = cases.filter((c) => c.townId === townId && c.openedAt >= start);
    const concluded = opened.filter((c) => c.stage !== CaseStage.OPEN);
    return {
      townId,
      reports: g?.count ?? 0,
      repeatReports: g?.repeatCount ?? 0,
      concludedCases: concluded.length,
      dissatisfiedCases: concluded.filter((c) => c.dissatisfied).length,
      overdueItems: mayOwe.filter((c) => c.townId === townId && overdueCases.has(c.caseId)).length,
      keyCases: g?.keyCount ?? 0,
    };
  });
  return { from, to, overdueAsOf, ...townScorecards(counts) };
}
