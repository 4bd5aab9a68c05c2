import { In, type EntityManager } from "typeorm";
import { ReporterDissatisfied } from "@prp/contracts";
import { conflict, forbidden, newId, notFound, publish, Role, writeAudit, type AuthUser } from "@prp/kit";
import { Case } from "../entities/Case";
import { ReporterContact } from "../entities/ReporterContact";
import { CaseStatus } from "../domain/enums";
import { FINDING_LABELS } from "../domain/labels";
import { markFeedbackGiven, unitsOf, type CaseState } from "../domain/case-handling";
import {
  CONTACT_KIND_LABELS,
  ContactKind,
  contactRecord,
  feedbackCountdown,
  FeedbackState,
  REPORTER_RESPONSE_LABELS,
  ReporterResponse,
  type ContactInput,
  type ContactRecord,
  type FeedbackCountdown,
  type LoopFacts,
} from "../domain/reporter-loop";
import { acceptanceNoticeDocx, resultFeedbackDocx, type GeneratedDocument } from "../infra/notice-documents";
import { mustFindCase, recordHistory } from "./case-records";
import { runCaseStep } from "./case-steps";
import { reader, signedInActor, transaction, type CasesDeps } from "./cases-deps";
import { rescreenCase } from "./colour-labels";
import { reportReceivedAt } from "./report-facts";

/**
 * The reporter loop (与实名举报人全过程沟通): progress contacts, the result feedback (which moves the
 * case to FEEDBACK_GIVEN through the case step machine), the reporter's answer, the overdue list
 * and the two letters as Word files. A DISSATISFIED answer after conclusion is 结而不服: the event
 * ReporterDissatisfied goes out and the case's colour label is screened again in the same transaction.
 */

/** Who may talk to the reporter about a case: its handlers, the petition office, leaders. */
export const REPORTER_LOOP_ROLES: readonly Role[] = [Role.CASE_HANDLER, Role.PETITION_OFFICER, Role.LEADER];

function checkMayContact(actor: AuthUser, state: CaseState): void {
  if (actor.roles.includes(Role.LEADER) || actor.roles.includes(Role.PETITION_OFFICER)) return;
  if (actor.roles.includes(Role.CASE_HANDLER) && actor.departmentId && unitsOf(state).includes(actor.departmentId))
    return;
  throw forbidden("只有本案承办单位的承办人、信访室或委领导才能与举报人沟通反馈");
}

const loopFacts = (c: Pick<Case, "realName" | "openedAt" | "concludedAt" | "feedbackGivenAt">): LoopFacts => ({
  realName: c.realName,
  openedAt: c.openedAt,
  concludedAt: c.concludedAt,
  feedbackGivenAt: c.feedbackGivenAt,
});

/** A retry may come this long after the first attempt when the client left the time to the server. */
const RETRY_WINDOW_MS = 10 * 60_000;

/**
 * The same contact recorded before (a retried request): same case, kind, person, words and
 * answer, at the same time, or within the retry window when the client did not give the time.
 */
async function sameContact(
  em: EntityManager,
  caseId: string,
  r: Omit<ContactRecord, "channel">,
  timeGiven: boolean,
): Promise<ReporterContact | null> {
  const rows = await em.findBy(ReporterContact, { caseId, kind: r.kind, who: r.who });
  const sameTime = (x: ReporterContact) =>
    timeGiven
      ? x.at.getTime() === r.at.getTime()
      : Math.abs(x.recordedAt.getTime() - r.at.getTime()) <= RETRY_WINDOW_MS;
  return rows.find((x) => sameTime(x) && x.said === r.said && x.response === r.response) ?? null;
}

async function insertContact(
  em: EntityManager,
  c: Case,
  r: ContactRecord,
  actor: AuthUser,
  now: Date,
): Promise<ReporterContact> {
  const row: ReporterContact = { id: newId(), caseId: c.id, ...r, recordedById: actor.id, recordedAt: now };
  await em.insert(ReporterContact, row);
  return row;
}

