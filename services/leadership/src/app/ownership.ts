import type { EntityManager } from "typeorm";
import { OwnershipClaimed, OwnershipConcluded, OwnershipReleased, OwnershipTransferred } from "@prp/contracts";
import {
  AppError,
  ErrorCode,
  Role,
  conflict,
  forbidden,
  isAppError,
  newId,
  notFound,
  publish,
  refuseIf,
  snapshot,
  writeAudit,
} from "@prp/kit";
import { ActiveOwnership } from "../entities/ActiveOwnership";
import { Ownership } from "../entities/Ownership";
import { ScreenedCase } from "../entities/ScreenedCase";
import { OwnershipStatus, type ScreeningReason } from "../domain/enums";
import { claimProblems, claimRefusal, endReasonProblems, isCommissionHead } from "../domain/ownership";
import { reasonsText } from "../domain/screening";
import { rescreen } from "./screening";
import { reader, signedInActor, transaction, type LeadershipDeps } from "./leadership-deps";

/** The conflict a claim meets when the case has an owner: it names the owner. */
function ownedBy(a: ActiveOwnership): AppError {
  return conflict(`该案件已由${a.leaderName}包案，不能重复包案`, { ownerId: a.leaderId, ownershipId: a.ownershipId });
}

async function followedCase(em: EntityManager, caseId: string): Promise<ScreenedCase> {
  const c = await em.findOneBy(ScreenedCase, { caseId });
  if (!c) throw notFound("案件", caseId);
  return c;
}

async function setOwned(em: EntityManager, c: ScreenedCase, owned: boolean, at: Date): Promise<void> {
  c.owned = owned;
  rescreen(c, at);
  await em.update(
    ScreenedCase,
    { caseId: c.caseId },
    {
      owned: c.owned,
      candidate: c.candidate,
      reasons: c.reasons,
      candidateSince: c.candidateSince,
      updatedAt: c.updatedAt,
    },
  );
}

export interface ClaimDraft {
  caseId: string;
  reasons: ScreeningReason[];
  note?: string | null;
}

/**
 * A leader claims a case (包案). Exactly one active owner per case: the claim inserts the case's
 * row of `active_ownership` (its primary key is the case) first in its transaction, so of claims
 * arriving together, through one process or several, one commits and every other fails on the
 * unique constraint and is answered CONFLICT naming the owner.
 */
export async function claimCase(deps: LeadershipDeps, d: ClaimDraft): Promise<Ownership> {
  const actor = signedInActor(deps);
  if (!actor.roles.includes(Role.LEADER)) throw forbidden("只有委领导可以包案");
  refuseIf(claimProblems(d.reasons, d.note));
  const c = await followedCase(reader(deps), d.caseId);
  const refusal = claimRefusal(c.stage, c.dissatisfied);
  if (refusal) throw conflict(refusal);
  const current = await reader(deps).findOneBy(ActiveOwnership, { caseId: d.caseId });
  if (current) throw ownedBy(current);
  const now = deps.clock.now();
  try {
    return await transaction(deps, async (em) => {
      const o = em.create(Ownership, {
        id: newId(),
        caseId: c.caseId,
        reportId: c.reportId,
        serial: c.serial,
        leaderId: actor.id,
        leaderName: actor.displayName,
        status: OwnershipStatus.ACTIVE,
        reasons: d.reasons,
        note: d.note?.trim() || null,
        claimedAt: now,
        targetDate: null,
        endedAt: null,
        endReason: null,
        endedById: null,
        transferredFromId: null,
      });
      // first write of the transaction: the database decides who wins
      await em.insert(ActiveOwnership, {
        caseId: c.caseId,
        ownershipId: o.id,
        leaderId: actor.id,
        leaderName: actor.displayName,
        since: now,
      });
      await em.insert(Ownership, o);
      await setOwned(em, c, true, now);
      await writeAudit(em, actor, {
        action: "ownership.claim",
        entity: "Ownership",
        entityId: o.id,
        after: snapshot(o),
        note: `包案 ${c.serial}（${reasonsText(d.reasons)}）`,
        at: now,
      });
      await publish(
        em,
        OwnershipClaimed,
        {
          ownershipId: o.id,
          caseId: c.caseId,
          reportId: c.reportId,
          serial: c.serial,
          leaderId: actor.id,
          reasons: d.reasons,
          at: now.toISOString(),
        },
        now,
      );
      return o;
    });
  } catch (err) {
    if (isAppError(err, ErrorCode.CONFLICT)) {
      const winner = await reader(deps).findOneBy(ActiveOwnership, { caseId: d.caseId });
      if (winner) throw ownedBy(winner);
    }
    throw err;
  }
}

/** Ends the active ownership of a case, in the caller's transaction. */
async function endActive(
  em: EntityManager,
  active: ActiveOwnership,
  status: OwnershipStatus,
  at: Date,
  reason: string | null,
  by: string | null,
): Promise<Ownership> {
  const o = await em.findOneByOrFail(Ownership, { id: active.ownershipId });
  await em.delete(ActiveOwnership, { caseId: active.caseId, ownershipId: active.ownershipId });
  Object.assign(o, { status, endedAt: at, endReason: reason, endedById: by });
  await em.update(Ownership, { id: o.id }, { status, endedAt: at, endReason: reason, endedById: by });
  return o;
}

