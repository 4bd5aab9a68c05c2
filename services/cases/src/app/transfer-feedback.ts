import { In, type EntityManager } from "typeorm";
import { TransferOverdue } from "@prp/contracts";
import { conflict, newId, publish, writeAudit, type AuthUser } from "@prp/kit";
import { beijingDate } from "@prp/kit/core";
import { Transfer } from "../entities/Transfer";
import { TransferFeedback } from "../entities/TransferFeedback";
import { SupervisionAction } from "../entities/SupervisionAction";
import { TransferOverdueNotice } from "../entities/TransferOverdueNotice";
import { TransferStatus } from "../domain/enums";
import { transferVisibility } from "../domain/access";
import {
  checkMayRecordFeedback,
  checkMaySupervise,
  overdueByDepartment,
  SUPERVISION_MODE_LABELS,
  SUPERVISION_RESPONSE_WORKING_DAYS,
  supervisionRecord,
  supervisionStatus,
  transferFeedbackRecord,
  type AttachmentMeta,
  type DepartmentOverdue,
  type SupervisionMode,
  type SupervisionStatus,
} from "../domain/transfer-supervision";
import { visibleTransfer } from "./case-queries";
import { reader, signedInActor, transaction, type CasesDeps } from "./cases-deps";

/**
 * 双向移交、单向反馈: the competent department's liaison records its feedback (only for its own
 * department's transfers), the office holding the copy supervises a slow one (提醒、发函、现场),
 * and overdue transfers are listed by department and announced once (TransferOverdue).
 */

const transferActor = (u: AuthUser) => ({ roles: u.roles, departmentId: u.departmentId ?? null });
const actorName = (u: AuthUser) => u.displayName || u.username;
/** A retry may come this long after the first attempt. */
const RETRY_WINDOW_MS = 10 * 60_000;

async function mustFindOpenTransfer(em: EntityManager, id: string, actor: AuthUser): Promise<Transfer> {
  const t = await visibleTransfer({ db: em }, actor, id);
  if (t.status === TransferStatus.WITHDRAWN) throw conflict("该移交事项已因分办决定撤回，不能再反馈或督办");
  return t;
}

export interface TransferFeedbackInput {
  content: string;
  attachments?: AttachmentMeta[] | null;
  /** When the department gave it (default now). */
  at?: Date | null;
}

/** 单向反馈 by a LIAISON user of the competent department; once per transfer (a retry of the same returns it). */
export function recordTransferFeedback(
  deps: CasesDeps,
  transferId: string,
  input: TransferFeedbackInput,
): Promise<TransferFeedback> {
  const actor = signedInActor(deps);
  return transaction(deps, async (em) => {
    const t = await visibleTransfer({ db: em }, actor, transferId).catch((err) => {
      // another department's liaison does not see it at all: say FORBIDDEN, as for recording
      if (err?.code === "FORBIDDEN") checkMayRecordFeedback(transferActor(actor), { departmentId: "" });
      throw err;
    });
    checkMayRecordFeedback(transferActor(actor), { departmentId: t.competentDepartmentId ?? "" });
    if (t.status === TransferStatus.WITHDRAWN) throw conflict("该移交事项已因分办决定撤回，无需反馈");
    const now = deps.clock.now();
    const existing = await em.findOneBy(TransferFeedback, { transferId });
    if (existing && existing.byId === actor.id && existing.content === input.content.trim()) return existing;
    const r = transferFeedbackRecord(
      { transferredAt: t.openedAt, feedbackAt: existing?.at ?? null },
      { ...input, at: input.at ?? now, by: actor.id },
      now,
    );
    const row: TransferFeedback = {
      transferId,
      content: r.content,
      attachments: r.attachments,
      at: r.at,
      byId: actor.id,
      byName: actorName(actor),
      recordedAt: now,
    };
    await em.insert(TransferFeedback, row);
    await writeAudit(em, actor, {
      action: "transfer.feedback",
      entity: "Transfer",
      entityId: t.id,
      after: { feedbackAt: r.at.toISOString(), attachments: r.attachments.length },
      note: r.content.slice(0, 200),
      at: now,
    });
    return row;
  });
}

export interface SuperviseInput {
  mode: SupervisionMode;
  note: string;
  at?: Date | null;
}

