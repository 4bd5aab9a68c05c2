import { In, type EntityManager } from "typeorm";
import { ReportReopened, ReportRouted } from "@prp/contracts";
import { badInput, beijingDate, conflict, notFound, publish, writeAudit } from "@prp/kit";
import { Report } from "../entities/Report";
import { ReportSubject } from "../entities/ReportSubject";
import { Disposition, Scope, TriageStep } from "../domain/enums";
import {
  applyStep,
  reopen,
  type CheckPayload,
  type ConsultPayload,
  type DecidePayload,
  type DistinguishPayload,
  type StepPayloads,
  type TriageState,
} from "../domain/triage";
import { gradeHint } from "../domain/routing";
import { acceptanceNoticeDue } from "../domain/deadlines";
import { CHECK_FLAG_LABELS, DISPOSITION_LABELS, SCOPE_LABELS } from "../domain/labels";
import { mustFindReport, recordStep, setTriage, updateReport } from "./report-records";
import { reader, signedInActor, transaction, type IntakeDeps } from "./intake-deps";

/**
 * 辨查商定: one use case per step. Each runs the pure step machine on the stored state inside
 * one transaction, stores the new state (and the columns projected from it), and writes the
 * step record and the audit row; the decision also writes its ReportRouted event.
 */
async function runStep<S extends TriageStep>(
  deps: IntakeDeps,
  id: string,
  step: S,
  payload: StepPayloads[S],
  summary: (state: TriageState) => string,
  after?: (em: EntityManager, report: Report, state: TriageState) => Promise<void>,
): Promise<Report> {
  const actor = signedInActor(deps);
  return transaction(deps, async (em) => {
    const r = await mustFindReport(em, id);
    const now = deps.clock.now();
    const before = r.triage;
    const state = applyStep(before, step, actor.roles, payload, { now });
    setTriage(r, state);
    r.updatedAt = now;
    if (after) await after(em, r, state);
    await updateReport(em, r, ["updatedAt", "acceptanceDueDate"]);
    const text = summary(state);
    await recordStep(em, r.id, step, actor, text, now);
    await writeAudit(em, actor, {
      action: `report.${step.toLowerCase()}`,
      entity: "Report",
      entityId: r.id,
      before: { status: before.status },
      after: { status: state.status },
      note: text,
      at: now,
    });
    return r;
  });
}

/** 辨: inside or outside the commission's remit; outside names the competent department. */
export async function distinguishReport(deps: IntakeDeps, id: string, input: DistinguishPayload): Promise<Report> {
  if (input.scope === Scope.OUT_OF_SCOPE && input.competentDepartmentId) {
    const dept = await deps.directory.department(input.competentDepartmentId);
    if (dept.kind !== "COMPETENT_DEPARTMENT") throw badInput(`“${dept.name}”不是主管部门`);
  }
  return runStep(
    deps,
    id,
    TriageStep.DISTINGUISH,
    input,
    (s) => `${SCOPE_LABELS[s.distinguish!.scope]}${s.distinguish!.note ? `：${s.distinguish!.note}` : ""}`,
  );
}

/** 查: the officer confirms the flags (贴牌, no substance, repeat, not acceptable) with the reports they link to. */
export async function checkReport(deps: IntakeDeps, id: string, input: CheckPayload): Promise<Report> {
  const linked = [...(input.repeatOf ?? []), ...(input.templatedWith ?? [])];
  if (linked.includes(id)) throw badInput("不能把本件标记为自身的重复件或相似件");
  if (linked.length) {
    const found = await reader(deps).countBy(Report, { id: In(linked) });
    if (found !== new Set(linked).size) throw notFound("关联的信访举报件");
  }
  const calendar = await deps.directory.calendar();
  return runStep(
    deps,
    id,
    TriageStep.CHECK,
    input,
    (s) =>
      s.check!.flags.length ? s.check!.flags.map((f) => CHECK_FLAG_LABELS[f]).join("、") : "未发现贴牌、重复等情形",
    async (_em, r) => {
      // a repeat report gets no second acceptance notice (only the first report of a matter does)
      if (r.isRepeat) r.acceptanceDueDate = null;
      else if (!r.acceptanceDueDate && r.realName)
        r.acceptanceDueDate =
          acceptanceNoticeDue(calendar, r.receivedAt, { realName: true, isRepeat: false })?.dueDate ?? null;
    },
  );
}

