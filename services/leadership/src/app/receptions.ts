import { Between, In, Not } from "typeorm";
import {
  MAX_PAGE_SIZE,
  badInput,
  beijingDate,
  conflict,
  forbidden,
  newId,
  notFound,
  refuseIf,
  snapshot,
  writeAudit,
  type AuthUser,
} from "@prp/kit";
import { Role } from "@prp/kit/core";
import { Reception } from "../entities/Reception";
import { CaseVisit } from "../entities/CaseVisit";
import { ScreenedCase } from "../entities/ScreenedCase";
import {
  ReceptionStatus,
  cancelRefusal,
  caseVisitProblems,
  receptionOutcomeProblems,
  receptionSlotProblems,
  scheduleWindowProblems,
} from "../domain/field-work";
import { reader, signedInActor, transaction, type LeadershipDeps } from "./leadership-deps";
import type { FieldWorkDeps } from "./field-work-ports";

export interface ReceptionSlotDraft {
  leaderId: string;
  receptionDate: string;
  startTime: string;
  endTime: string;
  place: string;
}

/** A leader schedules only their own receptions; the petition office schedules any leader's. */
function mayActFor(actor: AuthUser, leaderId: string): void {
  if (actor.roles.includes(Role.PETITION_OFFICER) || actor.roles.includes(Role.ADMIN)) return;
  if (actor.id !== leaderId) throw forbidden("委领导只能安排和登记本人的公开接访");
}

/**
 * Publishes a reception slot (公开接访排期): the leader is checked in the directory (an active LEADER)
 * and named with their post. The same leader, date and start time twice is a CONFLICT.
 */
export async function scheduleReception(deps: FieldWorkDeps, d: ReceptionSlotDraft): Promise<Reception> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  refuseIf(receptionSlotProblems(d, beijingDate(now)));
  mayActFor(actor, d.leaderId);
  const leader = await deps.leaders.profile(d.leaderId);
  if (!leader.active || !leader.roles.includes(Role.LEADER)) throw badInput(`${leader.displayName}不是在职的委领导`);
  return transaction(deps, async (em) => {
    const taken = await em.findOneBy(Reception, {
      leaderId: d.leaderId,
      receptionDate: d.receptionDate,
      startTime: d.startTime,
    });
    if (taken) throw conflict(`${leader.displayName} ${d.receptionDate} ${d.startTime} 的接访已安排`);
    const r = em.create(Reception, {
      id: newId(),
      leaderId: leader.id,
      leaderName: leader.displayName,
      leaderTitle: leader.post,
      receptionDate: d.receptionDate,
      startTime: d.startTime,
      endTime: d.endTime,
      place: d.place.trim(),
      status: ReceptionStatus.SCHEDULED,
      visitorsReceived: null,
      reportIds: [],
      summary: null,
      cancelReason: null,
      scheduledById: actor.id,
      scheduledAt: now,
      updatedAt: now,
    });
    await em.insert(Reception, r);
    await writeAudit(em, actor, {
      action: "reception.schedule",
      entity: "Reception",
      entityId: r.id,
      after: snapshot(r),
      note: `公开接访排期 ${leader.displayName} ${d.receptionDate} ${d.startTime}`,
      at: now,
    });
    return r;
  });
}

export interface ReceptionOutcomeDraft {
  receptionId: string;
  visitorsReceived: number;
  reportIds: string[];
  summary: string;
}

/**
 * Records what a reception brought: visitors received and the reports registered from them (checked
 * in intake through the graph). Recording it again replaces the figures (audited with before and after).
 */
export async function recordReceptionOutcome(deps: FieldWorkDeps, d: ReceptionOutcomeDraft): Promise<Reception> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  const existing = await reader(deps).findOneBy(Reception, { id: d.receptionId });
  if (!existing) throw notFound("公开接访", d.receptionId);
  mayActFor(actor, existing.leaderId);
  const reportIds = [...new Set(d.reportIds)];
  refuseIf(receptionOutcomeProblems(existing, { ...d, reportIds }, beijingDate(now)));
  const found = new Set((await deps.intake.reports(reportIds)).map((r) => r.id));
  const missing = reportIds.filter((id) => !found.has(id));
  if (missing.length) throw badInput(`以下举报件不存在：${missing.join("、")}`, { missing });
  return transaction(deps, async (em) => {
    const r = await em.findOneByOrFail(Reception, { id: d.receptionId });
    if (r.status === ReceptionStatus.CANCELLED) throw conflict("该接访已取消，不能登记接访情况");
    const before = snapshot(r);
    Object.assign(r, {
      status: ReceptionStatus.HELD,
      visitorsReceived: d.visitorsReceived,
      reportIds,
      summary: d.summary.trim(),
      updatedAt: now,
    });
    await em.save(Reception, r);
    await writeAudit(em, actor, {
      action: "reception.outcome",
      entity: "Reception",
      entityId: r.id,
      before,
      after: snapshot(r),
      note: `公开接访情况 ${r.leaderName} ${r.receptionDate}：接待 ${d.visitorsReceived} 人次，登记 ${reportIds.length} 件`,
      at: now,
    });
    return r;
  });
}

