import type { EntityManager } from "typeorm";
import { ScreenedCase } from "../entities/ScreenedCase";
import { RoutedReport } from "../entities/RoutedReport";
import { CaseStage } from "../domain/enums";
import { isCandidate, screeningReasons } from "../domain/screening";

/** Facts of a case's opening, from case handling's CaseOpened. */
export interface OpenedFacts {
  caseId: string;
  reportId: string;
  serial: string;
  unitId: string | null;
  openedAt: Date;
}

/** Recomputes the screening's reasons and whether the case is in the queue (in place). */
export function rescreen(c: ScreenedCase, at: Date): void {
  c.reasons = screeningReasons(c);
  c.candidate = isCandidate(c.reasons, c.stage, c.owned, c.dissatisfied);
  if (c.reasons.length && !c.candidateSince) c.candidateSince = at;
  // never earlier: events from different subgraphs may arrive out of order, and the scorecards
  // rely on a case that ended and has not changed since having ended before `updatedAt`
  if (!c.updatedAt || at > c.updatedAt) c.updatedAt = at;
}

/** Saves a screened case after a change of its facts. */
async function store(em: EntityManager, c: ScreenedCase, at: Date): Promise<void> {
  rescreen(c, at);
  await em.save(ScreenedCase, c);
}

/** A case was opened: leadership starts following it (with intake's routing facts if they came first). */
export async function caseOpened(em: EntityManager, f: OpenedFacts): Promise<void> {
  const existing = await em.findOneBy(ScreenedCase, { caseId: f.caseId });
  const routed = await em.findOneBy(RoutedReport, { reportId: f.reportId });
  const c =
    existing ??
    em.create(ScreenedCase, {
      caseId: f.caseId,
      grade: null,
      colour: null,
      dissatisfied: false,
      nominated: false,
      owned: false,
      candidateSince: null,
    });
  Object.assign(c, {
    reportId: f.reportId,
    serial: f.serial,
    unitId: f.unitId ?? c.unitId ?? null,
    origin: routed?.origin ?? c.origin ?? null,
    townId: routed?.townId ?? c.townId ?? null,
    stage: CaseStage.OPEN,
    openedAt: f.openedAt,
  });
  await store(em, c, f.openedAt);
}

/** intake routed a report: where it came from and its town (the case may be opened before or after). */
export async function reportRouted(
  em: EntityManager,
  r: { reportId: string; origin: string | null; townId: string | null; forwardingAuthority: string | null },
  at: Date,
): Promise<void> {
  await em.save(RoutedReport, {
    reportId: r.reportId,
    origin: r.origin,
    townId: r.townId,
    forwardingAuthority: r.forwardingAuthority,
  });
  const c = await em.findOneBy(ScreenedCase, { reportId: r.reportId });
  if (!c) return;
  c.origin = r.origin;
  c.townId = r.townId;
  await store(em, c, at);
}

/** Changes the facts of a case leadership follows (an event about an unknown case is ignored). */
export async function updateFacts(
  em: EntityManager,
  caseId: string,
  patch: Partial<Pick<ScreenedCase, "unitId" | "grade" | "colour" | "dissatisfied" | "nominated" | "stage" | "owned">>,
  at: Date,
): Promise<ScreenedCase | null> {
  const c = await em.findOneBy(ScreenedCase, { caseId });
  if (!c) return null;
  Object.assign(c, patch);
  await store(em, c, at);
  return c;
}
