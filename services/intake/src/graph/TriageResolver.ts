import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import {
  AppError, ErrorCode, Role, badInput, beijingDate, conflict, inTransaction, newId, notFound, publishEvent, writeAudit,
  type SubgraphContext,
} from "@prp/kit";
import type { EntityManager } from "typeorm";
import { Report } from "../entities/Report";
import { Escalation } from "../entities/Escalation";
import { CheckFlag, Disposition, EscalationStatus, ReportStatus, Scope, TriageStep } from "../entities/enums";
import { applyStep, reopen, type StepPayloads, type TriageState } from "../domain/triage";
import { gradeHint } from "../domain/routing";
import { CHECK_FLAG_LABELS, DISPOSITION_LABELS, SCOPE_LABELS } from "../domain/labels";
import { acceptanceNoticeDue } from "../domain/deadlines";
import { CheckInput, ConsultInput, DecideInput, DistinguishInput } from "./inputs";
import { asAppError, mustFindReport, parseState, recordStep } from "./reports";
import { calendar, lookupCopyTo, lookupDepartment, lookupLeader } from "./directory-client";
import { ReportSubject } from "../entities/ReportSubject";

/** The event case handling consumes to open a case (see ARCHITECTURE.md, transactional outbox). */
export const REPORT_ROUTED = "ReportRouted";

/** Applies one 辨查商定 step through the pure step machine, then persists state, step and audit row. */
async function runStep<S extends TriageStep>(
  ctx: SubgraphContext,
  id: string,
  step: S,
  payload: StepPayloads[S],
  summary: (state: TriageState) => string,
  after?: (em: EntityManager, report: Report, state: TriageState) => Promise<void>,
): Promise<Report> {
  return inTransaction(ctx.db, async (em) => {
    const r = await mustFindReport(em, id);
    const before = parseState(r);
    let state: TriageState;
    try {
      state = applyStep(before, step, ctx.user!.roles, payload, { now: new Date() });
    } catch (err) {
      asAppError(err);
    }
    r.triage = JSON.stringify(state);
    r.status = state.status;
    r.updatedAt = new Date();
    if (after) await after(em, r, state);
    await em.save(Report, r);
    const text = summary(state);
    await recordStep(em, r.id, step, ctx.user, text);
    await writeAudit(em, ctx.user, { action: `report.${step.toLowerCase()}`, entity: "Report", entityId: r.id, before: { status: before.status }, after: { status: state.status }, note: text });
    return r;
  });
}

@Resolver()
export class TriageResolver {
  @Authorized(Role.PETITION_OFFICER, Role.LEADER)
  @Mutation(() => Report, { description: "辨：明辨研判业务范围内外" })
  async distinguishReport(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("input", () => DistinguishInput) input: DistinguishInput): Promise<Report> {
    if (input.scope === Scope.OUT_OF_SCOPE && input.competentDepartmentId) {
      const dept = await lookupDepartment(input.competentDepartmentId);
      if (dept.kind !== "COMPETENT_DEPARTMENT") throw badInput(`“${dept.name}”不是主管部门`);
    }
    return runStep(ctx, id, TriageStep.DISTINGUISH, input, (s) => `${SCOPE_LABELS[s.distinguish!.scope]}${s.distinguish!.note ? `：${s.distinguish!.note}` : ""}`, async (_em, r, s) => {
      r.scope = s.distinguish!.scope;
      r.competentDepartmentId = s.distinguish!.competentDepartmentId;
    });
  }

  @Authorized(Role.PETITION_OFFICER, Role.LEADER)
  @Mutation(() => Report, { description: "查：确认贴牌、无实质内容、重复举报、不予受理等标记" })
  async checkReport(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("input", () => CheckInput) input: CheckInput): Promise<Report> {
    const linked = [...(input.repeatOf ?? []), ...(input.templatedWith ?? [])];
    if (linked.includes(id)) throw badInput("不能把本件标记为自身的重复件或相似件");
    if (linked.length) {
      const found = await ctx.db.getRepository(Report).count({ where: linked.map((x) => ({ id: x })) });
      if (found !== new Set(linked).size) throw notFound("关联的信访举报件");
    }
    const payload = { ...input, repeatOf: input.repeatOf ?? undefined, templatedWith: input.templatedWith ?? undefined };
    return runStep(ctx, id, TriageStep.CHECK, payload, (s) => (s.check!.flags.length ? s.check!.flags.map((f) => CHECK_FLAG_LABELS[f]).join("、") : "未发现贴牌、重复等情形"), async (_em, r, s) => {
      r.flags = s.check!.flags.join(",");
      r.isRepeat = s.check!.flags.includes(CheckFlag.REPEAT);
      // a repeat report gets no second acceptance notice (only the first report of a matter does)
      if (r.isRepeat) r.acceptanceDueDate = null;
      else if (!r.acceptanceDueDate && r.realName) r.acceptanceDueDate = acceptanceNoticeDue(await calendar.get(), r.receivedAt, { realName: true, isRepeat: false })?.dueDate ?? null;
    });
  }