/** After an answer: the event for a dissatisfied reporter, and the case's label screened again. */
async function afterResponse(em: EntityManager, c: Case, r: ContactRecord, now: Date): Promise<void> {
  if (r.response === ReporterResponse.DISSATISFIED && c.concludedAt)
    await publish(
      em,
      ReporterDissatisfied,
      {
        caseId: c.id,
        reportId: c.reportId,
        serial: c.serial,
        unitId: c.responsibleUnitId ?? c.handlingUnitId,
        at: r.at.toISOString(),
      },
      now,
    );
  if (r.response) await rescreenCase(em, c.id, now);
}

const summaryOf = (r: ContactRecord) =>
  `${CONTACT_KIND_LABELS[r.kind]}（${r.who}）：${r.said.slice(0, 200)}${r.response ? `；举报人评价：${REPORTER_RESPONSE_LABELS[r.response]}` : ""}`;

/**
 * Records a contact with the reporter. RESULT_FEEDBACK runs the case step machine's feedback
 * step (CONCLUDED → FEEDBACK_GIVEN) in the same transaction. A retried request (the same contact
 * again) returns the stored one and writes nothing.
 */
export async function recordReporterContact(
  deps: CasesDeps,
  caseId: string,
  input: Omit<ContactInput, "at"> & { at?: Date | null },
): Promise<ReporterContact> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  const full: ContactInput = { ...input, at: input.at ?? now };

  if (full.kind === ContactKind.RESULT_FEEDBACK) {
    const existing = await reader(deps).findOneBy(Case, { id: caseId });
    if (!existing) throw notFound("案件", caseId);
    // a retry after the feedback was stored: the same contact, nothing written
    if (existing.feedbackGivenAt) {
      const probe = {
        kind: full.kind,
        at: full.at,
        who: full.who.trim(),
        said: full.said.trim(),
        response: full.response ?? null,
      };
      const again = await sameContact(reader(deps), caseId, probe, !!input.at);
      if (again) return again;
    }
    let stored: ReporterContact | null = null;
    let record: ContactRecord | null = null;
    await runCaseStep(
      deps,
      caseId,
      (s, _a, stepNow) => {
        checkMayContact(actor, s);
        record = contactRecord(
          {
            realName: s.realName,
            openedAt: null,
            concludedAt: s.conclusion ? new Date(s.conclusion.at) : null,
            feedbackGivenAt: s.feedbackGivenAt ? new Date(s.feedbackGivenAt) : null,
          },
          full,
          stepNow,
        );
        return markFeedbackGiven(s, record.at);
      },
      {
        action: "FEEDBACK",
        summary: () => summaryOf(record!),
        after: async (em, c, _before, stepNow) => {
          stored = await insertContact(em, c, record!, actor, stepNow);
          await afterResponse(em, c, record!, stepNow);
        },
      },
    );
    return stored!;
  }

  return transaction(deps, async (em) => {
    const c = await mustFindCase(em, caseId);
    checkMayContact(actor, c.handling);
    const r = contactRecord(loopFacts(c), full, now);
    const again = await sameContact(em, c.id, r, !!input.at);
    if (again) return again;
    const row = await insertContact(em, c, r, actor, now);
    const summary = summaryOf(r);
    await recordHistory(
      em,
      c.id,
      r.kind === ContactKind.RESPONSE ? "REPORTER_RESPONSE" : "REPORTER_CONTACT",
      actor,
      summary,
      now,
    );
    await writeAudit(em, actor, {
      action: `case.reporter.${r.kind.toLowerCase()}`,
      entity: "Case",
      entityId: c.id,
      after: { kind: r.kind, channel: r.channel, response: r.response },
      note: summary,
      at: now,
    });
    await afterResponse(em, c, r, now);
    return row;
  });
}

/** A case's contacts with the reporter, in time order. */
export async function contactsOf(deps: Pick<CasesDeps, "db">, caseId: string): Promise<ReporterContact[]> {
  return reader(deps).find(ReporterContact, { where: { caseId }, order: { at: "ASC", recordedAt: "ASC" } });
}

/** The reporter's latest answer per case (null when none), for many cases in one query. */
export async function latestResponses(
  em: EntityManager,
  caseIds: readonly string[],
): Promise<Map<string, { response: ReporterResponse; at: Date; dissatisfiedCount: number }>> {
  const out = new Map<string, { response: ReporterResponse; at: Date; dissatisfiedCount: number }>();
  if (!caseIds.length) return out;
  const rows = await em.find(ReporterContact, {
    where: { caseId: In([...caseIds]) },
    order: { at: "ASC", recordedAt: "ASC" },
  });
  for (const r of rows) {
    if (!r.response) continue;
    const prev = out.get(r.caseId);
    const dissatisfiedCount = (prev?.dissatisfiedCount ?? 0) + (r.response === ReporterResponse.DISSATISFIED ? 1 : 0);
    out.set(r.caseId, { response: r.response, at: r.at, dissatisfiedCount });
  }
  return out;
}

