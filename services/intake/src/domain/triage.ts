import { badInput, beijingDate, conflict, forbidden, isDateOnly, Role } from "@prp/kit/core";
import { CheckFlag, Disposition, NotAcceptableGround, Origin, ReportStatus, Scope, TriageStep } from "./enums";
import { TRIAGE_STEP_SHORT_LABELS } from "./labels";

/**
 * The 辨查商定 step machine. Pure: a state goes in, a new state comes out (the input is
 * never changed), or the kit's AppError says why not (FORBIDDEN, CONFLICT, BAD_USER_INPUT,
 * with a message for the clerk; the server's error formatter shows it as it is). Who did a step and when is recorded by
 * the caller's audit log, not here.
 *
 *   UNSIGNED ──sign──▶ REGISTERED ──辨──▶ DISTINGUISHED ──查──▶ CHECKED ──商──▶ CONSULTED
 *                                                                 │                │
 *                                                                 └──────定───────┴─▶ DECIDED ──▶ ROUTED
 *
 * reopen() takes a DECIDED report back to just before DECIDE (default) or to an earlier
 * step the leader names; the records from that step on are cleared and kept in the
 * reopening's history.
 */

export interface DistinguishRecord {
  scope: Scope;
  /** Outside scope: the competent department (主管部门) that owns the matter. */
  competentDepartmentId: string | null;
  note: string | null;
}

export interface CheckRecord {
  flags: CheckFlag[];
  notAcceptableGround: NotAcceptableGround | null;
  /** Earlier reports this one repeats (REPEAT). */
  repeatOf: string[];
  /** Reports carrying the same templated text (TEMPLATED). */
  templatedWith: string[];
  note: string | null;
}

export interface ConsultRecord {
  /** People or departments that took part in the collective consultation. */
  participants: string[];
  /** What was said and concluded. */
  minutes: string;
}

export interface DecisionRecord {
  disposition: Disposition;
  /** The unit that will handle it: a lower committee, a supervision office, a competent department. */
  handlingDepartmentId: string | null;
  /** ASSIGN_DOWN: the date (YYYY-MM-DD) by which the closing report is due. */
  dueDate: string | null;
  opinion: string | null;
  /**
   * TRANSFER_TO_DEPARTMENT: the office or stationed group the transfer is copied to (双向移交),
   * as the directory's liaison mapping named it at decision time.
   */
  copyToDepartmentId?: string | null;
  /** When the decision was taken (ISO instant); absent in decisions stored before it was recorded. */
  decidedAt?: string | null;
}

export interface ReopenRecord {
  reason: string;
  /** The step that has to be done again. */
  redoFrom: TriageStep;
  /** The decision that was withdrawn. */
  withdrawnDecision: DecisionRecord;
  /** Records of earlier steps that were cleared along with it. */
  cleared: { distinguish?: DistinguishRecord; check?: CheckRecord; consult?: ConsultRecord };
}

export interface TriageState {
  readonly origin: Origin;
  readonly status: ReportStatus;
  readonly distinguish: DistinguishRecord | null;
  readonly check: CheckRecord | null;
  readonly consult: ConsultRecord | null;
  readonly decision: DecisionRecord | null;
  readonly reopenings: readonly ReopenRecord[];
}

export interface DistinguishPayload {
  scope: Scope;
  competentDepartmentId?: string | null;
  note?: string | null;
}

export interface CheckPayload {
  flags: readonly CheckFlag[];
  notAcceptableGround?: NotAcceptableGround | null;
  repeatOf?: readonly string[];
  templatedWith?: readonly string[];
  note?: string | null;
}

export interface ConsultPayload {
  participants: readonly string[];
  minutes: string;
}

export interface DecidePayload {
  disposition: Disposition;
  handlingDepartmentId?: string | null;
  dueDate?: string | null;
  opinion?: string | null;
  /** Set by the application from the directory's liaison mapping, never by the client. */
  copyToDepartmentId?: string | null;
}

