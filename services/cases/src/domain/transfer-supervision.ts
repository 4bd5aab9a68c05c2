import { badInput, beijingDate, conflict, endOfBeijingDay, forbidden, Role, type WorkingCalendar } from "@prp/kit/core";

/**
 * Out-of-scope transfers, 双向移交、单向反馈: the matter goes to the competent department and
 * a copy to the supervision office or stationed group that liaises with it; the department
 * feeds back (单向反馈) within a number of working days; the liaison office supervises a slow
 * one: a reminder (提醒督办), then a formal letter (发函督办), then on site (现场督办). Each
 * action gives the department a new, shorter time to answer; when that passes too, the next
 * mode is suggested. Pure: the caller stores what comes out.
 */

/**
 * After each supervision action the department has this many working days to answer. (The
 * first due date, N working days after the transfer, is the transfer's own `dueDate`.)
 */
export const SUPERVISION_RESPONSE_WORKING_DAYS = 5;

/** In the order they escalate. */
export enum SupervisionMode {
  REMINDER = "REMINDER",
  LETTER = "LETTER",
  ON_SITE = "ON_SITE",
}

export const SUPERVISION_MODE_LABELS: Record<SupervisionMode, string> = {
  [SupervisionMode.REMINDER]: "提醒督办",
  [SupervisionMode.LETTER]: "发函督办",
  [SupervisionMode.ON_SITE]: "现场督办",
};

const ESCALATION: readonly SupervisionMode[] = [
  SupervisionMode.REMINDER,
  SupervisionMode.LETTER,
  SupervisionMode.ON_SITE,
];

/** Checks a configured number of response days (whole working days, 1 to 120). */
export function checkResponseWorkingDays(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 120) throw badInput("督办后的答复期限须为 1 到 120 个工作日");
  return n;
}

export const TRANSFER_TEXT_LIMITS = { content: 4000, note: 1000, fileName: 200, attachments: 20 } as const;
/** Largest attachment the metadata may describe (the file itself is kept elsewhere). */
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;

export interface SupervisionRecord {
  mode: SupervisionMode;
  /** When it was done. */
  at: Date;
  /** The user who did it. */
  by: string;
  note: string;
}

/** What supervision needs to know about a transfer. */
export interface TransferTiming {
  transferredAt: Date;
  /** The day the department's feedback is due (the transfer's dueDate, YYYY-MM-DD). */
  feedbackDueDate: string;
  feedbackAt: Date | null;
  /** Supervision actions so far, in any order. */
  actions: readonly Pick<SupervisionRecord, "mode" | "at">[];
}

export interface SupervisionStatus {
  /** The day the department's feedback is due (移交后 N 个工作日). */
  feedbackDueDate: string;
  /** That day has passed without feedback. */
  overdue: boolean;
  /** Working days left to the feedback due date (negative: overdue); null once fed back. */
  daysLeft: number | null;
  /** The day the department must answer by now: the feedback due date, or the last action's date plus the response days. */
  answerDueDate: string | null;
  /** The mode to use next, once the answer due date has passed; null otherwise. */
  suggestedMode: SupervisionMode | null;
  /** The last action taken, or null. */
  lastMode: SupervisionMode | null;
}

function daysLeft(calendar: WorkingCalendar, dueDate: string, now: Date): number {
  const today = beijingDate(now);
  if (today <= dueDate) return calendar.workingDaysBetween(today, dueDate);
  return -Math.max(1, calendar.workingDaysBetween(dueDate, today));
}

const passed = (dueDate: string, now: Date) => now.getTime() > endOfBeijingDay(dueDate).getTime();

/**
 * Where supervision of a transfer stands at `now`. Before any action the department must
 * answer by the feedback due date; after an action, by that action's date plus the response
 * days. When that has passed: REMINDER if nothing was done yet, else the mode after the last
 * one (ON_SITE stays ON_SITE: there is nothing stronger, so it is done again).
 */
