import type { EntityManager } from "typeorm";
import { CaseAccepted, CaseClosed, CaseConcluded, CaseGraded } from "@prp/contracts";
import { beijingDate, newId, publish, writeAudit, type AuthUser } from "@prp/kit";
import { Case } from "../entities/Case";
import { ProgressEntry } from "../entities/ProgressEntry";
import {
  acceptCase as acceptStep,
  closeCase as closeStep,
  concludeCase as concludeStep,
  delistFromSupervision,
  gradeCase as gradeStep,
  listForSupervision,
  reassignCase as reassignStep,
  recordProgress as progressStep,
  setHandlingMode,
  submitClosingReport as closingReportStep,
  type CaseActor,
  type CaseState,
  type ClosingReportPayload,
  type ConcludePayload,
  type ListPayload,
  type ModePayload,
  type ReassignPayload,
} from "../domain/case-handling";
import { CaseGrade, HandlingMode } from "../domain/enums";
import {
  CASE_GRADE_LABELS,
  CASE_STATUS_LABELS,
  FINDING_LABELS,
  HANDLING_MODE_LABELS,
  SUPERVISION_LEVEL_LABELS,
} from "../domain/labels";
import { mustFindCase, recordHistory, setHandling, updateCase } from "./case-records";
import { signedInActor, transaction, type CasesDeps } from "./cases-deps";

const caseActor = (u: AuthUser): CaseActor => ({ id: u.id, roles: u.roles, departmentId: u.departmentId ?? null });

/** What a step writes beside the case: its history line, and any event or extra rows. */
export interface StepRecord {
  action: string;
  summary: (next: CaseState, before: CaseState) => string;
  after?: (em: EntityManager, c: Case, before: CaseState, now: Date) => Promise<unknown>;
}

/**
 * Runs one step of the case step machine on the stored state inside one transaction: the new
 * state and its columns, the history line, the audit row (before → after) and the step's events
 * commit together; a refused step writes nothing. Exported for the other use cases that move a
 * case (the reporter loop's feedback).
 */
export async function runCaseStep(
  deps: CasesDeps,
  id: string,
  step: (state: CaseState, actor: CaseActor, now: Date) => CaseState,
  record: StepRecord,
): Promise<Case> {
  const actor = signedInActor(deps);
  return transaction(deps, async (em) => {
    const c = await mustFindCase(em, id);
    const now = deps.clock.now();
    const before = c.handling;
    const next = step(before, caseActor(actor), now);
    setHandling(c, next);
    c.updatedAt = now;
    await updateCase(em, c, before);
    const summary = record.summary(next, before);
    await recordHistory(em, c.id, record.action, actor, summary, now);
    if (record.after) await record.after(em, c, before, now);
    await writeAudit(em, actor, {
      action: `case.${record.action.toLowerCase()}`,
      entity: "Case",
      entityId: c.id,
      before: {
        status: before.status,
        grade: before.grade,
        mode: before.mode,
        responsibleUnitId: before.responsibility?.unitId ?? null,
      },
      after: {
        status: next.status,
        grade: next.grade,
        mode: next.mode,
        responsibleUnitId: next.responsibility?.unitId ?? null,
      },
      note: summary,
      at: now,
    });
    return c;
  });
}

const graded = (em: EntityManager, c: Case, now: Date) =>
  publish(
    em,
    CaseGraded,
    {
      caseId: c.id,
      reportId: c.reportId,
      serial: c.serial,
      grade: c.grade,
      listed: c.listed,
      supervisingLeaderId: c.supervisingLeaderId,
      supervisionDueDate: c.supervisionDueDate,
      at: now.toISOString(),
    },
    now,
  );

/** 首办责任: a handler of the case's unit accepts it. */
export function acceptCase(deps: CasesDeps, id: string): Promise<Case> {
  return runCaseStep(deps, id, (s, a, now) => acceptStep(s, a, now), {
    action: "ACCEPT",
    summary: () => `受理，首办责任人：${deps.actor?.displayName ?? ""}`,
    after: (em, c, _b, now) =>
      publish(
        em,
        CaseAccepted,
        {
          caseId: c.id,
          reportId: c.reportId,
          serial: c.serial,
          unitId: c.responsibleUnitId!,
          handlerId: c.responsiblePersonId!,
          reassigned: false,
          at: now.toISOString(),
        },
        now,
      ),
  });
}

/** A leader reassigns the case, with a reason (the first responsibility and the history stay). */
export async function reassignCase(deps: CasesDeps, id: string, p: ReassignPayload): Promise<Case> {
  await deps.directory.unit(p.unitId);
  return runCaseStep(deps, id, (s, a, now) => reassignStep(s, a, p, now), {
    action: "REASSIGN",
    summary: (n) => `改变承办责任（${n.responsibility ? "直接指定承办人" : "待新承办单位受理"}）：${p.reason.trim()}`,
    after: async (em, c, _b, now) => {
      if (c.responsiblePersonId)
        await publish(
          em,
          CaseAccepted,
          {
            caseId: c.id,
            reportId: c.reportId,
            serial: c.serial,
            unitId: c.responsibleUnitId!,
            handlerId: c.responsiblePersonId,
            reassigned: true,
            at: now.toISOString(),
          },
          now,
        );
    },
  });
}

