import {
  AutocompleteInput,
  BooleanInput,
  Button,
  Link,
  List,
  ReferenceInput,
  useDataProvider,
  useListContext,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
} from "react-admin";
import { Alert, Box, Card, CardContent, Chip, Grid, Paper, Stack, Typography } from "@mui/material";
import { ActionDialog } from "../../components/ActionDialog";
import { formatDateTime } from "../../components/fields";
import { readSession } from "../../auth/session";
import { canAccess } from "../../auth/access";
import type { PortalDataProvider } from "../../data/dataProvider";
import { TASK_STATUSES } from "./choices";
import { DueChip } from "./fields";

const boardFilters = [
  <ReferenceInput key="unitId" source="unitId" reference="departments" alwaysOn>
    <AutocompleteInput
      optionText="name"
      label="resources.jointTasks.fields.unitId"
      filterToQuery={(q: string) => ({ search: q })}
    />
  </ReferenceInput>,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
];

function TaskCard({ task }: { task: any }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { permissions } = usePermissions<string[]>();
  // the unit that carries the task updates it (a leader may too); the server refuses the others
  const roles = permissions ?? [];
  const may =
    canAccess(roles, "jointTasks", "update") &&
    (roles.includes("LEADER") || readSession()?.user.department?.id === task.unit.id);
  const update = (status: string, result?: string) =>
    dataProvider.run("jointTasks", "update", { id: task.id, status, result });
  return (
    <Card
      variant="outlined"
      sx={{ mb: 1, borderColor: task.overdue ? "error.main" : undefined, borderWidth: task.overdue ? 2 : 1 }}
      data-testid="task-card"
      data-overdue={task.overdue ? "true" : "false"}
    >
      <CardContent sx={{ pb: "12px !important" }}>
        <Typography sx={{ fontWeight: 600 }}>{task.title}</Typography>
        <Typography variant="body2" color="text.secondary">
          <Link to={`/cases/${encodeURIComponent(task.case.id)}/show`}>{task.case.serial}</Link>
          {task.case.report?.summary ? ` · ${task.case.report.summary}` : ""}
        </Typography>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {task.unit.name}
          {task.assignee ? ` · ${task.assignee.displayName}` : ""}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: "wrap", alignItems: "center" }}>
          {task.status === "DONE" ? (
            <Chip
              size="small"
              color="success"
              label={`${translate("app.cases.task_status.DONE")} ${formatDateTime(task.doneAt, "zh-CN", false)}`}
            />
          ) : (
            <DueChip date={task.dueDate} />
          )}
          {may && task.status === "OPEN" && (
            <Button
              label="app.cases.start_task"
              size="small"
              onClick={async () => {
                try {
                  await update("IN_PROGRESS");
                  notify(translate("app.cases.task_updated"), { type: "success" });
                  refresh();
                } catch (err: any) {
                  notify(err.message, { type: "error" });
                }
              }}
            />
          )}
          {may && task.status !== "DONE" && (
            <ActionDialog
              label="app.cases.finish_task"
              variant="text"
              fields={[{ name: "result", label: "app.cases.result", kind: "multiline", required: true, max: 1000 }]}
              run={(v) => update("DONE", v.result)}
              done="app.cases.task_updated"
            />
          )}
        </Stack>
        {task.result && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate("app.cases.result")}：{task.result}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/** The joint cases on the board: lead and member units, tasks and how many are overdue. */
function JointCases({ tasks }: { tasks: any[] }) {
  const translate = useTranslate();
  const byCase = new Map<string, { c: any; tasks: any[] }>();
  for (const t of tasks) {
    const entry = byCase.get(t.case.id) ?? { c: t.case, tasks: [] };
    entry.tasks.push(t);
    byCase.set(t.case.id, entry);
  }
  return (
    <Stack spacing={1} sx={{ mb: 2 }} data-testid="joint-cases">
      {[...byCase.values()].map(({ c, tasks: ts }) => {
        const overdue = ts.filter((t) => t.overdue).length;
        return (
          <Paper key={c.id} variant="outlined" sx={{ p: 1.5 }}>
            <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: "wrap", alignItems: "center" }}>
              <Link to={`/cases/${encodeURIComponent(c.id)}/show`}>{c.serial}</Link>
              <Typography variant="body2" sx={{ flex: 1, minWidth: 200 }}>
                {c.report?.summary}
              </Typography>
              {c.joint && (
                <Typography variant="body2">
                  {translate("resources.cases.fields.leadUnit")}：<b>{c.joint.leadUnit.name}</b>；
                  {translate("resources.cases.fields.memberUnits")}：
                  {c.joint.memberUnits.map((u: any) => u.name).join("、")}
                </Typography>
              )}
              <Chip size="small" label={translate("app.cases.tasks_count", { count: ts.length })} />
              {overdue > 0 && (
                <Chip size="small" color="error" label={translate("app.cases.overdue_count", { count: overdue })} />
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

function Board() {
  const { data, isPending } = useListContext();
  const translate = useTranslate();
  if (isPending) return null;
  const tasks = data ?? [];
  if (!tasks.length)
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate("app.cases.board_empty")}
      </Alert>
    );
  return (
    <Box sx={{ p: 2 }} data-testid="joint-board">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate("app.cases.board_hint")}
      </Typography>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate("app.cases.joint_cases")}
      </Typography>
      <JointCases tasks={tasks} />
      <Grid container spacing={2}>
        {TASK_STATUSES.map((status) => {
          const column = tasks.filter((t) => t.status === status);
          return (
            <Grid key={status} size={{ xs: 12, md: 4 }}>
              <Paper sx={{ p: 1.5, bgcolor: "grey.50", height: "100%" }} data-testid={`column-${status}`}>
                <Typography variant="subtitle2" sx={{ fontWeight: 600, mb: 1 }}>
                  {translate(`app.cases.task_status.${status}`)}（{column.length}）
                </Typography>
                {column.map((t) => (
                  <TaskCard key={t.id} task={t} />
                ))}
              </Paper>
            </Grid>
          );
        })}
      </Grid>
    </Box>
  );
}

/** 室组地联合办理看板: tasks by status for the units the user may see. */
export const JointBoard = () => (
  <List
    resource="jointTasks"
    filters={boardFilters}
    pagination={false}
    perPage={100}
    exporter={false}
    title="app.cases.joint_board"
    empty={false}
  >
    <Board />
  </List>
);