/** 商: collective consultation of a difficult report (optional step). */
export function consultReport(deps: IntakeDeps, id: string, input: ConsultPayload): Promise<Report> {
  return runStep(
    deps,
    id,
    TriageStep.CONSULT,
    input,
    (s) => `集体会商（${s.consult!.participants.join("、")}）：${s.consult!.minutes.slice(0, 200)}`,
  );
}

/**
 * 定: the leader decides the disposition. A transfer to a competent department is copied to the
 * office or group the directory names for it (双向移交). The ReportRouted event is written in the
 * same transaction as the decision.
 */
export async function decideReport(
  deps: IntakeDeps,
  id: string,
  input: Omit<DecidePayload, "copyToDepartmentId">,
): Promise<Report> {
  const actor = signedInActor(deps);
  // a transfer goes by default to the competent department named at 辨
  const handlingId =
    input.handlingDepartmentId ??
    (input.disposition === Disposition.TRANSFER_TO_DEPARTMENT
      ? (await mustFindReport(reader(deps), id)).competentDepartmentId
      : null);
  // Look-ups in the directory happen before the transaction: a slow or absent directory holds no lock.
  let copyTo: { copyToId: string; copyToName: string } | null = null;
  if (input.disposition === Disposition.TRANSFER_TO_DEPARTMENT && handlingId) {
    copyTo = await deps.directory.copyTo(handlingId, beijingDate(deps.clock.now()));
  } else if (handlingId) {
    await deps.directory.department(handlingId);
  }
  const payload: DecidePayload = { ...input, copyToDepartmentId: copyTo?.copyToId ?? null };
  const summary = (s: TriageState) =>
    `${DISPOSITION_LABELS[s.decision!.disposition]}${copyTo ? `，抄送${copyTo.copyToName}` : ""}${s.decision!.opinion ? `；意见：${s.decision!.opinion}` : ""}`;
  return runStep(deps, id, TriageStep.DECIDE, payload, summary, async (em, r, s) => {
    const d = s.decision!;
    if (d.disposition === Disposition.TRANSFER_TO_DEPARTMENT && d.handlingDepartmentId !== handlingId) {
      throw conflict("承办的主管部门在审定过程中发生变化，请刷新后重试");
    }
    const subjectCount = await em.countBy(ReportSubject, { reportId: r.id });
    await publish(
      em,
      ReportRouted,
      {
        reportId: r.id,
        serial: r.serial,
        disposition: d.disposition,
        handlingDepartmentId: d.handlingDepartmentId,
        copyToDepartmentId: r.copyToDepartmentId,
        dueDate: d.dueDate,
        gradeHint: gradeHint({
          origin: r.origin,
          flags: s.check?.flags ?? [],
          consulted: !!s.consult,
          disposition: d.disposition,
          subjectCount,
        }),
        realName: r.realName,
        decidedAt: r.decidedAt!.toISOString(),
        decidedBy: actor.id,
        origin: r.origin,
        forwardingAuthority: r.forwardingAuthority,
        townId: r.townId,
        receivedAt: r.receivedAt.toISOString(),
        repeatOf: s.check?.repeatOf ?? [],
        // a collective visit is a collective report too: its visitors count as co-signers
        coSigners: Math.max(r.coSigners ?? 0, r.channelDetails.visitorCount ?? 0),
        authorityDueDate: r.authorityDueDate ?? null,
      },
      r.decidedAt!,
    );
  });
}

/** A leader withdraws a decision and sends the report back to a step (default: 定), with a reason. */
export function reopenReport(
  deps: IntakeDeps,
  id: string,
  reason: string,
  redoFrom: TriageStep = TriageStep.DECIDE,
): Promise<Report> {
  const actor = signedInActor(deps);
  return transaction(deps, async (em) => {
    const r = await mustFindReport(em, id);
    const now = deps.clock.now();
    const before = r.triage;
    const state = reopen(before, actor.roles, reason, redoFrom);
    setTriage(r, state);
    r.updatedAt = now;
    await updateReport(em, r, ["updatedAt"]);
    await publish(em, ReportReopened, { reportId: r.id, serial: r.serial, reason: reason.trim() }, now);
    await recordStep(em, r.id, "REOPEN", actor, `重新打开：${reason.trim()}`, now);
    await writeAudit(em, actor, {
      action: "report.reopen",
      entity: "Report",
      entityId: r.id,
      before: { status: before.status },
      after: { status: state.status },
      note: reason.trim(),
      at: now,
    });
    return r;
  });
}
