import { badInput, beijingDate, conflict, forbidden, isDateOnly, Role } from "@prp/kit/core";
import { CaseGrade, CaseStatus, Finding, HandlingMode, SupervisionLevel } from "./enums";

/**
 * The case handling step machine. Pure: a state goes in, a new state comes out (the input is
 * never changed), or the kit's AppError says why not (FORBIDDEN, CONFLICT, BAD_USER_INPUT).
 *
 *   PENDING_ACCEPTANCE ─accept─▶ ACCEPTED ─progress─▶ IN_PROGRESS ─conclude─▶ CONCLUDED
 *        │                          │                                           │
 *        └────withdraw──────────────┴─▶ WITHDRAWN        feedback (real name) ──┤
 *                                                                  FEEDBACK_GIVEN ─close─▶ CLOSED
 *                                                      (no real-name reporter) CONCLUDED ─close─▶ CLOSED
 *
 * Beside the status: first responsibility and its reassignments (首办责任), grade and listed
 * supervision (挂牌督办), the handling mode (single unit, 片区协作, 室组地), an assignment from a
 * higher commission (交办) with its closing report (办结报告), and the conclusion.
 */

/** Who acts, as the step machine needs to know them. */
export interface CaseActor {
  id: string;
  roles: readonly string[];
  /** The unit the person belongs to (token claim). */
  departmentId: string | null;
}

export interface Responsibility {
  unitId: string;
  personId: string;
  /** ISO instant. */
  since: string;
}

export interface Reassignment {
  from: Responsibility | null;
  to: Responsibility;
  leaderId: string;
  reason: string;
  at: string;
}

export interface Supervision {
  leaderId: string;
  level: SupervisionLevel;
  /** YYYY-MM-DD. */
  dueDate: string;
  reason: string;
  listedAt: string;
  listedBy: string;
  delistedAt?: string | null;
  delistReason?: string | null;
}

export interface Coordination {
  regionId: string;
  coordinatingUnitId: string;
  participatingUnitIds: string[];
}

export interface JointHandling {
  leadUnitId: string;
  memberUnitIds: string[];
}

/** 办结报告: its content, who signed it (author), the date it bears, and who entered it when. */
export interface ClosingReport {
  text: string;
  /** When it was entered (ISO instant); lateness is judged on this. */
  at: string;
  /** The user who entered it. */
  by: string;
  /** 报告人: the name it is signed with (absent on reports entered before it was asked). */
  author?: string | null;
  /** 报告日期 YYYY-MM-DD (absent on reports entered before it was asked: then the day of `at`). */
  date?: string | null;
}

/** 交办: an item a higher commission assigned, with its due date and the closing report sent up. */
export interface Assignment {
  authority: string | null;
  /** YYYY-MM-DD: the closing report is due by then (the higher authority's date for a 上级交办 item). */
  dueDate: string | null;
  /**
   * Assigned by a higher authority (上级交办, or forwarded from above with the authority's due
   * date): the closing report must be in before the case is concluded. Absent on cases opened
   * before it was recorded: then the report is wanted before closing only.
   */
  byHigherAuthority?: boolean;
  closingReport: ClosingReport | null;
}

export interface Conclusion {
  finding: Finding;
  outcome: string;
  at: string;
  by: string;
}

export interface CaseState {
  readonly status: CaseStatus;
  /** The unit that must accept the case; after acceptance, the responsible unit. */
  readonly handlingUnitId: string | null;
  readonly realName: boolean;
  readonly firstResponsibility: Responsibility | null;
  readonly responsibility: Responsibility | null;
  readonly reassignments: readonly Reassignment[];
  readonly grade: CaseGrade;
  /** The current listing, or null. */
  readonly supervision: Supervision | null;
  /** Listings that ended (with their delisting). */
  readonly pastSupervisions: readonly Supervision[];
  readonly mode: HandlingMode;
  readonly coordination: Coordination | null;
  readonly joint: JointHandling | null;
  readonly assignment: Assignment | null;
  readonly conclusion: Conclusion | null;
  readonly feedbackGivenAt: string | null;
  readonly closedAt: string | null;
  readonly withdrawal: { reason: string; at: string } | null;
}

export interface OpenCaseFacts {
  handlingUnitId: string | null;
  realName: boolean;
  grade: CaseGrade;
  /** Assigned from above (交办), or assigned down by us with a due date: the closing report is due. */
  assignment: { authority: string | null; dueDate: string | null; byHigherAuthority?: boolean } | null;
}

