/** The cases subgraph's enums (values as the graph names them; labels in messages.ts). */
export const CASE_STATUSES = [
  "PENDING_ACCEPTANCE",
  "ACCEPTED",
  "IN_PROGRESS",
  "CONCLUDED",
  "FEEDBACK_GIVEN",
  "CLOSED",
  "WITHDRAWN",
];
export const GRADES = ["ROUTINE", "KEY"];
export const MODES = ["SINGLE_UNIT", "REGIONAL_COORDINATION", "JOINT"];
export const TASK_STATUSES = ["OPEN", "IN_PROGRESS", "DONE"];
export const COLOURS = ["RED", "ORANGE", "YELLOW", "GREEN"];
export const LABEL_CATEGORIES = ["CLOSED_NOT_ACCEPTED", "REPEAT", "SKIP_LEVEL", "COLLECTIVE", "LONG_OPEN"];
export const FINDINGS = ["SUBSTANTIATED", "PARTLY_SUBSTANTIATED", "UNSUBSTANTIATED"];
export const CONTACT_KINDS = ["PROGRESS", "RESULT_FEEDBACK", "RESPONSE"];
export const CONTACT_CHANNELS = ["PHONE", "IN_PERSON", "LETTER", "SMS", "ONLINE"];
export const RESPONSES = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"];
export const SUPERVISION_MODES = ["REMINDER", "LETTER", "ON_SITE"];
export const NOTICE_KINDS = ["ACCEPTANCE_NOTICE", "RESULT_FEEDBACK"];

/** MUI colours of the colour labels. */
export const COLOUR_HEX: Record<string, string> = {
  RED: "#c62828",
  ORANGE: "#ef6c00",
  YELLOW: "#f9a825",
  GREEN: "#2e7d32",
};

/**
 * What the case waits for next, from its state (a key of app.cases.next): the handler's to-do
 * in the list, so nobody has to open the case to know.
 */
export function nextStep(c: {
  status: string;
  realName?: boolean;
  mode?: string;
  assignedDueDate?: string | null;
  closingReportAt?: string | null;
  resultFeedback?: { state: string } | null;
}): string {
  switch (c.status) {
    case "PENDING_ACCEPTANCE":
      return "accept";
    case "ACCEPTED":
    case "IN_PROGRESS":
      return "progress";
    case "CONCLUDED":
      if (c.assignedDueDate && !c.closingReportAt) return "closing_report";
      if (c.resultFeedback && ["PENDING", "OVERDUE"].includes(c.resultFeedback.state)) return "feedback";
      return "close";
    case "FEEDBACK_GIVEN":
      return "close";
    default:
      return "none";
  }
}

/** The nearest date the case must meet, and what it is for (a key of app.cases.due). */
export function nearestDue(c: {
  status: string;
  supervisionDueDate?: string | null;
  assignedDueDate?: string | null;
  concludedAt?: string | null;
  resultFeedback?: { state: string; dueDate?: string | null } | null;
}): { kind: string; date: string } | null {
  const open = ["PENDING_ACCEPTANCE", "ACCEPTED", "IN_PROGRESS"].includes(c.status);
  const dues: { kind: string; date: string }[] = [];
  if (open && c.supervisionDueDate) dues.push({ kind: "supervision", date: c.supervisionDueDate });
  if (open && c.assignedDueDate) dues.push({ kind: "assigned", date: c.assignedDueDate });
  if (c.resultFeedback?.dueDate && ["PENDING", "OVERDUE"].includes(c.resultFeedback.state))
    dues.push({ kind: "feedback", date: c.resultFeedback.dueDate });
  dues.sort((a, b) => a.date.localeCompare(b.date));
  return dues[0] ?? null;
}
