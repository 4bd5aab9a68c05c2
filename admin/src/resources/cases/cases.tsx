import type { ReactElement, ReactNode } from "react";
import {
  AutocompleteInput,
  Confirm,
  Button,
  List,
  ReferenceInput,
  SelectInput,
  Show,
  TextField,
  TopToolbar,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import { useState } from "react";
import { Alert, Box, Grid, Stack, Typography } from "@mui/material";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { RowsTable, Section } from "../../components/Section";
import { DateTimeField, EnumField, formatDateTime, beijingToday } from "../../components/fields";
import { ActionDialog, saveGeneratedFile } from "../../components/ActionDialog";
import { canAccess } from "../../auth/access";
import type { PortalDataProvider } from "../../data/dataProvider";
import {
  CASE_STATUSES,
  COLOURS,
  CONTACT_CHANNELS,
  CONTACT_KINDS,
  FINDINGS,
  GRADES,
  LABEL_CATEGORIES,
  MODES,
  NOTICE_KINDS,
  RESPONSES,
} from "./choices";
import { choices } from "../directory/choices";
import { CaseDueField, DueChip, LabelField, ModeUnitsField, NextStepField } from "./fields";

const statusInput = (alwaysOn = true) => (
  <SelectInput key="status" source="status" choices={choices(CASE_STATUSES, "app.cases.status")} alwaysOn={alwaysOn} />
);
const unitInput = (
  <ReferenceInput key="unitId" source="unitId" reference="departments">
    <AutocompleteInput
      optionText="name"
      label="resources.cases.fields.unitId"
      filterToQuery={(q: string) => ({ search: q })}
    />
  </ReferenceInput>
);

/** Which list of cases: the columns after the common ones, and its filters. */
interface CaseListKind {
  resource: "cases" | "labelledCases";
  filters: ReactElement[];
  filter?: Record<string, unknown>;
  columns: ReactNode;
  storeKey: string;
}

const KINDS: Record<string, CaseListKind> = {
  /** 我的案件 / 办理案件: state, next step and the nearest deadline. */
  cases: {
    resource: "cases",
    storeKey: "cases.all",
    filters: [
      statusInput(),
      <SelectInput key="mode" source="mode" choices={choices(MODES, "app.cases.mode")} alwaysOn />,
      <SelectInput key="grade" source="grade" choices={choices(GRADES, "app.cases.grade")} />,
      unitInput,
    ],
    columns: [
      <EnumField key="mode" source="mode" prefix="app.cases.mode" />,
      <LabelField key="label" label="resources.cases.fields.label" />,
    ],
  },
  /** 片区协作: by region, with the coordinating and participating units. */
  regional: {
    resource: "cases",
    storeKey: "cases.regional",
    filter: { mode: "REGIONAL_COORDINATION" },
    filters: [
      <ReferenceInput key="regionId" source="regionId" reference="regions" alwaysOn>
        <SelectInput optionText="name" label="resources.cases.fields.regionId" emptyText="app.cases.region_all" />
      </ReferenceInput>,
      statusInput(),
    ],
    columns: [<ModeUnitsField key="units" label="resources.cases.fields.units" />],
  },
  /** 色标案件: by colour and category, red first. */
  labelled: {
    resource: "labelledCases",
    storeKey: "labelledCases",
    filters: [
      <SelectInput key="colour" source="colour" choices={choices(COLOURS, "app.cases.colour")} alwaysOn />,
      <SelectInput
        key="category"
        source="category"
        choices={choices(LABEL_CATEGORIES, "app.cases.category")}
        label="resources.cases.fields.labelCategory"
        alwaysOn
      />,
    ],
    columns: [<LabelField key="label" label="resources.cases.fields.label" />],
  },
};

/** The one list of cases; each kind adds its filters and columns. */
function CaseListOf({ kind }: { kind: CaseListKind }) {
  return (
    <List
      resource={kind.resource}
      filters={kind.filters}
      filter={kind.filter}
      storeKey={kind.storeKey}
      perPage={25}
      exporter={false}
      disableSyncWithLocation={kind.storeKey !== "cases.all"}
    >
      <PlainDatagrid
        rowClick={(id) => `/cases/${encodeURIComponent(String(id))}/show`}
        rowSx={(r: any) => (r.label?.colour === "RED" ? { backgroundColor: "rgba(198, 40, 40, 0.06)" } : {})}
      >
        <TextField source="serial" />
        <TextField source="report.summary" label="resources.cases.fields.summary" />
        <TextField source="handlingUnit.name" label="resources.cases.fields.handlingUnit" />
        <TextField source="responsibility.person.displayName" label="resources.cases.fields.person" />
        <EnumField source="status" prefix="app.cases.status" />
        <NextStepField label="resources.cases.fields.next" />
        <CaseDueField label="resources.cases.fields.due" />
        {kind.columns}
      </PlainDatagrid>
    </List>
  );
}

export const CaseList = () => <CaseListOf kind={KINDS.cases} />;
export const RegionalList = () => <CaseListOf kind={KINDS.regional} />;
export const LabelledList = () => <CaseListOf kind={KINDS.labelled} />;

/* 案件详情 */

/** A small table of rows; empty says 暂无. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Box>{children || "—"}</Box>
    </Box>
  );
}

/** The handler's actions on a case, each shown only when the role may and the state allows. */
function CaseActions() {
  const record = useRecordContext();
  const { permissions } = usePermissions<string[]>();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [confirmClose, setConfirmClose] = useState(false);
  if (!record) return null;
  const may = (a: string) => canAccess(permissions ?? [], "cases", a);
  const open = ["ACCEPTED", "IN_PROGRESS"].includes(record.status);
  const run = (action: string, params: Record<string, unknown>) =>
    dataProvider.run("cases", action, { id: record.id, ...params });
  const simple = async (action: string, done: string) => {
    try {
      await run(action, {});
      notify(translate(done), { type: "success" });
      refresh();
    } catch (err: any) {
      notify(err.message, { type: "error" });
    }
  };
  return (
    <TopToolbar>
      {record.status === "PENDING_ACCEPTANCE" && may("accept") && (
        <Button label="app.cases.accept" variant="contained" onClick={() => simple("accept", "app.cases.accepted")} />
      )}
      {open && may("progress") && (
        <ActionDialog
          label="app.cases.record_progress"
          testId="record-progress"
          initial={{ date: beijingToday() }}
          fields={[
            { name: "date", label: "app.cases.progress_date", kind: "date", required: true },
            { name: "note", label: "app.cases.progress_note", kind: "multiline", required: true, max: 2000 },
          ]}
          run={(v) => run("progress", { input: { date: v.date, note: v.note } })}
          done="app.cases.progress_recorded"
        />
      )}
      {open && may("conclude") && (
        <ActionDialog
          label="app.cases.conclude"
          fields={[
            {
              name: "finding",
              label: "resources.cases.fields.finding",
              kind: "select",
              choices: FINDINGS,
              choicePrefix: "app.cases.finding",
              required: true,
            },
            { name: "outcome", label: "resources.cases.fields.outcome", kind: "multiline", required: true, max: 2000 },
          ]}
          run={(v) => run("conclude", { input: { finding: v.finding, outcome: v.outcome } })}
          done="app.cases.concluded"
        />
      )}
      {record.assignedDueDate && !record.closingReportAt && record.status === "CONCLUDED" && may("closingReport") && (
        <ActionDialog
          label="app.cases.submit_closing_report"
          fields={[
            {
              name: "text",
              label: "resources.cases.fields.closingReport",
              kind: "multiline",
              required: true,
              max: 5000,
            },
          ]}
          run={(v) => run("closingReport", { text: v.text })}
          done="app.cases.closing_report_sent"
        />
      )}
      {["CONCLUDED", "FEEDBACK_GIVEN"].includes(record.status) && may("close") && (
        <>
          <Button label="app.cases.close" onClick={() => setConfirmClose(true)} />
          <Confirm
            isOpen={confirmClose}
            title="app.cases.close"
            content="app.cases.confirm_close"
            onConfirm={() => {
              setConfirmClose(false);
              void simple("close", "app.cases.closed");
            }}
            onClose={() => setConfirmClose(false)}
          />
        </>
      )}
    </TopToolbar>
  );
}

function Basics() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: "wrap" }}>
        <Fact label="resources.cases.fields.serial">{r.serial}</Fact>
        <Fact label="resources.cases.fields.status">{translate(`app.cases.status.${r.status}`)}</Fact>
        <Fact label="resources.cases.fields.next">
          <NextStepField />
        </Fact>
        <Fact label="resources.cases.fields.grade">{translate(`app.cases.grade.${r.grade}`)}</Fact>
        <Fact label="resources.cases.fields.mode">{translate(`app.cases.mode.${r.mode}`)}</Fact>
        <Fact label="resources.cases.fields.handlingUnit">{r.handlingUnit?.name}</Fact>
        <Fact label="resources.cases.fields.person">{r.responsibility?.person?.displayName}</Fact>
        <Fact label="resources.cases.fields.openedAt">
          <DateTimeField source="openedAt" />
        </Fact>
        <Fact label="resources.cases.fields.category">{r.report?.categoryLabel}</Fact>
        <Fact label="resources.cases.fields.town">{r.town?.name}</Fact>
      </Stack>
      <Fact label="resources.cases.fields.summary">{r.report?.summary}</Fact>
      {r.report?.content && (
        <Fact label="resources.cases.fields.content">
          <Typography sx={{ whiteSpace: "pre-wrap" }}>{r.report.content}</Typography>
        </Fact>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        {r.supervision && <DueChip kind="supervision" date={r.supervision.dueDate} />}
        {r.assignment?.dueDate && !r.closingReportAt && <DueChip kind="assigned" date={r.assignment.dueDate} />}
        {r.resultFeedback?.dueDate && ["PENDING", "OVERDUE"].includes(r.resultFeedback.state) && (
          <DueChip kind="feedback" date={r.resultFeedback.dueDate} workingDaysLeft={r.resultFeedback.workingDaysLeft} />
        )}
      </Stack>
      {(r.joint || r.coordination) && (
        <Fact label="resources.cases.fields.units">
          <ModeUnitsField />
        </Fact>
      )}
      {r.conclusion && (
        <Alert severity="success">
          {translate("resources.cases.fields.conclusion")}：{translate(`app.cases.finding.${r.conclusion.finding}`)}；
          {r.conclusion.outcome}（{formatDateTime(r.conclusion.at, "zh-CN")}
          {r.conclusion.by ? ` ${r.conclusion.by.displayName}` : ""}）
        </Alert>
      )}
    </Stack>
  );
}

