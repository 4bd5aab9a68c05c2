import { hostname } from "node:os";
import { In, Not, type DataSource, type EntityManager } from "typeorm";
import { LabelChanged } from "@prp/contracts";
import { conflict, inTransaction, newId, publish, writeAudit, type AuthUser, type Page } from "@prp/kit";
import { Case } from "../entities/Case";
import { CaseLabel } from "../entities/CaseLabel";
import { CaseLabelChange } from "../entities/CaseLabelChange";
import { ReportFact } from "../entities/ReportFact";
import { CaseStatus } from "../domain/enums";
import { caseVisibility } from "../domain/access";
import {
  assessLabel,
  COLOURS_BY_SEVERITY,
  labelChanged,
  LabelCategory,
  LabelColour,
  type ColourLabel,
  type LabelConfig,
  type LabelFacts,
} from "../domain/colour-labels";
import { ReporterResponse } from "../domain/reporter-loop";
import { latestResponses } from "./reporter-loop";
import { claimLease, releaseLease } from "./screening-lease";
import { loadLabelConfig } from "./label-settings";
import { reader, type CasesDeps } from "./cases-deps";

/**
 * 色标管理: the rolling screening. Each case's facts (its report and the reports repeating it,
 * where they came from, co-signers, the reporter's answers, how long it has been open) go
 * through the configured rules; a changed label is stored with its history row and a
 * LabelChanged event. A screening runs on demand (a leader or the petition office), on a
 * schedule in the background (one replica per slot, see screening-lease.ts), and for one case
 * right after the reporter answers.
 */

/** Items sent down from a higher commission: the matter went over the competent level's head (越级). */
const FROM_ABOVE = ["FORWARDED_FROM_SUPERIOR", "ASSIGNED_BY_SUPERIOR"];
export const SCREENING_JOB = "colour-label-screening";
/** A screening that has not finished after this long is taken to have died with its replica. */
export const SCREENING_LEASE_MS = 5 * 60_000;

export interface ScreeningResult {
  screeningId: string;
  screened: number;
  changed: number;
  byColour: { colour: LabelColour; count: number }[];
}

/** The reports linked by 重复举报 links, as groups: every report maps to its group's members. */
function repeatGroups(facts: readonly ReportFact[]): Map<string, ReportFact[]> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const f of facts) {
    if (!parent.has(f.reportId)) parent.set(f.reportId, f.reportId);
    for (const earlier of f.repeatOf) {
      if (!parent.has(earlier)) parent.set(earlier, earlier);
      union(f.reportId, earlier);
    }
  }
  const members = new Map<string, ReportFact[]>();
  for (const f of facts) {
    const root = find(f.reportId);
    members.set(root, [...(members.get(root) ?? []), f]);
  }
  const byReport = new Map<string, ReportFact[]>();
  for (const id of parent.keys()) byReport.set(id, members.get(find(id)) ?? []);
  return byReport;
}

/** The facts of each case, read with a fixed number of queries whatever the number of cases. */
async function factsOf(em: EntityManager, cases: readonly Case[]): Promise<Map<string, LabelFacts>> {
  const all = await em.find(ReportFact);
  const groups = repeatGroups(all);
  const answers = await latestResponses(
    em,
    cases.map((c) => c.id),
  );
  const out = new Map<string, LabelFacts>();
  for (const c of cases) {
    const group = groups.get(c.reportId) ?? [];
    const own = group.find((f) => f.reportId === c.reportId);
    const answer = answers.get(c.id);
    out.set(c.id, {
      dissatisfiedAfterConclusion: answer?.response === ReporterResponse.DISSATISFIED ? answer.dissatisfiedCount : 0,
      reportTimes: group.length ? group.map((f) => f.receivedAt) : [c.decidedAt],
      skipLevelReports: group.length
        ? group.filter((f) => f.origin && FROM_ABOVE.includes(f.origin)).length
        : c.origin && FROM_ABOVE.includes(c.origin)
          ? 1
          : 0,
      coSigners: own?.coSigners ?? 0,
      acceptedAt: c.acceptedAt,
      concludedAt: c.concludedAt,
    });
  }
  return out;
}

const stored = (l: CaseLabel | undefined): ColourLabel | null =>
  l ? { colour: l.colour, findings: l.findings } : null;

/**
 * Screens the given cases (all but withdrawn ones when `caseIds` is null) inside the caller's
 * transaction: changed labels are written with their history and a LabelChanged event.
 */