/** Who may do what. The one table: resolvers read their @Authorized roles from it. */
export const CASE_ROLES = {
  accept: [Role.CASE_HANDLER],
  reassign: [Role.LEADER],
  grade: [Role.LEADER, Role.PETITION_OFFICER],
  list: [Role.LEADER],
  mode: [Role.LEADER, Role.PETITION_OFFICER],
  progress: [Role.CASE_HANDLER, Role.LEADER],
  conclude: [Role.CASE_HANDLER, Role.LEADER],
  closingReport: [Role.CASE_HANDLER, Role.LEADER],
  close: [Role.LEADER, Role.PETITION_OFFICER],
} as const satisfies Record<string, readonly Role[]>;

const ACTIVE: readonly CaseStatus[] = [CaseStatus.PENDING_ACCEPTANCE, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS];
const ENDED: readonly CaseStatus[] = [CaseStatus.CLOSED, CaseStatus.WITHDRAWN];

const blank = (s: string | null | undefined): boolean => s == null || s.trim() === "";
const has = (actor: CaseActor, roles: readonly string[]) => actor.roles.some((r) => roles.includes(r));

function requireRole(actor: CaseActor, roles: readonly string[], what: string): void {
  if (!has(actor, roles)) throw forbidden(`您的角色无权${what}`);
}

function requireText(value: string | null | undefined, what: string, max = 2000): string {
  if (blank(value)) throw badInput(`请填写${what}`);
  const t = value!.trim();
  if (t.length > max) throw badInput(`${what}最多 ${max} 字`);
  return t;
}

function requireDate(value: string | null | undefined, what: string): string {
  if (blank(value) || !isDateOnly(value!.trim())) throw badInput(`${what}不是有效的日期（格式：YYYY-MM-DD）`);
  return value!.trim();
}

/** Every unit taking part in the case (handling, coordinating, participating, lead, members), without repeats. */
export function unitsOf(state: CaseState): string[] {
  const ids = [
    state.responsibility?.unitId ?? state.handlingUnitId,
    state.coordination?.coordinatingUnitId,
    ...(state.coordination?.participatingUnitIds ?? []),
    state.joint?.leadUnitId,
    ...(state.joint?.memberUnitIds ?? []),
  ];
  return [...new Set(ids.filter((x): x is string => !!x))];
}

/** A handler acts for a unit that takes part; a leader acts for any case. */
function requireHandlerOfCase(
  state: CaseState,
  actor: CaseActor,
  roles: readonly string[],
  what: string,
  onlyResponsible = false,
): void {
  requireRole(actor, roles, what);
  if (actor.roles.includes(Role.LEADER)) return;
  const allowed = onlyResponsible
    ? [state.responsibility?.unitId, state.joint?.leadUnitId, state.coordination?.coordinatingUnitId].filter(Boolean)
    : unitsOf(state);
  if (!actor.departmentId || !allowed.includes(actor.departmentId))
    throw forbidden(`只有本案${onlyResponsible ? "责任单位（牵头单位）" : "承办单位"}的承办人才能${what}`);
}

function requireStatus(state: CaseState, allowed: readonly CaseStatus[], what: string): void {
  if (allowed.includes(state.status)) return;
  if (state.status === CaseStatus.WITHDRAWN) throw conflict(`该案已因分办决定撤回而终止，不能${what}`);
  if (state.status === CaseStatus.CLOSED) throw conflict(`该案已结案，不能${what}`);
  throw conflict(`该案当前状态不能${what}`);
}

/** A new case from a routing decision: waiting for its unit to accept. */
export function openCase(facts: OpenCaseFacts): CaseState {
  return {
    status: CaseStatus.PENDING_ACCEPTANCE,
    handlingUnitId: facts.handlingUnitId,
    realName: facts.realName,
    firstResponsibility: null,
    responsibility: null,
    reassignments: [],
    grade: facts.grade,
    supervision: null,
    pastSupervisions: [],
    mode: HandlingMode.SINGLE_UNIT,
    coordination: null,
    joint: null,
    assignment: facts.assignment ? { ...facts.assignment, closingReport: null } : null,
    conclusion: null,
    feedbackGivenAt: null,
    closedAt: null,
    withdrawal: null,
  };
}

/** 首办责任: a handler of the case's unit accepts it; they and their unit are responsible from now on. */
export function acceptCase(state: CaseState, actor: CaseActor, now: Date): CaseState {
  requireRole(actor, CASE_ROLES.accept, "受理案件（须由承办单位的承办人受理）");
  requireStatus(state, [CaseStatus.PENDING_ACCEPTANCE], "受理（已受理或已结束）");
  if (!state.handlingUnitId) throw conflict("该案尚未指定承办单位，请委领导先指定");
  if (actor.departmentId !== state.handlingUnitId) throw forbidden("只有承办单位的承办人才能受理该案");
  const r: Responsibility = { unitId: state.handlingUnitId, personId: actor.id, since: now.toISOString() };
  return {
    ...state,
    status: CaseStatus.ACCEPTED,
    firstResponsibility: state.firstResponsibility ?? r,
    responsibility: r,
  };
}