export interface StepPayloads {
  [TriageStep.DISTINGUISH]: DistinguishPayload;
  [TriageStep.CHECK]: CheckPayload;
  [TriageStep.CONSULT]: ConsultPayload;
  [TriageStep.DECIDE]: DecidePayload;
}

export interface ApplyStepOptions {
  /** When given, an ASSIGN_DOWN due date before today (Beijing) is refused, and a decision records it as its time. */
  now?: Date;
}

/**
 * Roles allowed to perform each step; the decision is the leader's alone. The one table: the
 * GraphQL mutations' @Authorized roles are read from it.
 */
export const STEP_ROLES: Record<TriageStep, readonly Role[]> = {
  [TriageStep.DISTINGUISH]: [Role.PETITION_OFFICER, Role.LEADER],
  [TriageStep.CHECK]: [Role.PETITION_OFFICER, Role.LEADER],
  [TriageStep.CONSULT]: [Role.PETITION_OFFICER, Role.LEADER],
  [TriageStep.DECIDE]: [Role.LEADER],
};
export const SIGN_ROLES: readonly Role[] = [Role.PETITION_OFFICER, Role.LEADER];
export const REOPEN_ROLES: readonly Role[] = [Role.LEADER];

/** Status a report reaches after each step. */
const STATUS_AFTER: Record<TriageStep, ReportStatus> = {
  [TriageStep.DISTINGUISH]: ReportStatus.DISTINGUISHED,
  [TriageStep.CHECK]: ReportStatus.CHECKED,
  [TriageStep.CONSULT]: ReportStatus.CONSULTED,
  [TriageStep.DECIDE]: ReportStatus.DECIDED,
};

/** Steps that may follow each status (CONSULT is optional, so CHECKED allows both). */
const NEXT_STEPS: Record<ReportStatus, readonly TriageStep[]> = {
  [ReportStatus.UNSIGNED]: [],
  [ReportStatus.REGISTERED]: [TriageStep.DISTINGUISH],
  [ReportStatus.DISTINGUISHED]: [TriageStep.CHECK],
  [ReportStatus.CHECKED]: [TriageStep.CONSULT, TriageStep.DECIDE],
  [ReportStatus.CONSULTED]: [TriageStep.DECIDE],
  [ReportStatus.DECIDED]: [],
  [ReportStatus.ROUTED]: [],
  [ReportStatus.IN_HANDLING]: [],
  [ReportStatus.CONCLUDED]: [],
  [ReportStatus.CLOSED]: [],
};

/** Statuses after intake handed the report over to case handling (moved on by its events). */
export const HANDED_OVER: readonly ReportStatus[] = [
  ReportStatus.ROUTED,
  ReportStatus.IN_HANDLING,
  ReportStatus.CONCLUDED,
  ReportStatus.CLOSED,
];

/** Where case handling's events take a routed report, in order; a status never moves back. */
const HANDLING_ORDER: readonly ReportStatus[] = [ReportStatus.DECIDED, ...HANDED_OVER];

/** A step of case handling that intake learns through events. */
export type HandlingStage =
  ReportStatus.ROUTED | ReportStatus.IN_HANDLING | ReportStatus.CONCLUDED | ReportStatus.CLOSED;

/**
 * Case handling reached a stage (case opened → ROUTED, accepted → IN_HANDLING, concluded,
 * closed). Moves the status forward only: a late or repeated event changes nothing (returns the
 * same state). A report that is not decided (reopened meanwhile) is not moved.
 */
export function advanceHandling(state: TriageState, stage: HandlingStage): TriageState {
  const at = HANDLING_ORDER.indexOf(state.status);
  if (at < 0 || !state.decision) return state;
  return HANDLING_ORDER.indexOf(stage) > at ? { ...state, status: stage } : state;
}

const STEP_ORDER: readonly TriageStep[] = [
  TriageStep.DISTINGUISH,
  TriageStep.CHECK,
  TriageStep.CONSULT,
  TriageStep.DECIDE,
];