export async function screenLabels(
  em: EntityManager,
  caseIds: readonly string[] | null,
  now: Date,
  config: LabelConfig,
  screeningId = newId(),
): Promise<ScreeningResult> {
  const cases = caseIds
    ? caseIds.length
      ? await em.findBy(Case, { id: In([...caseIds]) })
      : []
    : await em.findBy(Case, { status: Not(CaseStatus.WITHDRAWN) });
  const labels = new Map(
    (cases.length ? await em.findBy(CaseLabel, caseIds ? { caseId: In(cases.map((c) => c.id)) } : {}) : []).map((l) => [
      l.caseId,
      l,
    ]),
  );
  const facts = await factsOf(em, cases);
  let changed = 0;
  const unchanged: string[] = [];
  const colours = new Map<LabelColour, number>();
  for (const c of cases) {
    const before = labels.get(c.id);
    const after = assessLabel(facts.get(c.id)!, now, config);
    if (after.colour) colours.set(after.colour, (colours.get(after.colour) ?? 0) + 1);
    if (!labelChanged(stored(before), after)) {
      if (before) unchanged.push(c.id);
      continue;
    }
    changed++;
    const categories = after.findings.map((f) => f.category);
    await em.save(CaseLabel, {
      caseId: c.id,
      colour: after.colour,
      categories: categories.length ? `,${categories.join(",")},` : "",
      findings: after.findings,
      screenedAt: now,
      changedAt: now,
    });
    await em.insert(CaseLabelChange, {
      id: newId(),
      caseId: c.id,
      fromColour: before?.colour ?? null,
      toColour: after.colour,
      findings: after.findings,
      at: now,
      screeningId,
    });
    await publish(
      em,
      LabelChanged,
      {
        caseId: c.id,
        reportId: c.reportId,
        serial: c.serial,
        fromColour: before?.colour ?? null,
        toColour: after.colour,
        categories,
        at: now.toISOString(),
      },
      now,
    );
  }
  for (let i = 0; i < unchanged.length; i += 500)
    await em.update(CaseLabel, { caseId: In(unchanged.slice(i, i + 500)) }, { screenedAt: now });
  return {
    screeningId,
    screened: cases.length,
    changed,
    byColour: COLOURS_BY_SEVERITY.map((colour) => ({ colour, count: colours.get(colour) ?? 0 })),
  };
}

/** One case screened again at once (after the reporter answered), in the caller's transaction. */
export async function rescreenCase(
  em: EntityManager,
  caseId: string,
  now: Date,
  config?: LabelConfig,
): Promise<ScreeningResult> {
  return screenLabels(em, [caseId], now, config ?? (await loadLabelConfig(em)));
}

export const holderName = () => `${hostname()}:${process.pid}`;

/**
 * A screening on demand (滚动筛查) by a leader or the petition office: refused with CONFLICT while
 * another replica is screening. Audited with its counts.
 */
export async function screenLabelsNow(deps: CasesDeps, db: DataSource): Promise<ScreeningResult> {
  const actor = deps.actor as AuthUser;
  const now = deps.clock.now();
  const holder = `${holderName()}:${newId()}`;
  if (!(await claimLease(db, SCREENING_JOB, holder, now, SCREENING_LEASE_MS)))
    throw conflict("色标筛查正在进行中，请稍后再试");
  try {
    return await inTransaction(db, async (em) => {
      // the administrator's thresholds (色标阈值), unless the caller fixed the rules
      const result = await screenLabels(em, null, now, deps.settings.labels ?? (await loadLabelConfig(em)));
      await writeAudit(em, actor, {
        action: "label.screen",
        entity: "CaseLabel",
        entityId: result.screeningId,
        after: { screened: result.screened, changed: result.changed },
        note: "滚动筛查（手动）",
        at: now,
      });
      return result;
    });
  } finally {
    await releaseLease(db, SCREENING_JOB, holder, deps.clock.now());
  }
}

export interface LabelledCaseFilter {
  colour?: LabelColour | null;
  category?: LabelCategory | null;
}

/** Labelled cases the actor may see, the most severe first, by colour and category. */
export async function labelledCases(
  deps: Pick<CasesDeps, "db">,
  actor: AuthUser,
  f: LabelledCaseFilter,
  offset: number,
  limit: number,
): Promise<Page<Case>> {
  const qb = reader(deps)
    .createQueryBuilder(Case, "c")
    .innerJoin(CaseLabel, "l", "l.caseId = c.id")
    .where("l.colour IS NOT NULL");
  const v = caseVisibility(actor.roles, actor.departmentId ?? null);
  if (!v.all) {
    if (!v.unitIds.length) return { items: [], total: 0, offset, limit };
    qb.andWhere("c.id IN (SELECT u.caseId FROM case_unit u WHERE u.unitId IN (:...units))", { units: v.unitIds });
  }
  if (f.colour) qb.andWhere("l.colour = :colour", { colour: f.colour });
  if (f.category) qb.andWhere("l.categories LIKE :cat", { cat: `%,${f.category},%` });
  const severity = `CASE l.colour ${COLOURS_BY_SEVERITY.map((c, i) => `WHEN '${c}' THEN ${i}`).join(" ")} ELSE 9 END`;
  // one label row per case: plain OFFSET/LIMIT is right here
  const [items, total] = await qb
    .orderBy(severity, "ASC")
    .addOrderBy("c.serial", "ASC")
    .offset(offset)
    .limit(limit)
    .getManyAndCount();
  return { items, total, offset, limit };
}