/** 分级分类. */
export function gradeCase(deps: CasesDeps, id: string, grade: CaseGrade): Promise<Case> {
  return runCaseStep(deps, id, (s, a) => gradeStep(s, a, grade), {
    action: "GRADE",
    summary: (n) => `定为${CASE_GRADE_LABELS[n.grade]}`,
    after: (em, c, _b, now) => graded(em, c, now),
  });
}

/** 挂牌督办. */
export async function listCase(deps: CasesDeps, id: string, p: ListPayload): Promise<Case> {
  return runCaseStep(deps, id, (s, a, now) => listForSupervision(s, a, p, now), {
    action: "LIST",
    summary: (n) =>
      `${SUPERVISION_LEVEL_LABELS[n.supervision!.level]}，督办期限 ${n.supervision!.dueDate}：${n.supervision!.reason}`,
    after: (em, c, _b, now) => graded(em, c, now),
  });
}

/** 摘牌. */
export function delistCase(deps: CasesDeps, id: string, reason: string): Promise<Case> {
  return runCaseStep(deps, id, (s, a, now) => delistFromSupervision(s, a, reason, now), {
    action: "DELIST",
    summary: () => `摘牌：${reason.trim()}`,
    after: (em, c, _b, now) => graded(em, c, now),
  });
}

export type ModeInput =
  | { mode: HandlingMode.SINGLE_UNIT }
  | {
      mode: HandlingMode.REGIONAL_COORDINATION;
      regionId: string;
      coordinatingUnitId: string;
      participatingUnitIds: string[];
    }
  | { mode: HandlingMode.JOINT; leadUnitId: string; memberUnitIds: string[] };

/** The handling mode; a region's units come from the directory before the transaction. */
export async function setCaseHandlingMode(deps: CasesDeps, id: string, input: ModeInput): Promise<Case> {
  let payload: ModePayload;
  if (input.mode === HandlingMode.REGIONAL_COORDINATION) {
    const region = await deps.directory.regionUnits(input.regionId);
    payload = { ...input, regionUnitIds: region.unitIds };
  } else if (input.mode === HandlingMode.JOINT) {
    await Promise.all([input.leadUnitId, ...input.memberUnitIds].map((u) => deps.directory.unit(u)));
    payload = input;
  } else {
    payload = input;
  }
  return runCaseStep(deps, id, (s, a) => setHandlingMode(s, a, payload), {
    action: "MODE",
    summary: (n) => `办理方式：${HANDLING_MODE_LABELS[n.mode]}`,
  });
}

export interface ProgressInput {
  /** YYYY-MM-DD the work was done (default today). */
  date?: string | null;
  note: string;
}

/** A dated progress entry by a handling unit (the first moves the case into progress). */
export function recordCaseProgress(deps: CasesDeps, id: string, input: ProgressInput): Promise<Case> {
  const actor = signedInActor(deps);
  const note = input.note.trim();
  return runCaseStep(deps, id, (s, a) => progressStep(s, a), {
    action: "PROGRESS",
    summary: () => `办理进展：${note.slice(0, 200)}`,
    after: async (em, c, _b, now) => {
      const date = input.date?.trim() || beijingDate(now);
      await em.insert(ProgressEntry, {
        id: newId(),
        caseId: c.id,
        unitId: actor.departmentId ?? null,
        authorId: actor.id,
        authorName: actor.displayName || actor.username,
        date,
        at: now,
        note,
      });
    },
  });
}

/** 办结 with the finding and the outcome. */
export function concludeCase(deps: CasesDeps, id: string, p: ConcludePayload): Promise<Case> {
  return runCaseStep(deps, id, (s, a, now) => concludeStep(s, a, p, now), {
    action: "CONCLUDE",
    summary: (n) =>
      `办结，核查结论：${FINDING_LABELS[n.conclusion!.finding]}；处理结果：${n.conclusion!.outcome.slice(0, 200)}`,
    after: (em, c, _b, now) =>
      publish(
        em,
        CaseConcluded,
        {
          caseId: c.id,
          reportId: c.reportId,
          serial: c.serial,
          finding: c.finding!,
          realName: c.realName,
          at: now.toISOString(),
        },
        now,
      ),
  });
}

/** 办结报告 of an assigned item: content, author (报告人) and date. */
export function submitClosingReport(deps: CasesDeps, id: string, report: ClosingReportPayload | string): Promise<Case> {
  return runCaseStep(deps, id, (s, a, now) => closingReportStep(s, a, report, now), {
    action: "CLOSING_REPORT",
    summary: (n) => {
      const r = n.assignment?.closingReport;
      const parts = [r?.author ? `报告人 ${r.author}` : null, r?.date ? `报告日期 ${r.date}` : null];
      if (n.assignment?.dueDate) parts.push(`期限 ${n.assignment.dueDate}`);
      const detail = parts.filter(Boolean).join("，");
      return `报送办结报告${detail ? `（${detail}）` : ""}`;
    },
  });
}

/** 结案. */
export function closeCase(deps: CasesDeps, id: string): Promise<Case> {
  return runCaseStep(deps, id, (s, a, now) => closeStep(s, a, now), {
    action: "CLOSE",
    summary: (n, b) => `结案（${CASE_STATUS_LABELS[b.status]} → ${CASE_STATUS_LABELS[n.status]}）`,
    after: (em, c, _b, now) =>
      publish(em, CaseClosed, { caseId: c.id, reportId: c.reportId, serial: c.serial, at: now.toISOString() }, now),
  });
}