/** A fresh report: forwarded and assigned items wait to be signed for; our own are registered. */
export function newTriageState(origin: Origin): TriageState {
  return {
    origin,
    status: origin === Origin.SELF_RECEIVED ? ReportStatus.REGISTERED : ReportStatus.UNSIGNED,
    distinguish: null,
    check: null,
    consult: null,
    decision: null,
    reopenings: [],
  };
}

export function nextAllowedSteps(state: TriageState): TriageStep[] {
  return [...(NEXT_STEPS[state.status] ?? [])];
}

const hasAnyRole = (actorRoles: readonly string[], allowed: readonly string[]) =>
  actorRoles.some((r) => allowed.includes(r as Role));
const blank = (s: string | null | undefined): boolean => s == null || s.trim() === "";
const trimmedOrNull = (s: string | null | undefined): string | null => (blank(s) ? null : s!.trim());
const stepName = (step: TriageStep) => `“${TRIAGE_STEP_SHORT_LABELS[step]}”`;

function requireRole(actorRoles: readonly string[], allowed: readonly string[], what: string): void {
  if (!hasAnyRole(actorRoles, allowed)) throw forbidden(`您的角色无权${what}`);
}

/** Sign for a forwarded or assigned item (当天签收); triage may then start. */
export function signForwarded(state: TriageState, actorRoles: readonly string[]): TriageState {
  requireRole(actorRoles, SIGN_ROLES, "签收上级转送件");
  if (state.status !== ReportStatus.UNSIGNED) throw conflict("该件不是待签收状态，无需签收");
  return { ...state, status: ReportStatus.REGISTERED };
}

/**
 * Perform one triage step. Checks, in this order: the step exists (BAD_USER_INPUT), the
 * actor's role (FORBIDDEN), the report's status allows the step (CONFLICT), the payload
 * (BAD_USER_INPUT).
 */
export function applyStep<S extends TriageStep>(
  state: TriageState,
  step: S,
  actorRoles: readonly string[],
  payload: StepPayloads[S],
  options: ApplyStepOptions = {},
): TriageState {
  if (!STEP_ORDER.includes(step)) throw badInput("研判步骤无效");
  requireRole(
    actorRoles,
    STEP_ROLES[step],
    step === TriageStep.DECIDE ? "审核确定处置方式（须由委领导确定）" : `执行${stepName(step)}步骤`,
  );
  assertStepAllowed(state, step);
  if (payload == null || typeof payload !== "object") throw badInput(`请填写${stepName(step)}步骤的内容`);

  switch (step) {
    case TriageStep.DISTINGUISH:
      return { ...state, status: STATUS_AFTER[step], distinguish: distinguishRecord(payload as DistinguishPayload) };
    case TriageStep.CHECK:
      return { ...state, status: STATUS_AFTER[step], check: checkRecord(payload as CheckPayload) };
    case TriageStep.CONSULT:
      return { ...state, status: STATUS_AFTER[step], consult: consultRecord(payload as ConsultPayload) };
    default:
      return {
        ...state,
        status: STATUS_AFTER[step],
        decision: decisionRecord(state, payload as DecidePayload, options),
      };
  }
}

function assertStepAllowed(state: TriageState, step: TriageStep): void {
  if (state.status === ReportStatus.UNSIGNED) throw conflict("上级转送件尚未签收，请先签收再研判");
  if (state.status === ReportStatus.DECIDED || HANDED_OVER.includes(state.status))
    throw conflict("该件已审定，如需改变须由委领导重新研判");
  const allowed = NEXT_STEPS[state.status] ?? [];
  if (allowed.includes(step)) return;
  const done = STEP_ORDER.indexOf(step) < STEP_ORDER.indexOf(allowed[0]);
  if (done) throw conflict(`${stepName(step)}步骤已完成，不能重复执行`);
  const expected = allowed.map(stepName).join("或");
  throw conflict(`须按“辨、查、商、定”顺序研判：下一步应为${expected}，不能直接${stepName(step)}`);
}