  @Authorized(Role.PETITION_OFFICER, Role.LEADER)
  @Mutation(() => Report, { description: "商：疑难复杂件集体会商（可选步骤）" })
  consultReport(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("input", () => ConsultInput) input: ConsultInput): Promise<Report> {
    return runStep(ctx, id, TriageStep.CONSULT, input, (s) => `集体会商（${s.consult!.participants.join("、")}）：${s.consult!.minutes.slice(0, 200)}`);
  }

  @Authorized(Role.LEADER)
  @Mutation(() => Report, { description: "定：领导审定处置方式；分办事件与决定同时写入" })
  async decideReport(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("input", () => DecideInput) input: DecideInput): Promise<Report> {
    const current = await mustFindReport(ctx.db.manager, id);
    const handlingId = input.handlingDepartmentId ?? (input.disposition === Disposition.TRANSFER_TO_DEPARTMENT ? current.competentDepartmentId : null);
    // Look-ups in the directory happen before the transaction: a slow or absent directory holds no lock.
    let copyTo: { copyToId: string; copyToName: string } | null = null;
    if (input.disposition === Disposition.TRANSFER_TO_DEPARTMENT && handlingId) {
      copyTo = await lookupCopyTo(handlingId, beijingDate(new Date()));
    } else if (handlingId) {
      await lookupDepartment(handlingId);
    }
    return runStep(ctx, id, TriageStep.DECIDE, input, (s) => `${DISPOSITION_LABELS[s.decision!.disposition]}${copyTo ? `，抄送${copyTo.copyToName}` : ""}${s.decision!.opinion ? `；意见：${s.decision!.opinion}` : ""}`, async (em, r, s) => {
      const d = s.decision!;
      if (d.disposition === Disposition.TRANSFER_TO_DEPARTMENT && d.handlingDepartmentId !== handlingId) {
        throw new AppError(ErrorCode.CONFLICT, "承办的主管部门在审定过程中发生变化，请刷新后重试");
      }
      r.disposition = d.disposition;
      r.handlingDepartmentId = d.handlingDepartmentId;
      r.copyToDepartmentId = copyTo?.copyToId ?? null;
      r.decisionDueDate = d.dueDate;
      r.decidedAt = new Date();
      const subjectCount = await em.countBy(ReportSubject, { reportId: r.id });
      await publishEvent(em, REPORT_ROUTED, {
        reportId: r.id,
        serial: r.serial,
        disposition: d.disposition,
        handlingDepartmentId: d.handlingDepartmentId,
        copyToDepartmentId: r.copyToDepartmentId,
        dueDate: d.dueDate,
        gradeHint: gradeHint({ origin: r.origin, flags: s.check?.flags ?? [], consulted: !!s.consult, disposition: d.disposition, subjectCount }),
        realName: r.realName,
        decidedAt: r.decidedAt.toISOString(),
        decidedBy: ctx.user!.id,
      });
    });
  }