export interface ReassignPayload {
  unitId: string;
  personId: string | null;
  reason: string;
}

/**
 * A leader hands the case to another unit (and person), with a reason; the earlier
 * responsibility stays in the history and the first responsibility never changes. Without a
 * person, the case waits for the new unit to accept it.
 */
export function reassignCase(state: CaseState, actor: CaseActor, p: ReassignPayload, now: Date): CaseState {
  requireRole(actor, CASE_ROLES.reassign, "改变承办责任（须由委领导决定）");
  requireStatus(state, ACTIVE, "改变承办责任（已办结或已终止）");
  const reason = requireText(p.reason, "改变承办责任的理由", 500);
  if (blank(p.unitId)) throw badInput("请指定新的承办单位");
  const unitId = p.unitId.trim();
  const personId = blank(p.personId) ? null : p.personId!.trim();
  if (unitId === state.responsibility?.unitId && personId === state.responsibility?.personId)
    throw conflict("新的承办单位和承办人与现在相同");
  const at = now.toISOString();
  if (!personId) {
    return {
      ...state,
      status: CaseStatus.PENDING_ACCEPTANCE,
      handlingUnitId: unitId,
      responsibility: null,
      reassignments: [
        ...state.reassignments,
        { from: state.responsibility, to: { unitId, personId: "", since: at }, leaderId: actor.id, reason, at },
      ],
    };
  }
  const to: Responsibility = { unitId, personId, since: at };
  return {
    ...state,
    status: state.status === CaseStatus.PENDING_ACCEPTANCE ? CaseStatus.ACCEPTED : state.status,
    handlingUnitId: unitId,
    firstResponsibility: state.firstResponsibility ?? to,
    responsibility: to,
    reassignments: [...state.reassignments, { from: state.responsibility, to, leaderId: actor.id, reason, at }],
  };
}

/** 分级分类. A listed case stays KEY until it is delisted. */
export function gradeCase(state: CaseState, actor: CaseActor, grade: CaseGrade): CaseState {
  requireRole(actor, CASE_ROLES.grade, "分级分类");
  requireStatus(state, [...ACTIVE, CaseStatus.CONCLUDED, CaseStatus.FEEDBACK_GIVEN], "分级分类");
  if (!Object.values(CaseGrade).includes(grade)) throw badInput("请选择一般或重点");
  if (grade === state.grade) throw conflict(`该案已是${grade === CaseGrade.KEY ? "重点" : "一般"}件`);
  if (grade === CaseGrade.ROUTINE && state.supervision) throw conflict("挂牌督办中的案件须先摘牌，才能改为一般件");
  return { ...state, grade };
}

export interface ListPayload {
  leaderId: string;
  level: SupervisionLevel;
  dueDate: string;
  reason: string;
}

/** 挂牌督办: a leader lists a key case, naming the supervising leader, the level, the due date and why. */
export function listForSupervision(state: CaseState, actor: CaseActor, p: ListPayload, now: Date): CaseState {
  requireRole(actor, CASE_ROLES.list, "挂牌督办（须由委领导决定）");
  requireStatus(state, ACTIVE, "挂牌督办（已办结或已终止）");
  if (state.grade !== CaseGrade.KEY) throw conflict("只有重点件才能挂牌督办，请先定为重点件");
  if (state.supervision) throw conflict("该案已在挂牌督办中");
  if (blank(p.leaderId)) throw badInput("请指定督办领导");
  if (!Object.values(SupervisionLevel).includes(p.level)) throw badInput("请选择督办级别");
  const dueDate = requireDate(p.dueDate, "督办期限");
  if (dueDate < beijingDate(now)) throw badInput("督办期限不能早于今天");
  const reason = requireText(p.reason, "挂牌督办的理由", 500);
  return {
    ...state,
    supervision: {
      leaderId: p.leaderId.trim(),
      level: p.level,
      dueDate,
      reason,
      listedAt: now.toISOString(),
      listedBy: actor.id,
    },
  };
}

