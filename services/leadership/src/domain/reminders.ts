import type { WorkingCalendar } from "@prp/kit/core";

/** What falls due on an owned case. */
export enum ReminderKind {
  TARGET_DATE = "TARGET_DATE",
  SUPERVISION = "SUPERVISION",
  ASSIGNMENT_REPORT = "ASSIGNMENT_REPORT",
  RESULT_FEEDBACK = "RESULT_FEEDBACK",
  JOINT_TASK = "JOINT_TASK",
}
export const REMINDER_KIND_LABELS: Record<ReminderKind, string> = {
  TARGET_DATE: "包案目标办结日期",
  SUPERVISION: "挂牌督办期限",
  ASSIGNMENT_REPORT: "交办件办结报告期限",
  RESULT_FEEDBACK: "实名举报结果反馈期限",
  JOINT_TASK: "联合办理任务期限",
};

/** How far ahead the reminder list looks: one working week (五个工作日) on the Chinese calendar. */
export const REMINDER_WORKING_DAYS = 5;

/** Case handling's statuses after which nothing of the handling falls due any more. */
const FINISHED = ["CONCLUDED", "FEEDBACK_GIVEN", "CLOSED", "WITHDRAWN"];

/** An owned case's dates: the owner's target date, and case handling's deadlines (resolved through the graph). */
export interface OwnedCaseDates {
  caseId: string;
  serial: string;
  targetDate: string | null;
  /** null when case handling did not answer for the case. */
  handling: {
    status: string;
    supervisionDueDate: string | null;
    assignedDueDate: string | null;
    assignmentReported: boolean;
    feedbackDueDate: string | null;
    feedbackState: string | null;
    tasks: { title: string; dueDate: string; status: string; overdue: boolean }[];
  } | null;
}

export interface Reminder {
  caseId: string;
  serial: string;
  kind: ReminderKind;
  title: string;
  dueDate: string;
  overdue: boolean;
  /** Working days left (0 on the due day); negative when overdue. */
  workingDaysLeft: number;
}

/** Everything an owned case has that falls due, whatever the date. */
export function dueItems(c: OwnedCaseDates): Omit<Reminder, "overdue" | "workingDaysLeft">[] {
  const items: Omit<Reminder, "overdue" | "workingDaysLeft">[] = [];
  const add = (kind: ReminderKind, dueDate: string | null, title = REMINDER_KIND_LABELS[kind]) => {
    if (dueDate) items.push({ caseId: c.caseId, serial: c.serial, kind, title, dueDate });
  };
  const h = c.handling;
  const finished = !!h && FINISHED.includes(h.status);
  if (!finished) add(ReminderKind.TARGET_DATE, c.targetDate);
  if (!h) return items;
  if (!finished) add(ReminderKind.SUPERVISION, h.supervisionDueDate);
  if (!h.assignmentReported) add(ReminderKind.ASSIGNMENT_REPORT, h.assignedDueDate);
  if (h.feedbackState === "PENDING" || h.feedbackState === "OVERDUE")
    add(ReminderKind.RESULT_FEEDBACK, h.feedbackDueDate);
  for (const t of h.tasks) if (t.status !== "DONE") add(ReminderKind.JOINT_TASK, t.dueDate, `联合办理任务：${t.title}`);
  return items;
}

/** Working days left until `dueDate` (0 on the due day); negative when overdue, at least -1. */
export function workingDaysLeft(calendar: WorkingCalendar, dueDate: string, today: string): number {
  if (today <= dueDate) return calendar.workingDaysBetween(today, dueDate);
  return -Math.max(1, calendar.workingDaysBetween(dueDate, today));
}

/**
 * The reminder list (本周到期提醒): what is overdue, and what falls due within the next
 * REMINDER_WORKING_DAYS working days (holidays and make-up workdays counted), soonest first.
 */
export function remindersDue(cases: readonly OwnedCaseDates[], today: string, calendar: WorkingCalendar): Reminder[] {
  const horizon = calendar.addWorkingDays(today, REMINDER_WORKING_DAYS);
  return cases
    .flatMap(dueItems)
    .filter((i) => i.dueDate <= horizon)
    .map((i) => ({ ...i, overdue: i.dueDate < today, workingDaysLeft: workingDaysLeft(calendar, i.dueDate, today) }))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.serial.localeCompare(b.serial)));
}

/** An owned case with something overdue (the dashboard's count). */
export function hasOverdue(c: OwnedCaseDates, today: string): boolean {
  return dueItems(c).some((i) => i.dueDate < today) || !!c.handling?.tasks.some((t) => t.overdue);
}