/** Cancels a scheduled reception with a reason (it leaves the published schedule); cancelling again changes nothing. */
export async function cancelReception(deps: LeadershipDeps, id: string, reason: string): Promise<Reception> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  return transaction(deps, async (em) => {
    const r = await em.findOneBy(Reception, { id });
    if (!r) throw notFound("公开接访", id);
    mayActFor(actor, r.leaderId);
    if (r.status === ReceptionStatus.CANCELLED) return r;
    const refusal = cancelRefusal(r.status, reason);
    if (refusal) throw badInput(refusal);
    const before = snapshot(r);
    Object.assign(r, { status: ReceptionStatus.CANCELLED, cancelReason: reason.trim(), updatedAt: now });
    await em.save(Reception, r);
    await writeAudit(em, actor, {
      action: "reception.cancel",
      entity: "Reception",
      entityId: r.id,
      before,
      after: snapshot(r),
      note: `取消公开接访 ${r.leaderName} ${r.receptionDate}`,
      at: now,
    });
    return r;
  });
}

/** Receptions in a window by date and time; the published schedule leaves out cancelled ones. */
export async function receptionsBetween(
  deps: Pick<LeadershipDeps, "db">,
  from: string,
  to: string,
  published: boolean,
): Promise<Reception[]> {
  refuseIf(scheduleWindowProblems(from, to));
  return reader(deps).find(Reception, {
    where: {
      receptionDate: Between(from, to),
      ...(published ? { status: Not(ReceptionStatus.CANCELLED) } : {}),
    },
    order: { receptionDate: "ASC", startTime: "ASC" },
    take: MAX_PAGE_SIZE,
  });
}

export interface CaseVisitDraft {
  townId: string;
  visitedOn: string;
  caseIds: string[];
  outcome: string;
}

/**
 * A leader records taking cases down to a town (带案下访). The cases must be ones this subgraph
 * follows (from case handling's events). The same leader, town and day twice is a CONFLICT.
 */
export async function recordCaseVisit(deps: LeadershipDeps, d: CaseVisitDraft): Promise<CaseVisit> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  const caseIds = [...new Set(d.caseIds)];
  refuseIf(caseVisitProblems({ ...d, caseIds }, beijingDate(now)));
  return transaction(deps, async (em) => {
    const known = await em.find(ScreenedCase, { where: { caseId: In(caseIds) }, select: { caseId: true } });
    const knownIds = new Set(known.map((c) => c.caseId));
    const missing = caseIds.filter((id) => !knownIds.has(id));
    if (missing.length) throw badInput(`以下案件不存在：${missing.join("、")}`, { missing });
    if (await em.countBy(CaseVisit, { leaderId: actor.id, townId: d.townId, visitedOn: d.visitedOn }))
      throw conflict(`${d.visitedOn} 您到该镇（街道）带案下访已记录`);
    const v = em.create(CaseVisit, {
      id: newId(),
      leaderId: actor.id,
      leaderName: actor.displayName,
      townId: d.townId,
      visitedOn: d.visitedOn,
      caseIds,
      outcome: d.outcome.trim(),
      recordedById: actor.id,
      recordedAt: now,
    });
    await em.insert(CaseVisit, v);
    await writeAudit(em, actor, {
      action: "reception.caseVisit",
      entity: "CaseVisit",
      entityId: v.id,
      after: snapshot(v),
      note: `带案下访 ${d.visitedOn}（${caseIds.length} 件）`,
      at: now,
    });
    return v;
  });
}

/** Case visits, newest first, optionally of one leader or one town. */
export function caseVisits(
  deps: Pick<LeadershipDeps, "db">,
  f: { leaderId?: string | null; townId?: string | null; limit: number },
): Promise<CaseVisit[]> {
  return reader(deps).find(CaseVisit, {
    where: { ...(f.leaderId ? { leaderId: f.leaderId } : {}), ...(f.townId ? { townId: f.townId } : {}) },
    order: { visitedOn: "DESC", recordedAt: "DESC" },
    take: f.limit,
  });
}