/** A supervision action by the office holding the copy, the petition office or a leader. */
export function superviseTransfer(
  deps: CasesDeps,
  transferId: string,
  input: SuperviseInput,
): Promise<SupervisionAction> {
  const actor = signedInActor(deps);
  return transaction(deps, async (em) => {
    const t = await mustFindOpenTransfer(em, transferId, actor);
    checkMaySupervise(transferActor(actor), t);
    const now = deps.clock.now();
    const previous = await em.findBy(SupervisionAction, { transferId });
    const again = previous.find(
      (a) =>
        a.byId === actor.id &&
        a.mode === input.mode &&
        a.note === input.note.trim() &&
        (input.at ? a.at.getTime() === input.at.getTime() : now.getTime() - a.at.getTime() <= RETRY_WINDOW_MS),
    );
    if (again) return again;
    const feedback = await em.findOneBy(TransferFeedback, { transferId });
    const r = supervisionRecord(
      { transferredAt: t.openedAt, feedbackDueDate: t.dueDate, feedbackAt: feedback?.at ?? null, actions: previous },
      { ...input, at: input.at ?? now, by: actor.id },
      now,
    );
    const row: SupervisionAction = {
      id: newId(),
      transferId,
      mode: r.mode,
      at: r.at,
      byId: actor.id,
      byName: actorName(actor),
      note: r.note,
    };
    await em.insert(SupervisionAction, row);
    await writeAudit(em, actor, {
      action: "transfer.supervise",
      entity: "Transfer",
      entityId: t.id,
      after: { mode: r.mode },
      note: `${SUPERVISION_MODE_LABELS[r.mode]}：${r.note.slice(0, 200)}`,
      at: now,
    });
    return row;
  });
}

/** Where supervision of a transfer stands now (due dates, overdue, the next mode suggested). */
export async function transferStatus(
  deps: CasesDeps,
  t: Transfer,
  feedback: TransferFeedback | null,
  actions: readonly SupervisionAction[],
): Promise<SupervisionStatus> {
  const calendar = await deps.directory.calendar();
  return supervisionStatus(
    calendar,
    { transferredAt: t.openedAt, feedbackDueDate: t.dueDate, feedbackAt: feedback?.at ?? null, actions },
    deps.clock.now(),
    deps.settings.supervisionResponseWorkingDays ?? SUPERVISION_RESPONSE_WORKING_DAYS,
  );
}

/** Open transfers the actor may see whose feedback is overdue, grouped by competent department. */
export async function overdueTransfersByDepartment(
  deps: CasesDeps,
  actor: AuthUser,
): Promise<{ groups: DepartmentOverdue[]; transfers: Map<string, Transfer> }> {
  const em = reader(deps);
  const today = beijingDate(deps.clock.now());
  const qb = em
    .createQueryBuilder(Transfer, "t")
    .where("t.status = :open", { open: TransferStatus.OPEN })
    .andWhere("t.dueDate < :today", { today });
  const v = transferVisibility(actor.roles, actor.departmentId ?? null);
  if (!v.all) {
    if (!v.competentDepartmentId && !v.copyToDepartmentId) return { groups: [], transfers: new Map() };
    qb.andWhere("(t.competentDepartmentId = :mine OR t.copyToDepartmentId = :copy)", {
      mine: v.competentDepartmentId ?? "-",
      copy: v.copyToDepartmentId ?? "-",
    });
  }
  const open = await qb.getMany();
  const ids = open.map((t) => t.id);
  const feedback = ids.length ? await em.findBy(TransferFeedback, { transferId: In(ids) }) : [];
  const actions = ids.length ? await em.findBy(SupervisionAction, { transferId: In(ids) }) : [];
  const fedBack = new Map(feedback.map((f) => [f.transferId, f.at]));
  const rows = open.map((t) => ({
    id: t.id,
    departmentId: t.competentDepartmentId ?? "",
    transferredAt: t.openedAt,
    feedbackDueDate: t.dueDate,
    feedbackAt: fedBack.get(t.id) ?? null,
    actions: actions.filter((a) => a.transferId === t.id),
  }));
  const calendar = await deps.directory.calendar();
  const groups = overdueByDepartment(
    calendar,
    rows,
    deps.clock.now(),
    deps.settings.supervisionResponseWorkingDays ?? SUPERVISION_RESPONSE_WORKING_DAYS,
  );
  return { groups, transfers: new Map(open.map((t) => [t.id, t])) };
}

/**
 * Announces every open transfer whose feedback due date has passed without feedback, once per
 * transfer and due date (TransferOverdue): the notice row's key keeps a second replica or a
 * second run from announcing it again. Runs inside the scheduled screening's transaction.
 */
export async function announceOverdueTransfers(em: EntityManager, now: Date): Promise<number> {
  const today = beijingDate(now);
  const candidates = await em
    .createQueryBuilder(Transfer, "t")
    .where("t.status = :open AND t.dueDate < :today", { open: TransferStatus.OPEN, today })
    .andWhere("NOT EXISTS (SELECT 1 FROM transfer_feedback f WHERE f.transferId = t.id)")
    .andWhere(
      "NOT EXISTS (SELECT 1 FROM transfer_overdue_notice n WHERE n.transferId = t.id AND n.dueDate = t.dueDate)",
    )
    .getMany();
  for (const t of candidates) {
    await em.insert(TransferOverdueNotice, { transferId: t.id, dueDate: t.dueDate, at: now });
    await publish(
      em,
      TransferOverdue,
      {
        transferId: t.id,
        reportId: t.reportId,
        serial: t.serial,
        competentDepartmentId: t.competentDepartmentId,
        copyToDepartmentId: t.copyToDepartmentId,
        dueDate: t.dueDate,
        at: now.toISOString(),
      },
      now,
    );
  }
  return candidates.length;
}
