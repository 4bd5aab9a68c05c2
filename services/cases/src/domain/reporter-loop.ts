import { badInput, beijingDate, conflict, endOfBeijingDay, type WorkingCalendar } from "@prp/kit/core";

/**
 * The loop with a real-name reporter (与实名举报人全过程沟通): progress contacts while the case
 * is handled, the result feedback after conclusion (办结后 15 个工作日内反馈), and the
 * reporter's response to it. DISSATISFIED after conclusion marks the case 结而不服, which the
 * colour labels pick up. Pure: records go in and come out; the caller stores them.
 */

/** How the reporter was reached. */
export enum ContactChannel {
  PHONE = "PHONE",
  IN_PERSON = "IN_PERSON",
  LETTER = "LETTER",
  SMS = "SMS",
  ONLINE = "ONLINE",
}

export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, string> = {
  [ContactChannel.PHONE]: "电话",
  [ContactChannel.IN_PERSON]: "当面",
  [ContactChannel.LETTER]: "书面",
  [ContactChannel.SMS]: "短信",
  [ContactChannel.ONLINE]: "网上",
};

/** What a contact was for. */
export enum ContactKind {
  /** 进展沟通: while the case is handled. */
  PROGRESS = "PROGRESS",
  /** 办理结果反馈: after conclusion; moves the case to FEEDBACK_GIVEN. */
  RESULT_FEEDBACK = "RESULT_FEEDBACK",
  /** 举报人评价: the reporter's answer given later than the feedback (or changed after an explanation). */
  RESPONSE = "RESPONSE",
}

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  [ContactKind.PROGRESS]: "进展沟通",
  [ContactKind.RESULT_FEEDBACK]: "办理结果反馈",
  [ContactKind.RESPONSE]: "举报人评价",
};

/** The reporter's answer to the result (满意度). */
export enum ReporterResponse {
  SATISFIED = "SATISFIED",
  BASICALLY_SATISFIED = "BASICALLY_SATISFIED",
  DISSATISFIED = "DISSATISFIED",
}

export const REPORTER_RESPONSE_LABELS: Record<ReporterResponse, string> = {
  [ReporterResponse.SATISFIED]: "满意",
  [ReporterResponse.BASICALLY_SATISFIED]: "基本满意",
  [ReporterResponse.DISSATISFIED]: "不满意",
};

/** 结服: the reporter accepts the result. */
export const isAcceptedResponse = (r: ReporterResponse | null | undefined): boolean =>
  r === ReporterResponse.SATISFIED || r === ReporterResponse.BASICALLY_SATISFIED;

/** Tell a real-name reporter the result within 15 working days of conclusion (办结). */
export const RESULT_FEEDBACK_WORKING_DAYS = 15;

/** Longest texts a clerk may type; the database columns hold them. */
export const CONTACT_LIMITS = { who: 100, said: 2000 } as const;

export interface ContactInput {
  kind: ContactKind;
  channel: ContactChannel;
  /** When it happened (defaults to now in the use case). */
  at: Date;
  /** Who spoke with the reporter (the handler's name, or several). */
  who: string;
  /** What was said, in the handler's words. */
  said: string;
  /** The reporter's answer, given with the result feedback (optional). */
  response?: ReporterResponse | null;
}

export interface ContactRecord {
  kind: ContactKind;
  channel: ContactChannel;
  at: Date;
  who: string;
  said: string;
  response: ReporterResponse | null;
}

/** Where the case stands, as far as the reporter loop needs to know. */
export interface LoopFacts {
  realName: boolean;
  /** When the case was opened; nothing can be said to the reporter about it before (null: not checked). */
  openedAt: Date | null;
  /** When the case was concluded (办结), or null while it is handled. */
  concludedAt: Date | null;
  /** When the result feedback was given, or null. */
  feedbackGivenAt: Date | null;
}

const blank = (s: string | null | undefined) => s == null || s.trim() === "";

/**
 * A contact as it will be stored, or BAD_USER_INPUT / CONFLICT saying why not. Checks the
 * fields first (every problem at once), then whether the case allows this kind of contact.
 */
export function contactRecord(facts: LoopFacts, input: ContactInput, now: Date): ContactRecord {
  const problems: string[] = [];
  if (!Object.values(ContactKind).includes(input.kind)) problems.push("沟通类型无效");
  if (!Object.values(ContactChannel).includes(input.channel)) problems.push("沟通方式无效");
  if (!(input.at instanceof Date) || Number.isNaN(input.at.getTime())) problems.push("沟通时间无效");
  else if (input.at.getTime() > now.getTime()) problems.push("沟通时间不能晚于现在");
  else if (facts.openedAt && input.at.getTime() < facts.openedAt.getTime()) problems.push("沟通时间不能早于立办时间");
  if (blank(input.who)) problems.push("请填写沟通人");
  else if (input.who.trim().length > CONTACT_LIMITS.who) problems.push(`沟通人不能超过 ${CONTACT_LIMITS.who} 字`);
  if (blank(input.said)) problems.push("请填写沟通内容");
  else if (input.said.trim().length > CONTACT_LIMITS.said) problems.push(`沟通内容不能超过 ${CONTACT_LIMITS.said} 字`);
  const response = input.response ?? null;
  if (response !== null && !Object.values(ReporterResponse).includes(response)) problems.push("举报人评价无效");
  if (response !== null && input.kind === ContactKind.PROGRESS) problems.push("只有反馈办理结果时才能记录举报人评价");
  if (response === null && input.kind === ContactKind.RESPONSE) problems.push("请选择举报人评价");
  if (problems.length) throw badInput(problems.join("；"), { problems });

  if (!facts.realName) throw conflict("匿名举报无法联系举报人，无需沟通反馈");
  if (input.kind === ContactKind.RESULT_FEEDBACK) {
    if (!facts.concludedAt) throw conflict("案件尚未办结，不能反馈办理结果");
    if (facts.feedbackGivenAt) throw conflict("已向举报人反馈过办理结果，不能重复反馈");
    if (input.at.getTime() < facts.concludedAt.getTime()) throw badInput("反馈时间不能早于办结时间");
  }
  if (input.kind === ContactKind.RESPONSE) {
    checkResponseAllowed(facts, response!);
    if (input.at.getTime() < facts.feedbackGivenAt!.getTime()) throw badInput("评价时间不能早于结果反馈时间");
  }
  return {
    kind: input.kind,
    channel: input.channel,
    at: input.at,
    who: input.who.trim(),
    said: input.said.trim(),
    response,
  };
}