/** The owner gives the case up (退出包案), with a reason; the case returns to the queue if it still has reasons. */
export async function releaseCase(deps: LeadershipDeps, caseId: string, reason: string): Promise<Ownership> {
  const actor = signedInActor(deps);
  refuseIf(endReasonProblems(reason));
  return transaction(deps, async (em) => {
    const now = deps.clock.now();
    const active = await em.findOneBy(ActiveOwnership, { caseId });
    if (!active) throw conflict("该案件当前没有包案领导，无需退出");
    if (active.leaderId !== actor.id) throw forbidden(`该案件由${active.leaderName}包案，只有包案领导本人可以退出`);
    const o = await endActive(em, active, OwnershipStatus.RELEASED, now, reason.trim(), actor.id);
    const c = await em.findOneBy(ScreenedCase, { caseId });
    if (c) await setOwned(em, c, false, now);
    await writeAudit(em, actor, {
      action: "ownership.release",
      entity: "Ownership",
      entityId: o.id,
      before: { status: OwnershipStatus.ACTIVE },
      after: { status: o.status },
      note: `退出包案 ${o.serial}：${reason.trim()}`,
      at: now,
    });
    await publish(
      em,
      OwnershipReleased,
      {
        ownershipId: o.id,
        caseId,
        reportId: o.reportId,
        serial: o.serial,
        leaderId: o.leaderId,
        reason: reason.trim(),
        at: now.toISOString(),
      },
      now,
    );
    return o;
  });
}

/** The commission head moves a case's ownership to another leader (改由其他领导包案), with a reason. */
export async function transferOwnership(
  deps: LeadershipDeps,
  caseId: string,
  toLeaderId: string,
  reason: string,
): Promise<Ownership> {
  const actor = signedInActor(deps);
  if (!isCommissionHead(actor, deps.settings.commissionHead)) throw forbidden("只有委主要负责人可以调整包案领导");
  refuseIf(endReasonProblems(reason, "调整包案领导"));
  const to = await deps.directory.person(toLeaderId);
  if (!to.active || !to.roles.includes(Role.LEADER)) throw conflict(`${to.displayName}不是在职的委领导，不能包案`);
  return transaction(deps, async (em) => {
    const now = deps.clock.now();
    const active = await em.findOneBy(ActiveOwnership, { caseId });
    if (!active) throw conflict("该案件当前没有包案领导，请由领导直接包案");
    if (active.leaderId === to.id) throw conflict(`该案件已由${to.displayName}包案`);
    const from = await endActive(em, active, OwnershipStatus.TRANSFERRED, now, reason.trim(), actor.id);
    const o = em.create(Ownership, {
      id: newId(),
      caseId,
      reportId: from.reportId,
      serial: from.serial,
      leaderId: to.id,
      leaderName: to.displayName,
      status: OwnershipStatus.ACTIVE,
      reasons: from.reasons,
      note: from.note,
      claimedAt: now,
      targetDate: from.targetDate,
      endedAt: null,
      endReason: null,
      endedById: null,
      transferredFromId: from.id,
    });
    await em.insert(ActiveOwnership, {
      caseId,
      ownershipId: o.id,
      leaderId: to.id,
      leaderName: to.displayName,
      since: now,
    });
    await em.insert(Ownership, o);
    await writeAudit(em, actor, {
      action: "ownership.transfer",
      entity: "Ownership",
      entityId: o.id,
      before: { ownershipId: from.id, leaderId: from.leaderId },
      after: { ownershipId: o.id, leaderId: o.leaderId },
      note: `${o.serial} 改由${to.displayName}包案（原包案领导${from.leaderName}）：${reason.trim()}`,
      at: now,
    });
    await publish(
      em,
      OwnershipTransferred,
      {
        fromOwnershipId: from.id,
        toOwnershipId: o.id,
        caseId,
        reportId: o.reportId,
        serial: o.serial,
        fromLeaderId: from.leaderId,
        toLeaderId: o.leaderId,
        reason: reason.trim(),
        by: actor.id,
        at: now.toISOString(),
      },
      now,
    );
    return o;
  });
}

/** The case concluded or closed (from case handling's events): its active ownership ends CONCLUDED. */
export async function concludeOwnership(em: EntityManager, caseId: string, at: Date, why: string): Promise<void> {
  const active = await em.findOneBy(ActiveOwnership, { caseId });
  if (!active) return;
  const o = await endActive(em, active, OwnershipStatus.CONCLUDED, at, why, null);
  await writeAudit(em, null, {
    action: "ownership.conclude",
    entity: "Ownership",
    entityId: o.id,
    before: { status: OwnershipStatus.ACTIVE },
    after: { status: o.status },
    note: `${o.serial} ${why}，包案结束`,
    at,
  });
  await publish(
    em,
    OwnershipConcluded,
    {
      ownershipId: o.id,
      caseId,
      reportId: o.reportId,
      serial: o.serial,
      leaderId: o.leaderId,
      at: at.toISOString(),
    },
    at,
  );
}
