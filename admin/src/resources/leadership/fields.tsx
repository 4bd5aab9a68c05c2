import { RecordContextProvider, useRecordContext, useTranslate } from "react-admin";
import { Chip } from "@mui/material";
import { CaseDueField } from "../cases/fields";

/** The nearest deadline of the row's case (the cases subgraph's dates), red when past. */
export function NestedCaseDueField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  if (!record?.case) return null;
  return (
    <RecordContextProvider value={record.case}>
      <CaseDueField />
    </RecordContextProvider>
  );
}

/** 包联: the case is in one of the leader's linked towns. */
export function LinkedTownField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.inLinkedTown) return null;
  return <Chip size="small" color="primary" label={translate("app.leadership.linked")} data-linked="true" />;
}

/** Working days left before a reminder's date, as a coloured countdown. */
export function ReminderCountdown({ dueDate, workingDaysLeft }: { dueDate: string; workingDaysLeft: number }) {
  const translate = useTranslate();
  const label =
    workingDaysLeft < 0
      ? translate("app.leadership.overdue_days", { days: -workingDaysLeft })
      : workingDaysLeft === 0
        ? translate("app.leadership.due_today")
        : translate("app.leadership.days_left", { days: workingDaysLeft });
  const color = workingDaysLeft < 0 ? "error" : workingDaysLeft <= 3 ? "warning" : "default";
  return (
    <Chip
      size="small"
      color={color}
      label={`${label}（${dueDate}）`}
      data-overdue={workingDaysLeft < 0 ? "true" : "false"}
    />
  );
}

/** The joint tasks of the row's case: how many, how many overdue (red when any). */
export function JointTasksField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const tasks: { overdue: boolean; status: string }[] = record?.case?.tasks ?? [];
  if (!tasks.length) return <span>{translate("app.leadership.no_tasks")}</span>;
  const overdue = tasks.filter((t) => t.overdue).length;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={overdue ? "error" : "default"}
      label={translate("app.leadership.tasks_summary", { total: tasks.length, overdue })}
      data-tasks-overdue={overdue}
    />
  );
}

/** How often the owner analysed the case, and when last. */
export function AnalysisField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const sessions: { heldOn: string }[] = record?.analysisSessions ?? [];
  if (!sessions.length) return <span>{translate("app.leadership.no_sessions")}</span>;
  const last = sessions.map((s) => s.heldOn).sort()[sessions.length - 1];
  return <span>{translate("app.leadership.sessions", { count: sessions.length, date: last })}</span>;
}

/**
 * The leader's lists have many columns: the cells wrap (the summary at a readable width) so
 * the page fits the screen; serials stay on one line.
 */
export const WRAP_SUMMARY = {
  "& td, & th": { whiteSpace: "normal" },
  "& td.column-serial": { whiteSpace: "nowrap" },
  "& td.column-case\\.report\\.summary": { minWidth: 200 },
};

/** The leader's field-work lists: free text wraps at a readable width, dates stay on one line. */
export const FIELD_WORK_CELLS = {
  "& td, & th": { whiteSpace: "normal", verticalAlign: "top" },
  "& td.column-heldOn, & td.column-visitedOn, & td.column-receptionDate": { whiteSpace: "nowrap" },
  "& td.column-decisions, & td.column-outcome, & td.column-scope": { minWidth: 220 },
};

/** A status as a small chip in its colour (receptions, campaigns), labelled from app.<prefix>.<STATUS>. */
export function StatusChip({
  prefix,
  colours,
}: {
  prefix: string;
  colours: Record<string, "primary" | "success" | "default">;
  label?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={colours[record.status] ?? "default"}
      label={translate(`${prefix}.${record.status}`)}
      data-status={record.status}
    />
  );
}
