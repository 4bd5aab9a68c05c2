import type { EntityManager } from "typeorm";
import { beijingDate, conflict, forbidden, newId, refuseIf, snapshot, writeAudit, type AuthUser } from "@prp/kit";
import { ActiveOwnership } from "../entities/ActiveOwnership";
import { Ownership } from "../entities/Ownership";
import { AnalysisSession } from "../entities/AnalysisSession";
import { DisciplineDiscussion } from "../entities/DisciplineDiscussion";
import { MarshalledForce } from "../entities/MarshalledForce";
import {
  analysisSessionProblems,
  cleanParticipants,
  disciplineDiscussionProblems,
  forceProblems,
  targetDateProblems,
} from "../domain/owner-work";
import { signedInActor, transaction, type LeadershipDeps } from "./leadership-deps";

/** The caller's active ownership of a case, or FORBIDDEN / CONFLICT: only the owning leader does the owner's work. */
async function ownedByActor(em: EntityManager, caseId: string, actor: AuthUser): Promise<Ownership> {
  const active = await em.findOneBy(ActiveOwnership, { caseId });
  if (!active) throw conflict("该案件当前没有包案领导");
  if (active.leaderId !== actor.id) throw forbidden(`该案件由${active.leaderName}包案，只有包案领导本人可以记录`);
  return em.findOneByOrFail(Ownership, { id: active.ownershipId });
}

export interface SessionDraft {
  caseId: string;
  heldOn: string;
  participants: string[];
  findings: string;
  mainDirection: string;
}

/** The owner records a case analysis session (案情研判). The same session recorded twice is a CONFLICT. */
export async function recordAnalysisSession(deps: LeadershipDeps, d: SessionDraft): Promise<AnalysisSession> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  refuseIf(analysisSessionProblems(d, beijingDate(now)));
  return transaction(deps, async (em) => {
    const o = await ownedByActor(em, d.caseId, actor);
    const mainDirection = d.mainDirection.trim();
    if (await em.countBy(AnalysisSession, { ownershipId: o.id, heldOn: d.heldOn, mainDirection }))
      throw conflict(`${d.heldOn} 的这次案情研判已记录`);
    const s = em.create(AnalysisSession, {
      id: newId(),
      ownershipId: o.id,
      caseId: o.caseId,
      heldOn: d.heldOn,
      participants: cleanParticipants(d.participants),
      findings: d.findings.trim(),
      mainDirection,
      recordedById: actor.id,
      recordedAt: now,
    });
    await em.insert(AnalysisSession, s);
    await writeAudit(em, actor, {
      action: "ownership.analysis",
      entity: "AnalysisSession",
      entityId: s.id,
      after: snapshot(s),
      note: `案情研判 ${o.serial}`,
      at: now,
    });
    return s;
  });
}

export interface DiscussionDraft {
  caseId: string;
  heldOn: string;
  participants: string[];
  finding: string;
  measure: string;
}

/** The owner records a discussion of the finding and the discipline measure (研讨定性量纪). */
export async function recordDisciplineDiscussion(
  deps: LeadershipDeps,
  d: DiscussionDraft,
): Promise<DisciplineDiscussion> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  refuseIf(disciplineDiscussionProblems(d, beijingDate(now)));
  return transaction(deps, async (em) => {
    const o = await ownedByActor(em, d.caseId, actor);
    if (await em.countBy(DisciplineDiscussion, { ownershipId: o.id, heldOn: d.heldOn }))
      throw conflict(`${d.heldOn} 的定性量纪研讨已记录`);
    const r = em.create(DisciplineDiscussion, {
      id: newId(),
      ownershipId: o.id,
      caseId: o.caseId,
      heldOn: d.heldOn,
      participants: cleanParticipants(d.participants),
      finding: d.finding.trim(),
      measure: d.measure.trim(),
      recordedById: actor.id,
      recordedAt: now,
    });
    await em.insert(DisciplineDiscussion, r);
    await writeAudit(em, actor, {
      action: "ownership.discussion",
      entity: "DisciplineDiscussion",
      entityId: r.id,
      after: snapshot(r),
      note: `研讨定性量纪 ${o.serial}`,
      at: now,
    });
    return r;
  });
}

export interface ForceDraft {
  caseId: string;
  personIds: string[];
  unitIds: string[];
  task: string;
}

/** The owner marshals people and units for the case (调度精干力量). */
export async function marshalForces(deps: LeadershipDeps, d: ForceDraft): Promise<MarshalledForce> {
  const actor = signedInActor(deps);
  refuseIf(forceProblems(d));
  return transaction(deps, async (em) => {
    const now = deps.clock.now();
    const o = await ownedByActor(em, d.caseId, actor);
    const f = em.create(MarshalledForce, {
      id: newId(),
      ownershipId: o.id,
      caseId: o.caseId,
      personIds: [...new Set(d.personIds)],
      unitIds: [...new Set(d.unitIds)],
      task: d.task.trim(),
      recordedById: actor.id,
      recordedAt: now,
    });
    await em.insert(MarshalledForce, f);
    await writeAudit(em, actor, {
      action: "ownership.forces",
      entity: "MarshalledForce",
      entityId: f.id,
      after: snapshot(f),
      note: `调度精干力量 ${o.serial}`,
      at: now,
    });
    return f;
  });
}

/** The owner sets the target date (目标办结日期); setting the same date again changes nothing. */
export async function setTargetDate(deps: LeadershipDeps, caseId: string, targetDate: string): Promise<Ownership> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  refuseIf(targetDateProblems(targetDate, beijingDate(now)));
  return transaction(deps, async (em) => {
    const o = await ownedByActor(em, caseId, actor);
    if (o.targetDate === targetDate) return o;
    const before = o.targetDate;
    o.targetDate = targetDate;
    await em.update(Ownership, { id: o.id }, { targetDate });
    await writeAudit(em, actor, {
      action: "ownership.target",
      entity: "Ownership",
      entityId: o.id,
      before: { targetDate: before },
      after: { targetDate },
      at: now,
    });
    return o;
  });
}