  @Authorized(Role.LEADER)
  @Mutation(() => Report, { description: "领导重新打开已审定的件（须说明理由）" })
  reopenReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason") reason: string,
    @Arg("redoFrom", () => TriageStep, { nullable: true, description: "从哪一步重做，默认“定”" }) redoFrom?: TriageStep,
  ): Promise<Report> {
    return inTransaction(ctx.db, async (em) => {
      const r = await mustFindReport(em, id);
      const before = parseState(r);
      let state: TriageState;
      try {
        state = reopen(before, ctx.user!.roles, reason, redoFrom ?? TriageStep.DECIDE);
      } catch (err) {
        asAppError(err);
      }
      r.triage = JSON.stringify(state);
      r.status = state.status;
      r.disposition = null;
      r.handlingDepartmentId = null;
      r.copyToDepartmentId = null;
      r.decisionDueDate = null;
      r.decidedAt = null;
      if (!state.distinguish) { r.scope = null; r.competentDepartmentId = null; }
      if (!state.check) { r.flags = ""; r.isRepeat = false; }
      r.updatedAt = new Date();
      await em.save(Report, r);
      await publishEvent(em, "ReportReopened", { reportId: r.id, serial: r.serial, reason: reason.trim() });
      await recordStep(em, r.id, "REOPEN", ctx.user, `重新打开：${reason.trim()}`);
      await writeAudit(em, ctx.user, { action: "report.reopen", entity: "Report", entityId: r.id, before: { status: before.status }, after: { status: state.status }, note: reason.trim() });
      return r;
    });
  }

  @Authorized(Role.PETITION_OFFICER)
  @Mutation(() => Escalation, { description: "紧急事项呈批：拟定分办意见，报送领导" })
  async escalateReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("leaderId", () => ID) leaderId: string,
    @Arg("draftOpinion") draftOpinion: string,
  ): Promise<Escalation> {
    if (!draftOpinion.trim() || draftOpinion.length > 5000) throw badInput("请填写拟定分办意见（5000 字以内）");
    const leader = await lookupLeader(leaderId);
    return inTransaction(ctx.db, async (em) => {
      const r = await mustFindReport(em, id);
      if (r.status === ReportStatus.DECIDED || r.status === ReportStatus.ROUTED) throw conflict("该件已审定，无需呈批");
      if (await em.findOneBy(Escalation, { reportId: id, status: EscalationStatus.PENDING })) throw conflict("该件已呈批，正等待领导批示");
      const e = em.create(Escalation, {
        id: newId(), reportId: id, draftOpinion: draftOpinion.trim(), draftedById: ctx.user!.id, draftedAt: new Date(),
        leaderId: leader.id, status: EscalationStatus.PENDING, leaderOpinion: null, decidedById: null, decidedAt: null,
      });
      await em.insert(Escalation, e);
      await recordStep(em, id, "ESCALATE", ctx.user, `呈批${leader.displayName}：${e.draftOpinion}`);
      await writeAudit(em, ctx.user, { action: "report.escalate", entity: "Report", entityId: id, note: `呈批 ${leader.displayName}` });
      return e;
    });
  }

  @Authorized(Role.LEADER)
  @Query(() => [Escalation], { description: "待我批示的紧急事项" })
  myPendingEscalations(@Ctx() ctx: SubgraphContext): Promise<Escalation[]> {
    return ctx.db.getRepository(Escalation).find({ where: { leaderId: ctx.user!.id, status: EscalationStatus.PENDING }, order: { draftedAt: "ASC" } });
  }

  @Authorized(Role.LEADER)
  @Mutation(() => Escalation, { description: "领导批示呈批件：同意或修改拟办意见" })
  decideEscalation(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("approve", { description: "true 同意拟办意见；false 修改（须填写意见）" }) approve: boolean,
    @Arg("opinion", () => String, { nullable: true }) opinion?: string,
  ): Promise<Escalation> {
    if (!approve && !opinion?.trim()) throw badInput("修改拟办意见时须填写领导意见");
    if (opinion && opinion.length > 5000) throw badInput("领导意见请控制在 5000 字以内");
    return inTransaction(ctx.db, async (em) => {
      const e = await em.findOneBy(Escalation, { id });
      if (!e) throw notFound("呈批件", id);
      if (e.status !== EscalationStatus.PENDING) throw conflict("该呈批件已批示");
      e.status = approve ? EscalationStatus.APPROVED : EscalationStatus.AMENDED;
      e.leaderOpinion = opinion?.trim() || null;
      e.decidedById = ctx.user!.id;
      e.decidedAt = new Date();
      await em.save(Escalation, e);
      await recordStep(em, e.reportId, "ESCALATION_DECIDED", ctx.user, `${approve ? "同意拟办意见" : "修改拟办意见"}${e.leaderOpinion ? `：${e.leaderOpinion}` : ""}`);
      await writeAudit(em, ctx.user, { action: "escalation.decide", entity: "Escalation", entityId: e.id, after: { status: e.status } });
      return e;
    });
  }
}