function ProgressTable() {
  const r = useRecordContext();
  return (
    <RowsTable
      head={["app.cases.progress_date", "app.cases.progress_note", "app.cases.author"]}
      rows={(r?.progress ?? []).map((p: any) => [p.date, p.note, p.authorName])}
    />
  );
}

function TasksTable() {
  const r = useRecordContext();
  const translate = useTranslate();
  return (
    <RowsTable
      head={[
        "resources.jointTasks.fields.title",
        "app.cases.unit",
        "resources.jointTasks.fields.status",
        "resources.jointTasks.fields.dueDate",
        "app.cases.result",
      ]}
      rows={(r?.tasks ?? []).map((t: any) => [
        t.title,
        t.unit.name,
        translate(`app.cases.task_status.${t.status}`),
        t.status === "DONE" ? t.dueDate : <DueChip date={t.dueDate} />,
        t.result ?? "",
      ])}
    />
  );
}

/** 与举报人沟通: the log, the form to record one, and the notice documents (DOCX) to download. */
function ReporterLoop() {
  const r = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const notify = useNotify();
  if (!r) return null;
  const may = (a: string) => canAccess(permissions ?? [], "cases", a);
  if (!r.realName) return <Typography color="text.secondary">{translate("app.cases.anonymous_no_contact")}</Typography>;
  return (
    <Stack spacing={1}>
      <RowsTable
        head={[
          "app.cases.contact_at",
          "app.cases.contact_kind_label",
          "app.cases.contact_channel_label",
          "app.cases.contact_who",
          "app.cases.contact_said",
          "app.cases.contact_response",
        ]}
        rows={(r.reporterContacts ?? []).map((c: any) => [
          formatDateTime(c.at, "zh-CN"),
          translate(`app.cases.contact_kind.${c.kind}`),
          translate(`app.cases.contact_channel.${c.channel}`),
          c.who,
          c.said,
          c.response ? translate(`app.cases.response.${c.response}`) : "",
        ])}
      />
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        {may("contact") && !["CLOSED", "WITHDRAWN"].includes(r.status) && (
          <ActionDialog
            label="app.cases.record_contact"
            testId="record-contact"
            initial={{ kind: "PROGRESS", channel: "PHONE" }}
            fields={[
              {
                name: "kind",
                label: "app.cases.contact_kind_label",
                kind: "select",
                choices: CONTACT_KINDS,
                choicePrefix: "app.cases.contact_kind",
                required: true,
              },
              {
                name: "channel",
                label: "app.cases.contact_channel_label",
                kind: "select",
                choices: CONTACT_CHANNELS,
                choicePrefix: "app.cases.contact_channel",
                required: true,
              },
              { name: "who", label: "app.cases.contact_who", required: true, max: 50 },
              { name: "said", label: "app.cases.contact_said", kind: "multiline", required: true, max: 2000 },
              {
                name: "response",
                label: "app.cases.contact_response",
                kind: "select",
                choices: RESPONSES,
                choicePrefix: "app.cases.response",
                required: true,
                when: (v) => v.kind !== "PROGRESS",
              },
            ]}
            run={(v) =>
              dataProvider.run("cases", "contact", {
                caseId: r.id,
                input: { kind: v.kind, channel: v.channel, who: v.who, said: v.said, response: v.response || null },
              })
            }
            done="app.cases.contact_recorded"
          />
        )}
        {may("document") &&
          NOTICE_KINDS.filter((k) => k === "ACCEPTANCE_NOTICE" || r.conclusion).map((kind) => (
            <Button
              key={kind}
              label={`${translate("app.cases.download")}${translate(`app.cases.notice.${kind}`)}`}
              data-testid={`notice-${kind}`}
              onClick={async () => {
                try {
                  const file = await dataProvider.run<any>("cases", "noticeDocument", { caseId: r.id, kind });
                  saveGeneratedFile(file);
                  notify(translate("app.cases.downloaded", { name: file.fileName }), { type: "success" });
                } catch (err: any) {
                  notify(err.message, { type: "error" });
                }
              }}
            />
          ))}
      </Stack>
    </Stack>
  );
}

