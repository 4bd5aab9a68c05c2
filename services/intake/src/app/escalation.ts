import { badInput, conflict, forbidden, newId, notFound, writeAudit } from "@prp/kit";
import { Escalation } from "../entities/Escalation";
import { EscalationStatus } from "../entities/enums";
import { ReportStatus } from "../domain/enums";
import { HANDED_OVER } from "../domain/triage";
import { mustFindReport, recordStep } from "./report-records";
import { reader, signedInActor, transaction, type IntakeDeps } from "./intake-deps";

/** 紧急事项呈批: an officer sends an urgent item to a leader with a drafted routing opinion. */
export async function escalateReport(
  deps: IntakeDeps,
  input: { reportId: string; leaderId: string; draftOpinion: string },
): Promise<Escalation> {
  const actor = signedInActor(deps);
  if (!input.draftOpinion.trim() || input.draftOpinion.length > 5000)
    throw badInput("请填写拟定分办意见（5000 字以内）");
  // asked before the transaction: a slow or absent directory holds no lock
  const leader = await deps.directory.leader(input.leaderId);
  return transaction(deps, async (em) => {
    const r = await mustFindReport(em, input.reportId);
    if (r.status === ReportStatus.DECIDED || HANDED_OVER.includes(r.status)) throw conflict("该件已审定，无需呈批");
    if (await em.findOneBy(Escalation, { reportId: r.id, status: EscalationStatus.PENDING }))
      throw conflict("该件已呈批，正等待领导批示");
    const now = deps.clock.now();
    const e = em.create(Escalation, {
      id: newId(),
      reportId: r.id,
      draftOpinion: input.draftOpinion.trim(),
      draftedById: actor.id,
      draftedAt: now,
      leaderId: leader.id,
      status: EscalationStatus.PENDING,
      leaderOpinion: null,
      decidedById: null,
      decidedAt: null,
    });
    await em.insert(Escalation, e);
    await recordStep(em, r.id, "ESCALATE", actor, `呈批${leader.displayName}：${e.draftOpinion}`, now);
    await writeAudit(em, actor, {
      action: "report.escalate",
      entity: "Report",
      entityId: r.id,
      note: `呈批 ${leader.displayName}`,
      at: now,
    });
    return e;
  });
}

/**
 * The leader's instruction on an escalation: approve the drafted opinion, or amend it (with an
 * opinion). Only the leader it was sent to decides: another leader, however senior, is refused.
 * The commission head is a LEADER in the directory like the others (there is no head role) and
 * decides the escalations sent to them; an ADMIN keeps the system and does not instruct on cases.
 */
export async function decideEscalation(
  deps: IntakeDeps,
  input: { escalationId: string; approve: boolean; opinion?: string | null },
): Promise<Escalation> {
  const actor = signedInActor(deps);
  const { approve, opinion } = input;
  if (!approve && !opinion?.trim()) throw badInput("修改拟办意见时须填写领导意见");
  if (opinion && opinion.length > 5000) throw badInput("领导意见请控制在 5000 字以内");
  return transaction(deps, async (em) => {
    const e = await em.findOneBy(Escalation, { id: input.escalationId });
    if (!e) throw notFound("呈批件", input.escalationId);
    if (e.leaderId !== actor.id) throw forbidden("该件呈报的是其他领导，只有被呈报的领导可以批示");
    if (e.status !== EscalationStatus.PENDING) throw conflict("该呈批件已批示");
    const now = deps.clock.now();
    e.status = approve ? EscalationStatus.APPROVED : EscalationStatus.AMENDED;
    e.leaderOpinion = opinion?.trim() || null;
    e.decidedById = actor.id;
    e.decidedAt = now;
    await em.save(Escalation, e);
    await recordStep(
      em,
      e.reportId,
      "ESCALATION_DECIDED",
      actor,
      `${approve ? "同意拟办意见" : "修改拟办意见"}${e.leaderOpinion ? `：${e.leaderOpinion}` : ""}`,
      now,
    );
    await writeAudit(em, actor, {
      action: "escalation.decide",
      entity: "Escalation",
      entityId: e.id,
      after: { status: e.status },
      at: now,
    });
    return e;
  });
}

/** The escalations waiting for this leader, oldest first. */
export function pendingEscalationsOf(deps: IntakeDeps): Promise<Escalation[]> {
  const actor = signedInActor(deps);
  return reader(deps).find(Escalation, {
    where: { leaderId: actor.id, status: EscalationStatus.PENDING },
    order: { draftedAt: "ASC" },
  });
}