function distinguishRecord(p: DistinguishPayload): DistinguishRecord {
  if (!Object.values(Scope).includes(p.scope)) throw badInput("请选择业务范围内或业务范围外");
  const competentDepartmentId = trimmedOrNull(p.competentDepartmentId);
  if (p.scope === Scope.OUT_OF_SCOPE && !competentDepartmentId) throw badInput("业务范围外的事项须指定移送的主管部门");
  if (p.scope === Scope.IN_SCOPE && competentDepartmentId) throw badInput("业务范围内的事项不应指定主管部门");
  return { scope: p.scope, competentDepartmentId, note: trimmedOrNull(p.note) };
}

function idList(ids: readonly string[] | undefined): string[] {
  return [...new Set((ids ?? []).map((s) => s.trim()).filter((s) => s !== ""))];
}

function checkRecord(p: CheckPayload): CheckRecord {
  if (!Array.isArray(p.flags)) throw badInput("请填写细查结果");
  const validFlags = Object.values(CheckFlag);
  for (const f of p.flags) if (!validFlags.includes(f)) throw badInput(`细查标记无效：${String(f)}`);
  // keep the enum's order so equal findings compare equal
  const flags = validFlags.filter((f) => p.flags.includes(f));
  const ground = p.notAcceptableGround ?? null;
  if (ground !== null && !Object.values(NotAcceptableGround).includes(ground)) throw badInput("不予受理的理由无效");
  if (flags.includes(CheckFlag.NOT_ACCEPTABLE) && ground === null) throw badInput("标记不予受理须选择不予受理的理由");
  if (!flags.includes(CheckFlag.NOT_ACCEPTABLE) && ground !== null)
    throw badInput("只有标记不予受理时才能填写不予受理的理由");
  return {
    flags,
    notAcceptableGround: ground,
    repeatOf: idList(p.repeatOf),
    templatedWith: idList(p.templatedWith),
    note: trimmedOrNull(p.note),
  };
}

function consultRecord(p: ConsultPayload): ConsultRecord {
  const participants = idList(p.participants);
  // collective consultation means more than one voice (信访室、案管室等)
  if (participants.length < 2) throw badInput("集体会商须记录至少两个参加人员或部门");
  if (blank(p.minutes)) throw badInput("请记录会商意见");
  return { participants, minutes: p.minutes.trim() };
}

/** Dispositions for a report whose check found it not acceptable (不予受理). */
const NOT_ACCEPTABLE_DISPOSITIONS: readonly Disposition[] = [Disposition.CLOSE, Disposition.TRANSFER_TO_DEPARTMENT];

function decisionRecord(state: TriageState, p: DecidePayload, options: ApplyStepOptions): DecisionRecord {
  if (!Object.values(Disposition).includes(p.disposition)) throw badInput("请选择处置方式");
  const scope = state.distinguish?.scope;
  if (scope === Scope.OUT_OF_SCOPE && p.disposition !== Disposition.TRANSFER_TO_DEPARTMENT)
    throw badInput("业务范围外的事项只能移送主管部门");
  if (scope === Scope.IN_SCOPE && p.disposition === Disposition.TRANSFER_TO_DEPARTMENT)
    throw badInput("业务范围内的事项不能移送主管部门，请选择其他处置方式");
  if (state.check?.flags.includes(CheckFlag.NOT_ACCEPTABLE) && !NOT_ACCEPTABLE_DISPOSITIONS.includes(p.disposition))
    throw badInput("已标记不予受理的事项只能予以了结或移送主管部门");

  let handlingDepartmentId = trimmedOrNull(p.handlingDepartmentId);
  // the department named at 辨 is the default recipient of a transfer
  if (p.disposition === Disposition.TRANSFER_TO_DEPARTMENT)
    handlingDepartmentId ??= state.distinguish?.competentDepartmentId ?? null;
  if (
    (p.disposition === Disposition.ASSIGN_DOWN || p.disposition === Disposition.TRANSFER_DOWN) &&
    !handlingDepartmentId
  )
    throw badInput("转送、交办须指定承办单位");

  let dueDate: string | null = null;
  if (p.disposition === Disposition.ASSIGN_DOWN) {
    if (blank(p.dueDate)) throw badInput("交办须填写办结期限");
    dueDate = p.dueDate!.trim();
    if (!isDateOnly(dueDate)) throw badInput("办结期限不是有效的日期（格式：YYYY-MM-DD）");
    if (options.now && dueDate < beijingDate(options.now)) throw badInput("办结期限不能早于今天");
  } else if (!blank(p.dueDate)) {
    throw badInput("只有交办才需要填写办结期限");
  }
  return {
    disposition: p.disposition,
    handlingDepartmentId,
    dueDate,
    opinion: trimmedOrNull(p.opinion),
    copyToDepartmentId:
      p.disposition === Disposition.TRANSFER_TO_DEPARTMENT ? trimmedOrNull(p.copyToDepartmentId) : null,
    decidedAt: options.now ? options.now.toISOString() : null,
  };
}