export function supervisionStatus(
  calendar: WorkingCalendar,
  t: TransferTiming,
  now: Date,
  responseWorkingDays = SUPERVISION_RESPONSE_WORKING_DAYS,
): SupervisionStatus {
  const ordered = [...t.actions].sort((a, b) => a.at.getTime() - b.at.getTime());
  const last = ordered[ordered.length - 1] ?? null;
  const lastMode = last?.mode ?? null;
  const feedbackDueDate = t.feedbackDueDate;
  if (t.feedbackAt)
    return { feedbackDueDate, overdue: false, daysLeft: null, answerDueDate: null, suggestedMode: null, lastMode };
  const answerDueDate = last ? calendar.addWorkingDays(beijingDate(last.at), responseWorkingDays) : feedbackDueDate;
  const suggestedMode = !passed(answerDueDate, now)
    ? null
    : lastMode === null
      ? ESCALATION[0]
      : ESCALATION[Math.min(ESCALATION.indexOf(lastMode) + 1, ESCALATION.length - 1)];
  return {
    feedbackDueDate,
    overdue: passed(feedbackDueDate, now),
    daysLeft: daysLeft(calendar, feedbackDueDate, now),
    answerDueDate,
    suggestedMode,
    lastMode,
  };
}

/** Whether the feedback due date has passed without feedback (the TransferOverdue event, the overdue list). */
export function feedbackOverdue(t: Pick<TransferTiming, "feedbackDueDate" | "feedbackAt">, now: Date): boolean {
  return !t.feedbackAt && passed(t.feedbackDueDate, now);
}

const blank = (s: string | null | undefined) => s == null || s.trim() === "";

/** A supervision action as stored: a known mode, a note, not dated in the future or before the transfer, not after feedback. */
export function supervisionRecord(
  t: TransferTiming,
  input: { mode: SupervisionMode; note: string; at: Date; by: string },
  now: Date,
): SupervisionRecord {
  const problems: string[] = [];
  if (!ESCALATION.includes(input.mode)) problems.push("督办方式无效");
  if (blank(input.note)) problems.push("请填写督办情况");
  else if (input.note.trim().length > TRANSFER_TEXT_LIMITS.note)
    problems.push(`督办情况不能超过 ${TRANSFER_TEXT_LIMITS.note} 字`);
  if (Number.isNaN(input.at.getTime())) problems.push("督办时间无效");
  else if (input.at.getTime() > now.getTime()) problems.push("督办时间不能晚于现在");
  else if (input.at.getTime() < t.transferredAt.getTime()) problems.push("督办时间不能早于移交时间");
  if (problems.length) throw badInput(problems.join("；"), { problems });
  if (t.feedbackAt) throw conflict("主管部门已反馈办理情况，无需再督办");
  return { mode: input.mode, at: input.at, by: input.by, note: input.note.trim() };
}

export interface AttachmentMeta {
  fileName: string;
  sizeBytes: number;
  mimeType: string | null;
}

export interface TransferFeedbackRecord {
  content: string;
  attachments: AttachmentMeta[];
  at: Date;
  by: string;
}

