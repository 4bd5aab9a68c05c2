import type { WorkingCalendar } from "@prp/kit";

/** What leadership asks the directory (adapter: infra/directory-client.ts). */
export interface DirectoryPort {
  /** The working-day calendar with the administrators' overrides. */
  calendar(): Promise<WorkingCalendar>;
  /** A person, or NOT_FOUND. */
  person(id: string): Promise<DirectoryPerson>;
}

/** A case's dates as case handling resolves them (through the graph, never copied). */
export interface CaseDeadlines {
  caseId: string;
  serial: string;
  status: string;
  /** 督办期限 YYYY-MM-DD. */
  supervisionDueDate: string | null;
  /** 交办件办结报告期限 YYYY-MM-DD. */
  assignedDueDate: string | null;
  assignmentLate: boolean;
  /** The closing report (办结报告) was sent. */
  assignmentReported: boolean;
  /** 办理结果反馈期限 YYYY-MM-DD. */
  feedbackDueDate: string | null;
  feedbackState: string | null;
  tasks: { title: string; dueDate: string; status: string; overdue: boolean }[];
}

/** What leadership asks case handling (adapter: infra/cases-client.ts). */
export interface CasesPort {
  /** The deadlines of several cases in one call (missing cases are left out). */
  deadlines(caseIds: readonly string[]): Promise<CaseDeadlines[]>;
  /** Of these cases, those that had an overdue item at the end of `day` (YYYY-MM-DD), in one call. */
  overdueOn(caseIds: readonly string[], day: string): Promise<Set<string>>;
}

/** A person as leadership needs to know them. */
export interface DirectoryPerson {
  id: string;
  displayName: string;
  roles: string[];
  active: boolean;
}