/** 摘牌: a leader ends the listing, with a reason; it stays in the history. */
export function delistFromSupervision(state: CaseState, actor: CaseActor, reason: string, now: Date): CaseState {
  requireRole(actor, CASE_ROLES.list, "摘牌（须由委领导决定）");
  if (!state.supervision) throw conflict("该案不在挂牌督办中");
  const why = requireText(reason, "摘牌的理由", 500);
  return {
    ...state,
    supervision: null,
    pastSupervisions: [
      ...state.pastSupervisions,
      { ...state.supervision, delistedAt: now.toISOString(), delistReason: why },
    ],
  };
}

export type ModePayload =
  | { mode: HandlingMode.SINGLE_UNIT }
  | {
      mode: HandlingMode.REGIONAL_COORDINATION;
      regionId: string;
      coordinatingUnitId: string;
      participatingUnitIds: readonly string[];
      regionUnitIds: readonly string[];
    }
  | { mode: HandlingMode.JOINT; leadUnitId: string; memberUnitIds: readonly string[] };

const idList = (ids: readonly string[] | undefined) => [...new Set((ids ?? []).map((s) => s.trim()).filter(Boolean))];

/**
 * The handling mode. 片区协作: the region's units (as the directory lists them) take part, one
 * coordinating; 室组地: a lead unit and at least one member unit. Set while the case is handled.
 */
export function setHandlingMode(state: CaseState, actor: CaseActor, p: ModePayload): CaseState {
  requireRole(actor, CASE_ROLES.mode, "确定办理方式");
  requireStatus(state, ACTIVE, "改变办理方式（已办结或已终止）");
  switch (p.mode) {
    case HandlingMode.SINGLE_UNIT:
      return { ...state, mode: p.mode, coordination: null, joint: null };
    case HandlingMode.REGIONAL_COORDINATION: {
      if (blank(p.regionId)) throw badInput("片区协作须指定片区");
      const participating = idList(p.participatingUnitIds);
      const coordinator = p.coordinatingUnitId?.trim();
      if (!coordinator) throw badInput("片区协作须指定协调单位");
      const all = idList([coordinator, ...participating]);
      const outside = all.filter((u) => !p.regionUnitIds.includes(u));
      if (outside.length) throw badInput("参与单位和协调单位须属于该片区");
      if (all.length < 2) throw badInput("片区协作须有至少两个单位参加");
      return {
        ...state,
        mode: p.mode,
        joint: null,
        coordination: {
          regionId: p.regionId.trim(),
          coordinatingUnitId: coordinator,
          participatingUnitIds: participating.filter((u) => u !== coordinator),
        },
      };
    }
    case HandlingMode.JOINT: {
      const lead = p.leadUnitId?.trim();
      if (!lead) throw badInput("“室组地”联合办理须指定牵头单位");
      const members = idList(p.memberUnitIds).filter((u) => u !== lead);
      if (!members.length) throw badInput("“室组地”联合办理须有至少一个成员单位");
      return { ...state, mode: p.mode, coordination: null, joint: { leadUnitId: lead, memberUnitIds: members } };
    }
    default:
      throw badInput("办理方式无效");
  }
}

/** A dated progress entry by a handling unit: the first one moves an accepted case into progress. */
export function recordProgress(state: CaseState, actor: CaseActor): CaseState {
  requireHandlerOfCase(state, actor, CASE_ROLES.progress, "记录办理进展");
  requireStatus(state, [CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS], "记录办理进展（须先受理，且未办结）");
  return state.status === CaseStatus.ACCEPTED ? { ...state, status: CaseStatus.IN_PROGRESS } : state;
}

export interface ConcludePayload {
  finding: Finding;
  outcome: string;
}

/** 办结: the responsible (or lead/coordinating) unit concludes with a finding and the outcome. */
export function concludeCase(state: CaseState, actor: CaseActor, p: ConcludePayload, now: Date): CaseState {
  requireHandlerOfCase(state, actor, CASE_ROLES.conclude, "办结", true);
  if (state.status === CaseStatus.ACCEPTED) throw conflict("该案尚无办理进展，须先记录办理进展再办结");
  requireStatus(state, [CaseStatus.IN_PROGRESS], "办结（须在办理中）");
  if (!Object.values(Finding).includes(p.finding)) throw badInput("请选择核查结论：属实、部分属实或不属实");
  if (state.assignment?.byHigherAuthority && !state.assignment.closingReport)
    throw conflict(
      `上级交办件须先报送办结报告（内容、报告人、日期）才能办结${state.assignment.dueDate ? `，上级交办期限为 ${state.assignment.dueDate}` : ""}`,
    );
  const outcome = requireText(p.outcome, "处理结果", 2000);
  return {
    ...state,
    status: CaseStatus.CONCLUDED,
    conclusion: { finding: p.finding, outcome, at: now.toISOString(), by: actor.id },
  };
}