/**
 * The reporter's response recorded on its own (the reporter answered later, or changed
 * their mind after an explanation): only after the result was fed back.
 */
export function checkResponseAllowed(facts: LoopFacts, response: ReporterResponse): void {
  if (!Object.values(ReporterResponse).includes(response)) throw badInput("举报人评价无效");
  if (!facts.realName) throw conflict("匿名举报没有举报人评价");
  if (!facts.concludedAt) throw conflict("案件尚未办结，不能记录对办理结果的评价");
  if (!facts.feedbackGivenAt) throw conflict("请先向举报人反馈办理结果，再记录其评价");
}

/**
 * 结而不服: the case was concluded and the reporter's latest response is DISSATISFIED. A later
 * SATISFIED or BASICALLY_SATISFIED (after explanation) lifts it; the history keeps both.
 */
export function closedNotAccepted(
  facts: Pick<LoopFacts, "concludedAt">,
  latestResponse: ReporterResponse | null,
): boolean {
  return facts.concludedAt !== null && latestResponse === ReporterResponse.DISSATISFIED;
}

export interface FeedbackDeadline {
  /** The last day, Beijing calendar, YYYY-MM-DD. */
  dueDate: string;
  /** The last instant of that day. */
  dueAt: Date;
}

/** When the result feedback is due, or null when none is owed (anonymous, or not concluded). */
export function resultFeedbackDue(
  calendar: WorkingCalendar,
  facts: Pick<LoopFacts, "realName" | "concludedAt">,
  workingDays = RESULT_FEEDBACK_WORKING_DAYS,
): FeedbackDeadline | null {
  if (!facts.realName || !facts.concludedAt) return null;
  const dueDate = calendar.addWorkingDays(beijingDate(facts.concludedAt), workingDays);
  return { dueDate, dueAt: endOfBeijingDay(dueDate) };
}

/**
 * Working days left until `dueDate` (0 on the due day). Negative when overdue: the working
 * days passed since, and at least -1 even on a holiday, so an overdue item never shows "0 left".
 */
export function workingDaysLeft(calendar: WorkingCalendar, dueDate: string, now: Date): number {
  const today = beijingDate(now);
  if (today <= dueDate) return calendar.workingDaysBetween(today, dueDate);
  return -Math.max(1, calendar.workingDaysBetween(dueDate, today));
}

export enum FeedbackState {
  /** Nothing owed: anonymous, or still being handled. */
  NOT_DUE = "NOT_DUE",
  PENDING = "PENDING",
  OVERDUE = "OVERDUE",
  GIVEN = "GIVEN",
  GIVEN_LATE = "GIVEN_LATE",
}

export const FEEDBACK_STATE_LABELS: Record<FeedbackState, string> = {
  [FeedbackState.NOT_DUE]: "无需反馈",
  [FeedbackState.PENDING]: "待反馈",
  [FeedbackState.OVERDUE]: "逾期未反馈",
  [FeedbackState.GIVEN]: "已按期反馈",
  [FeedbackState.GIVEN_LATE]: "已反馈（逾期）",
};

export interface FeedbackCountdown {
  state: FeedbackState;
  dueDate: string | null;
  /** Working days left (negative: overdue); null once given or when nothing is owed. */
  daysLeft: number | null;
}

/** The countdown shown beside a concluded real-name case, and what the overdue list selects on. */
export function feedbackCountdown(
  calendar: WorkingCalendar,
  facts: Pick<LoopFacts, "realName" | "concludedAt" | "feedbackGivenAt">,
  now: Date,
  workingDays = RESULT_FEEDBACK_WORKING_DAYS,
): FeedbackCountdown {
  const due = resultFeedbackDue(calendar, facts, workingDays);
  if (!due) return { state: FeedbackState.NOT_DUE, dueDate: null, daysLeft: null };
  if (facts.feedbackGivenAt) {
    const late = facts.feedbackGivenAt.getTime() > due.dueAt.getTime();
    return { state: late ? FeedbackState.GIVEN_LATE : FeedbackState.GIVEN, dueDate: due.dueDate, daysLeft: null };
  }
  const daysLeft = workingDaysLeft(calendar, due.dueDate, now);
  return {
    state: now.getTime() > due.dueAt.getTime() ? FeedbackState.OVERDUE : FeedbackState.PENDING,
    dueDate: due.dueDate,
    daysLeft,
  };
}