/** The department's feedback as stored, or why not: once only, with its content, attachments' metadata and time. */
export function transferFeedbackRecord(
  t: Pick<TransferTiming, "transferredAt" | "feedbackAt">,
  input: { content: string; attachments?: readonly AttachmentMeta[] | null; at: Date; by: string },
  now: Date,
): TransferFeedbackRecord {
  const problems: string[] = [];
  if (blank(input.content)) problems.push("请填写办理情况");
  else if (input.content.trim().length > TRANSFER_TEXT_LIMITS.content)
    problems.push(`办理情况不能超过 ${TRANSFER_TEXT_LIMITS.content} 字`);
  const attachments = input.attachments ?? [];
  if (attachments.length > TRANSFER_TEXT_LIMITS.attachments)
    problems.push(`附件不能超过 ${TRANSFER_TEXT_LIMITS.attachments} 个`);
  attachments.forEach((a, i) => {
    if (blank(a.fileName) || a.fileName.trim().length > TRANSFER_TEXT_LIMITS.fileName)
      problems.push(`第 ${i + 1} 个附件的文件名须为 1 到 ${TRANSFER_TEXT_LIMITS.fileName} 字`);
    if (!Number.isInteger(a.sizeBytes) || a.sizeBytes < 0 || a.sizeBytes > MAX_ATTACHMENT_BYTES)
      problems.push(`第 ${i + 1} 个附件的大小无效`);
  });
  if (Number.isNaN(input.at.getTime())) problems.push("反馈时间无效");
  else if (input.at.getTime() > now.getTime()) problems.push("反馈时间不能晚于现在");
  else if (input.at.getTime() < t.transferredAt.getTime()) problems.push("反馈时间不能早于移交时间");
  if (problems.length) throw badInput(problems.join("；"), { problems });
  if (t.feedbackAt) throw conflict("该移交件已反馈办理情况，不能重复反馈");
  return {
    content: input.content.trim(),
    attachments: attachments.map((a) => ({
      fileName: a.fileName.trim(),
      sizeBytes: a.sizeBytes,
      mimeType: blank(a.mimeType) ? null : a.mimeType!.trim(),
    })),
    at: input.at,
    by: input.by,
  };
}

/** Who is asking, as the token says. */
export interface TransferActor {
  roles: readonly string[];
  departmentId: string | null;
}

/**
 * 单向反馈: only a LIAISON user of the department the matter was transferred to records its
 * feedback; the liaison of another department is refused (FORBIDDEN).
 */
export function checkMayRecordFeedback(actor: TransferActor, transfer: { departmentId: string }): void {
  if (!actor.roles.includes(Role.LIAISON)) throw forbidden("只有主管部门联络员才能反馈移交件的办理情况");
  if (!actor.departmentId || actor.departmentId !== transfer.departmentId)
    throw forbidden("只能反馈移交给本部门的事项");
}

/** The liaison office holding the copy (抄送) supervises, and so may a leader or the petition office. */
export function checkMaySupervise(actor: TransferActor, transfer: { copyToDepartmentId: string | null }): void {
  if (actor.roles.includes(Role.LEADER) || actor.roles.includes(Role.PETITION_OFFICER)) return;
  if (
    actor.roles.includes(Role.CASE_HANDLER) &&
    actor.departmentId &&
    actor.departmentId === transfer.copyToDepartmentId
  )
    return;
  throw forbidden("只有抄送的联系纪检监察室（派驻组）、信访室或委领导才能督办该移交件");
}

export interface OverdueTransferRow extends TransferTiming {
  id: string;
  departmentId: string;
}

export interface DepartmentOverdue {
  departmentId: string;
  /** Overdue transfers of the department, the longest overdue first. */
  transfers: { id: string; status: SupervisionStatus }[];
}

/** Overdue transfers grouped by competent department, the department with most first (then by id). */
export function overdueByDepartment(
  calendar: WorkingCalendar,
  rows: readonly OverdueTransferRow[],
  now: Date,
  responseWorkingDays = SUPERVISION_RESPONSE_WORKING_DAYS,
): DepartmentOverdue[] {
  const groups = new Map<string, { id: string; status: SupervisionStatus }[]>();
  for (const row of rows) {
    const status = supervisionStatus(calendar, row, now, responseWorkingDays);
    if (!status.overdue) continue;
    const list = groups.get(row.departmentId) ?? [];
    list.push({ id: row.id, status });
    groups.set(row.departmentId, list);
  }
  return [...groups.entries()]
    .map(([departmentId, transfers]) => ({
      departmentId,
      transfers: transfers.sort(
        (a, b) => (a.status.daysLeft ?? 0) - (b.status.daysLeft ?? 0) || a.id.localeCompare(b.id),
      ),
    }))
    .sort((a, b) => b.transfers.length - a.transfers.length || a.departmentId.localeCompare(b.departmentId));
}