/**
 * The leader withdraws a decision (before it has been routed) and sends the report back.
 * `redoFrom` names the step to do again: DECIDE (default) keeps 辨/查/商 and returns to
 * CHECKED or CONSULTED; CONSULT, CHECK or DISTINGUISH also clear that step and the later ones.
 */
/** A reopening's reason is a few sentences, not a document. */
export const MAX_REOPEN_REASON_CHARS = 2000;

export function reopen(
  state: TriageState,
  actorRoles: readonly string[],
  reason: string,
  redoFrom: TriageStep = TriageStep.DECIDE,
): TriageState {
  requireRole(actorRoles, REOPEN_ROLES, "重新研判（须由委领导决定）");
  if (HANDED_OVER.includes(state.status)) throw conflict("该件已分办流转，须先撤回再重新研判");
  if (state.status !== ReportStatus.DECIDED || !state.decision) throw conflict("只有已审定的事项才能重新研判");
  if (blank(reason)) throw badInput("请填写重新研判的理由");
  if (reason.trim().length > MAX_REOPEN_REASON_CHARS)
    throw badInput(`重新研判的理由过长（最多 ${MAX_REOPEN_REASON_CHARS} 字）`);
  if (!STEP_ORDER.includes(redoFrom)) throw badInput("研判步骤无效");

  const cleared: ReopenRecord["cleared"] = {};
  let next: TriageState = { ...state, decision: null };
  const from = STEP_ORDER.indexOf(redoFrom);
  if (from <= STEP_ORDER.indexOf(TriageStep.CONSULT) && state.consult) {
    cleared.consult = state.consult;
    next = { ...next, consult: null };
  }
  if (from <= STEP_ORDER.indexOf(TriageStep.CHECK) && state.check) {
    cleared.check = state.check;
    next = { ...next, check: null };
  }
  if (from <= STEP_ORDER.indexOf(TriageStep.DISTINGUISH) && state.distinguish) {
    cleared.distinguish = state.distinguish;
    next = { ...next, distinguish: null };
  }
  const status = next.consult
    ? ReportStatus.CONSULTED
    : next.check
      ? ReportStatus.CHECKED
      : next.distinguish
        ? ReportStatus.DISTINGUISHED
        : ReportStatus.REGISTERED;
  const record: ReopenRecord = { reason: reason.trim(), redoFrom, withdrawnDecision: state.decision, cleared };
  return { ...next, status, reopenings: [...state.reopenings, record] };
}

/** The decided disposition has been sent to its handler: intake is over for this report. */
export function markRouted(state: TriageState): TriageState {
  if (state.status !== ReportStatus.DECIDED) throw conflict("只有已审定的事项才能分办");
  return { ...state, status: ReportStatus.ROUTED };
}