function HistoryTable() {
  const r = useRecordContext();
  return (
    <RowsTable
      head={["app.cases.at", "app.cases.actor", "app.cases.summary"]}
      rows={(r?.history ?? []).map((h: any) => [formatDateTime(h.at, "zh-CN"), h.actorName, h.summary])}
    />
  );
}

function UnitsTable() {
  const r = useRecordContext();
  const translate = useTranslate();
  return (
    <RowsTable
      head={["app.cases.unit", "app.cases.role"]}
      rows={(r?.units ?? []).map((u: any) => [u.unit.name, translate(`app.cases.unit_role.${u.role}`)])}
    />
  );
}

export const CaseShow = () => (
  <Show actions={<CaseActions />}>
    <Box sx={{ p: 2 }}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Section title="app.cases.section.basic">
            <Basics />
          </Section>
          <Section title="app.cases.section.progress" testId="progress">
            <ProgressTable />
          </Section>
          <Section title="app.cases.section.contacts" testId="contacts">
            <ReporterLoop />
          </Section>
          <Section title="app.cases.section.history">
            <HistoryTable />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Section title="app.cases.section.label">
            <LabelField withNone />
          </Section>
          <Section title="app.cases.section.units">
            <UnitsTable />
          </Section>
          <Section title="app.cases.section.tasks">
            <TasksTable />
          </Section>
        </Grid>
      </Grid>
    </Box>
  </Show>
);
