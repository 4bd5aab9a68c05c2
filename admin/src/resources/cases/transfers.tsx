import {
  AutocompleteInput,
  FunctionField,
  List,
  ReferenceInput,
  Show,
  TextField,
  TopToolbar,
  useDataProvider,
  usePermissions,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { Alert, Box, Chip, Grid, Stack, Typography } from "@mui/material";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { DateTimeField, formatDateTime } from "../../components/fields";
import { ActionDialog } from "../../components/ActionDialog";
import { canAccess } from "../../auth/access";
import type { PortalDataProvider } from "../../data/dataProvider";
import { SUPERVISION_MODES } from "./choices";
import { DueChip } from "./fields";
import { RowsTable, Section } from "../../components/Section";

const departmentInput = (source: string) => (
  <ReferenceInput key={source} source={source} reference="departments">
    <AutocompleteInput
      optionText="name"
      label={`resources.transfers.fields.${source}`}
      filterToQuery={(q: string) => ({ search: q })}
    />
  </ReferenceInput>
);

/** Feedback (the department's liaison) and the three supervision actions (the copy-to office…). */
function TransferActions() {
  const record = useRecordContext();
  const { permissions } = usePermissions<string[]>();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const translate = useTranslate();
  if (!record || record.status !== "OPEN") return null;
  const may = (a: string) => canAccess(permissions ?? [], "transfers", a);
  return (
    <Stack direction="row" spacing={1} onClick={(e) => e.stopPropagation()}>
      {!record.feedback && may("feedback") && (
        <ActionDialog
          label="app.cases.record_feedback"
          variant="contained"
          testId={`feedback-${record.serial}`}
          fields={[
            { name: "content", label: "app.cases.feedback_content", kind: "multiline", required: true, max: 5000 },
            { name: "attachments", label: "app.cases.attachment_names", max: 500 },
          ]}
          run={(v) =>
            dataProvider.run("transfers", "feedback", {
              transferId: record.id,
              input: {
                content: v.content,
                attachments: v.attachments
                  ? v.attachments
                      .split(/[、,，]/)
                      .map((n) => n.trim())
                      .filter(Boolean)
                      .map((fileName) => ({ fileName, sizeBytes: 0 }))
                  : [],
              },
            })
          }
          done="app.cases.feedback_recorded"
        />
      )}
      {!record.feedback && may("supervise") && (
        <ActionDialog
          label="app.cases.supervise"
          testId={`supervise-${record.serial}`}
          description={
            record.supervision?.suggestedMode
              ? translate("app.cases.suggested", {
                  mode: translate(`app.cases.supervision_mode.${record.supervision.suggestedMode}`),
                })
              : undefined
          }
          initial={{ mode: record.supervision?.suggestedMode ?? "REMINDER" }}
          fields={[
            {
              name: "mode",
              label: "app.cases.supervise_mode",
              kind: "select",
              choices: SUPERVISION_MODES,
              choicePrefix: "app.cases.supervision_mode",
              required: true,
            },
            { name: "note", label: "app.cases.supervise_note", kind: "multiline", required: true, max: 2000 },
          ]}
          run={(v) => dataProvider.run("transfers", "supervise", { transferId: record.id, input: v })}
          done="app.cases.supervised"
        />
      )}
    </Stack>
  );
}

/** The feedback deadline, or that the department has fed back. */
function FeedbackState(_props: { label?: string }) {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  if (r.feedback)
    return (
      <Chip
        size="small"
        color="success"
        label={`${translate("app.cases.feedback_given")} ${formatDateTime(r.feedback.at, "zh-CN", false)}`}
      />
    );
  return (
    <DueChip kind="feedback" date={r.supervision.feedbackDueDate} workingDaysLeft={r.supervision.workingDaysLeft} />
  );
}

export const TransferList = () => (
  <List
    filters={[departmentInput("competentDepartmentId"), departmentInput("copyToDepartmentId")]}
    perPage={25}
    exporter={false}
  >
    <PlainDatagrid
      rowClick="show"
      rowSx={(r: any) => (!r.feedback && r.supervision?.overdue ? { backgroundColor: "rgba(198, 40, 40, 0.06)" } : {})}
    >
      <TextField source="serial" />
      <TextField source="report.summary" label="resources.transfers.fields.summary" />
      <TextField source="competentDepartment.name" label="resources.transfers.fields.competentDepartment" />
      <TextField source="copyTo.name" label="resources.transfers.fields.copyTo" />
      <DateTimeField source="openedAt" showTime={false} />
      <FeedbackState label="resources.transfers.fields.feedback" />
      <FunctionField
        label="resources.transfers.fields.supervision"
        render={(r: any) =>
          r.supervisionActions.length
            ? r.supervisionActions.map((a: any) => <ModeChip key={a.id} mode={a.mode} />)
            : null
        }
      />
      <TransferActions />
    </PlainDatagrid>
  </List>
);

function ModeChip({ mode }: { mode: string }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      sx={{ mr: 0.5 }}
      label={useTranslate()(`app.cases.supervision_mode.${mode}`)}
    />
  );
}

function TransferDetails() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 7 }}>
        <Section title="app.cases.section.basic">
          <Stack spacing={1}>
            <Typography>
              {r.serial} · {r.report?.summary}
            </Typography>
            <Typography>
              {translate("resources.transfers.fields.competentDepartment")}：{r.competentDepartment?.name}
            </Typography>
            {r.copyTo && (
              <Alert severity="info" data-testid="transfer-copy-to">
                {translate("resources.transfers.fields.copyTo")}：{r.copyTo.name}（{translate("app.cases.copy_to_hint")}
                ）
              </Alert>
            )}
            <Box>
              <FeedbackState />
            </Box>
          </Stack>
        </Section>
        <Section title="resources.transfers.fields.feedback" testId="transfer-feedback">
          {r.feedback ? (
            <Stack spacing={1}>
              <Typography sx={{ whiteSpace: "pre-wrap" }}>{r.feedback.content}</Typography>
              <Typography variant="body2" color="text.secondary">
                {r.feedback.byName} · {formatDateTime(r.feedback.at, "zh-CN")}
                {r.feedback.attachments.length
                  ? ` · ${r.feedback.attachments.map((a: any) => a.fileName).join("、")}`
                  : ""}
              </Typography>
            </Stack>
          ) : (
            <Typography color="text.secondary">{translate("app.cases.no_feedback_yet")}</Typography>
          )}
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <Section title="app.cases.supervision_actions">
          {r.supervision?.answerDueDate && !r.feedback && (
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate("app.cases.answer_due", { date: r.supervision.answerDueDate })}
            </Typography>
          )}
          <RowsTable
            head={["app.cases.at", "app.cases.supervise_mode", "app.cases.actor", "app.cases.supervise_note"]}
            rows={r.supervisionActions.map((a: any) => [
              formatDateTime(a.at, "zh-CN"),
              translate(`app.cases.supervision_mode.${a.mode}`),
              a.byName,
              a.note,
            ])}
          />
        </Section>
      </Grid>
    </Grid>
  );
}

export const TransferShow = () => (
  <Show
    actions={
      <TopToolbar>
        <TransferActions />
      </TopToolbar>
    }
  >
    <Box sx={{ p: 2 }}>
      <TransferDetails />
    </Box>
  </Show>
);