export interface OverdueFeedbackItem {
  case: Case;
  countdown: FeedbackCountdown;
}

/**
 * Concluded real-name cases whose result feedback is overdue (or, with `includeDueWithin`, due
 * within that many working days), the most overdue first; a handler sees only their units' cases.
 */
export async function overdueFeedback(
  deps: CasesDeps,
  actor: AuthUser,
  includeDueWithin = 0,
): Promise<OverdueFeedbackItem[]> {
  const qb = reader(deps)
    .createQueryBuilder(Case, "c")
    .where("c.status = :s", { s: CaseStatus.CONCLUDED })
    .andWhere("c.realName = :t", { t: true });
  const seeAll = [Role.LEADER, Role.PETITION_OFFICER, Role.ANALYST].some((r) => actor.roles.includes(r));
  if (!seeAll) {
    if (!actor.departmentId) return [];
    qb.andWhere("c.id IN (SELECT u.caseId FROM case_unit u WHERE u.unitId = :mine)", { mine: actor.departmentId });
  }
  const cases = await qb.getMany();
  const calendar = await deps.directory.calendar();
  const now = deps.clock.now();
  return cases
    .map((c) => ({ case: c, countdown: feedbackCountdown(calendar, loopFacts(c), now) }))
    .filter(
      (x) =>
        x.countdown.state === FeedbackState.OVERDUE ||
        (x.countdown.daysLeft !== null && x.countdown.daysLeft <= includeDueWithin),
    )
    .sort(
      (a, b) => (a.countdown.daysLeft ?? 0) - (b.countdown.daysLeft ?? 0) || a.case.serial.localeCompare(b.case.serial),
    );
}

/** The countdown of one case's result feedback. */
export async function caseFeedbackCountdown(deps: CasesDeps, c: Case): Promise<FeedbackCountdown> {
  return feedbackCountdown(await deps.directory.calendar(), loopFacts(c), deps.clock.now());
}

export enum NoticeDocumentKind {
  ACCEPTANCE_NOTICE = "ACCEPTANCE_NOTICE",
  RESULT_FEEDBACK = "RESULT_FEEDBACK",
}

/**
 * One of the two letters to a real-name reporter as a Word file. `addressee` is the name the
 * handler writes on it (seen unmasked in intake, where that read is audited); without it the
 * letter is addressed to 举报人.
 */
export async function noticeDocument(
  deps: CasesDeps,
  caseId: string,
  kind: NoticeDocumentKind,
  addressee: string | null,
): Promise<GeneratedDocument> {
  const actor = signedInActor(deps);
  const em = reader(deps);
  const c = await mustFindCase(em, caseId);
  checkMayContact(actor, c.handling);
  if (!c.realName) throw conflict("匿名举报没有可告知的举报人");
  const unitId = c.responsibleUnitId ?? c.handlingUnitId;
  const unitName = unitId ? (await deps.directory.unit(unitId)).name : "我委";
  const receivedAt = (await reportReceivedAt(em, c.reportId)) ?? c.decidedAt;
  const now = deps.clock.now();
  if (kind === NoticeDocumentKind.ACCEPTANCE_NOTICE) {
    return acceptanceNoticeDocx({
      serial: c.serial,
      addressee,
      receivedAt,
      issuedAt: c.acceptedAt ?? now,
      handlingUnitName: unitName,
    });
  }
  const conclusion = c.handling.conclusion;
  if (!conclusion || !c.concludedAt) throw conflict("案件尚未办结，不能生成办理结果反馈");
  return resultFeedbackDocx({
    serial: c.serial,
    addressee,
    receivedAt,
    concludedAt: c.concludedAt,
    issuedAt: c.feedbackGivenAt ?? now,
    handlingUnitName: unitName,
    findingLabel: FINDING_LABELS[conclusion.finding],
    outcome: conclusion.outcome,
  });
}