export interface ClosingReportPayload {
  text: string;
  /** 报告人 (the name it is signed with); default: none given, the entering user stands for it. */
  author?: string | null;
  /** 报告日期 YYYY-MM-DD; default today (Beijing). Not in the future. */
  date?: string | null;
}

/**
 * 办结报告 for an assigned item: content, author and date. Written while the case is handled or
 * once it is concluded; an item assigned by a higher authority needs it before conclusion
 * (concludeCase), one assigned down by us before closing (closeCase). One sent after the due
 * date is kept, and shows as late (closingReportLate).
 */
export function submitClosingReport(
  state: CaseState,
  actor: CaseActor,
  payload: ClosingReportPayload | string,
  now: Date,
): CaseState {
  const p = typeof payload === "string" ? { text: payload } : payload;
  requireRole(actor, CASE_ROLES.closingReport, "报送办结报告");
  if (!state.assignment) throw conflict("该案不是交办件，无需报送办结报告");
  requireHandlerOfCase(state, actor, CASE_ROLES.closingReport, "报送办结报告", true);
  if (state.assignment.closingReport) throw conflict("办结报告已报送");
  requireStatus(
    state,
    [CaseStatus.IN_PROGRESS, CaseStatus.CONCLUDED, CaseStatus.FEEDBACK_GIVEN],
    "报送办结报告（须已开展办理：先受理并记录办理进展）",
  );
  const body = requireText(p.text, "办结报告", 5000);
  const author = blank(p.author) ? null : p.author!.trim();
  if (author && author.length > 100) throw badInput("报告人最多 100 字");
  const today = beijingDate(now);
  const date = blank(p.date) ? today : requireDate(p.date, "报告日期");
  if (date > today) throw badInput("报告日期不能晚于今天");
  return {
    ...state,
    assignment: {
      ...state.assignment,
      closingReport: { text: body, at: now.toISOString(), by: actor.id, author, date },
    },
  };
}

/** True when an assigned item's due date has passed and its closing report is still missing. */
export function assignmentOverdue(state: CaseState, now: Date): boolean {
  const a = state.assignment;
  return !!a?.dueDate && !a.closingReport && beijingDate(now) > a.dueDate;
}

/** True when an assigned item's closing report came (or is still missing) after its due date. */
export function closingReportLate(state: CaseState, now: Date): boolean {
  const a = state.assignment;
  if (!a?.dueDate) return false;
  const sent = a.closingReport ? beijingDate(a.closingReport.at) : beijingDate(now);
  return sent > a.dueDate;
}

/**
 * The result was fed back to the real-name reporter (the reporter loop's use case records the
 * contact itself; this is the status step it takes).
 */
export function markFeedbackGiven(state: CaseState, now: Date): CaseState {
  requireStatus(state, [CaseStatus.CONCLUDED], "记录结果反馈（须先办结，且只反馈一次）");
  if (!state.realName) throw conflict("匿名举报无需向举报人反馈结果");
  return { ...state, status: CaseStatus.FEEDBACK_GIVEN, feedbackGivenAt: now.toISOString() };
}

/**
 * 结案. A real-name reporter must have been told the result first; an assigned item needs its
 * closing report.
 */
export function closeCase(state: CaseState, actor: CaseActor, now: Date): CaseState {
  requireRole(actor, CASE_ROLES.close, "结案");
  if (state.status === CaseStatus.CONCLUDED && state.realName)
    throw conflict("实名举报须先向举报人反馈办理结果，才能结案");
  requireStatus(state, [CaseStatus.CONCLUDED, CaseStatus.FEEDBACK_GIVEN], "结案（须先办结）");
  if (state.assignment && !state.assignment.closingReport) throw conflict("交办件须先报送办结报告，才能结案");
  return { ...state, status: CaseStatus.CLOSED, closedAt: now.toISOString() };
}

/**
 * Intake withdrew the routing decision (ReportReopened): a case nobody has worked on yet ends.
 * Returns null when the case has moved on (it is then left as it is, and the history says so).
 */
export function withdrawCase(state: CaseState, reason: string, now: Date): CaseState | null {
  if (state.status !== CaseStatus.PENDING_ACCEPTANCE && state.status !== CaseStatus.ACCEPTED) return null;
  return {
    ...state,
    status: CaseStatus.WITHDRAWN,
    supervision: null,
    withdrawal: { reason: reason.trim() || "分办决定撤回", at: now.toISOString() },
  };
}

/** True when the case is finished (closed or withdrawn): nothing more happens to it. */
export const isEnded = (state: Pick<CaseState, "status">): boolean => ENDED.includes(state.status);
