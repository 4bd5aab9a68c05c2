import { useCallback, useState } from "react";
import {
  Button,
  DateInput,
  FunctionField,
  Labeled,
  List,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useTranslate,
  AutocompleteInput,
  CreateButton,
  ExportButton,
  FilterButton,
  Link,
} from "react-admin";
import { Alert, Box, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { Section } from "../../components/Section";
import { CountdownField, DateTimeField, EnumChips, EnumField, formatDateTime } from "../../components/fields";
import { canAccess } from "../../auth/access";
import type { PortalDataProvider } from "../../data/dataProvider";
import { ActionDialog } from "../../components/ActionDialog";
import { CHANNELS, ORIGINS, SCOPES, STATUSES, choices } from "./choices";

const reportFilters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="channel" source="channel" choices={choices(CHANNELS, "app.intake.channel")} alwaysOn />,
  <SelectArrayInput key="statuses" source="statuses" choices={choices(STATUSES, "app.intake.status")} alwaysOn />,
  <SelectInput key="origin" source="origin" choices={choices(ORIGINS, "app.intake.origin")} />,
  <SelectInput key="scope" source="scope" choices={choices(SCOPES, "app.intake.scope")} />,
  <ReferenceInput key="townId" source="townId" reference="towns">
    <AutocompleteInput optionText="name" label="resources.reports.fields.townId" />
  </ReferenceInput>,
  <DateInput key="receivedFrom" source="receivedFrom" />,
  <DateInput key="receivedTo" source="receivedTo" />,
];

function ReportListActions() {
  const { permissions } = usePermissions<string[]>();
  return (
    <TopToolbar>
      <FilterButton />
      {canAccess(permissions ?? [], "reports", "create") && <CreateButton label="app.intake.register" />}
      <ExportButton />
    </TopToolbar>
  );
}

export const ReportList = () => (
  <List filters={reportFilters} actions={<ReportListActions />} perPage={25}>
    <PlainDatagrid rowClick="show">
      <TextField source="serial" />
      <DateTimeField source="receivedAt" />
      <EnumField source="channel" prefix="app.intake.channel" />
      <EnumField source="origin" prefix="app.intake.origin" />
      <TextField source="summary" />
      <TextField source="categoryLabel" />
      <TextField source="town.name" label="resources.reports.fields.town" />
      <EnumField source="status" prefix="app.intake.status" />
      <EnumChips source="flags" prefix="app.intake.flag" />
      <CountdownField source="acceptanceNotice" />
      <TriageLink />
    </PlainDatagrid>
  </List>
);

/** A link to the triage wizard for reports still in 辨查商定, for those who triage. */
function TriageLink() {
  const record = useRecordContext();
  const { permissions } = usePermissions<string[]>();
  if (!record || !["REGISTERED", "DISTINGUISHED", "CHECKED", "CONSULTED"].includes(record.status)) return null;
  if (!canAccess(permissions ?? [], "reports", "triage")) return null;
  return (
    <Button
      component={Link}
      to={`/reports/${record.id}/triage`}
      label="app.intake.open_triage"
      onClick={(e: any) => e.stopPropagation()}
    />
  );
}

/** Masked reporter; 显示 (for petition officers) asks the server for the clear identity, which writes the audit row. Kept in component state only. */
export function ReporterPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const notify = useNotify();
  const [clear, setClear] = useState<any>(null);
  if (!record) return null;
  const r = clear ?? record.reporter;
  const allowed = canAccess(permissions ?? [], "reports", "unmask");
  return (
    <Box data-testid="reporter">
      {!r?.realName && !r?.name ? (
        <Typography>{translate("app.intake.anonymous")}</Typography>
      ) : (
        <Table size="small" sx={{ maxWidth: 560 }}>
          <TableBody>
            {(["name", "idNumber", "phone", "address"] as const).map((k) => (
              <TableRow key={k}>
                <TableCell sx={{ width: 120 }}>
                  {translate(`resources.reports.fields.reporter${k[0].toUpperCase()}${k.slice(1)}`)}
                </TableCell>
                <TableCell>{r?.[k] ?? "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {clear ? (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {translate("app.intake.revealed")}
        </Alert>
      ) : (
        (r?.name || r?.phone) && (
          <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: "center" }}>
            <Typography variant="body2" color="text.secondary">
              {translate("app.intake.masked")}
            </Typography>
            {allowed && (
              <Button
                label="app.intake.reveal"
                title={translate("app.intake.reveal_hint")}
                variant="outlined"
                onClick={async () => {
                  try {
                    setClear(await dataProvider.run("reports", "revealReporter", { id: record.id }));
                  } catch (err: any) {
                    notify(err.message, { type: "error" });
                  }
                }}
              />
            )}
          </Stack>
        )
      )}
    </Box>
  );
}

function ChannelDetails() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const d = record.channelDetails ?? {};
  const rows: [string, string | null][] = [
    ["postmarkDate", d.postmarkDate],
    ["visitorCount", d.visitorCount != null ? String(d.visitorCount) : null],
    ["receivingStaff", d.receivingStaff?.join("、")],
    ["callerNumber", d.callerNumber],
    ["callTime", d.callTime ? formatDateTime(d.callTime, "zh-CN") : null],
    ["submittedAt", d.submittedAt ? formatDateTime(d.submittedAt, "zh-CN") : null],
  ];
  return (
    <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: "wrap" }}>
      {rows
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <Box key={k}>
            <Typography variant="caption" color="text.secondary">
              {translate(`resources.reports.fields.${k}`)}
            </Typography>
            <Typography>{v}</Typography>
          </Box>
        ))}
    </Stack>
  );
}

function Subjects() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.subjects?.length) return <Typography>{translate("app.intake.none")}</Typography>;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {["subjectName", "subjectPost", "subjectRank", "subjectUnit", "subjectTown"].map((k) => (
            <TableCell key={k}>{translate(`resources.reports.fields.${k}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {record.subjects.map((s: any) => (
          <TableRow key={s.id}>
            <TableCell>{s.name}</TableCell>
            <TableCell>{s.post}</TableCell>
            <TableCell>{s.rank}</TableCell>
            <TableCell>{s.unit?.name}</TableCell>
            <TableCell>{s.town?.name}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Steps() {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableBody>
        {(record?.steps ?? []).map((s: any) => (
          <TableRow key={s.id}>
            <TableCell sx={{ whiteSpace: "nowrap" }}>{formatDateTime(s.at, "zh-CN")}</TableCell>
            <TableCell sx={{ whiteSpace: "nowrap" }}>{s.actorName}</TableCell>
            <TableCell>{s.summary || translate("app.intake.none")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The triage so far, with the copy-to office of an out-of-scope transfer. */
export function TriageSummary() {
  const record = useRecordContext();
  const translate = useTranslate();
  const t = record?.triageInfo;
  if (!t) return null;
  return (
    <Stack spacing={1} data-testid="triage-summary">
      {t.distinguish && (
        <Typography>
          {translate("app.intake.step.DISTINGUISH")}：{translate(`app.intake.scope.${t.distinguish.scope}`)}
          {t.distinguish.competentDepartment &&
            `（${translate("app.intake.competent_department")}：${t.distinguish.competentDepartment.name}）`}
          {t.distinguish.note && ` ${t.distinguish.note}`}
        </Typography>
      )}
      {t.check && (
        <Typography>
          {translate("app.intake.step.CHECK")}：
          {t.check.flags.length
            ? t.check.flags.map((f: string) => translate(`app.intake.flag.${f}`)).join("、")
            : translate("app.intake.none")}
          {t.check.note && ` ${t.check.note}`}
        </Typography>
      )}
      {t.consult && (
        <Typography>
          {translate("app.intake.step.CONSULT")}：{t.consult.participants.join("、")}；{t.consult.minutes}
        </Typography>
      )}
      {t.decision && (
        <Box>
          <Typography>
            {translate("app.intake.step.DECIDE")}：{translate(`app.intake.disposition.${t.decision.disposition}`)}
            {t.decision.handlingDepartment &&
              `，${translate("app.intake.handling_department")}：${t.decision.handlingDepartment.name}`}
            {t.decision.dueDate && `，${translate("app.intake.due_date")}：${t.decision.dueDate}`}
            {t.decision.opinion && `；${t.decision.opinion}`}
          </Typography>
          {t.decision.copyToDepartment && (
            <Alert severity="info" sx={{ mt: 1 }} data-testid="copy-to">
              {translate("app.intake.copy_to")}：{t.decision.copyToDepartment.name}
            </Alert>
          )}
        </Box>
      )}
    </Stack>
  );
}

function ShowActions() {
  const record = useRecordContext();
  const { permissions } = usePermissions<string[]>();
  const roles = permissions ?? [];
  if (!record) return null;
  return (
    <TopToolbar>
      {["REGISTERED", "DISTINGUISHED", "CHECKED", "CONSULTED"].includes(record.status) &&
        canAccess(roles, "reports", "triage") && (
          <Button component={Link} to={`/reports/${record.id}/triage`} label="app.intake.triage" variant="contained" />
        )}
      {canAccess(roles, "reports", "escalate") && !["DECIDED", "ROUTED"].includes(record.status) && <EscalateButton />}
    </TopToolbar>
  );
}

/** 紧急呈批: a drafted routing opinion to a leader. */
function EscalateButton() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const loadLeaders = useCallback(async () => {
    const { data } = await dataProvider.getList("users", {
      filter: { role: "LEADER", active: true },
      pagination: { page: 1, perPage: 100 },
      sort: { field: "id", order: "ASC" },
    });
    return data.map((l) => ({ value: String(l.id), label: `${l.displayName}（${l.post ?? ""}）` }));
  }, [dataProvider]);
  if (!record) return null;
  return (
    <ActionDialog
      label="app.intake.escalate"
      title="app.intake.escalate_title"
      variant="text"
      fields={[
        { name: "leaderId", label: "app.intake.leader", kind: "select", loadOptions: loadLeaders, required: true },
        { name: "draftOpinion", label: "app.intake.draft_opinion", kind: "multiline", required: true },
      ]}
      run={(v) => dataProvider.run("reports", "escalate", { id: record.id, ...v })}
      done="app.intake.escalated"
    />
  );
}

export const ReportShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Section title="app.intake.section.basic">
            <Stack direction="row" spacing={3} useFlexGap sx={{ mb: 1, flexWrap: "wrap" }}>
              <Labeled source="serial">
                <TextField source="serial" />
              </Labeled>
              <Labeled source="status">
                <EnumField source="status" prefix="app.intake.status" />
              </Labeled>
              <Labeled source="channel">
                <EnumField source="channel" prefix="app.intake.channel" />
              </Labeled>
              <Labeled source="origin">
                <EnumField source="origin" prefix="app.intake.origin" />
              </Labeled>
              <Labeled source="receivedAt">
                <DateTimeField source="receivedAt" />
              </Labeled>
              <Labeled source="categoryLabel">
                <TextField source="categoryLabel" />
              </Labeled>
              <Labeled source="town">
                <TextField source="town.name" />
              </Labeled>
            </Stack>
            <Labeled source="summary">
              <TextField source="summary" />
            </Labeled>
            <Labeled source="content" fullWidth>
              <TextField source="content" sx={{ whiteSpace: "pre-wrap" }} />
            </Labeled>
            <ChannelDetails />
            <FunctionField render={(r: any) => (r.forwardingAuthority ? <ForwardingLine r={r} /> : null)} />
          </Section>
          <Section title="app.intake.section.subjects">
            <Subjects />
          </Section>
          <Section title="app.intake.triage_info">
            <TriageSummary />
          </Section>
          <Section title="app.intake.steps_title">
            <Steps />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Section title="app.intake.section.reporter">
            <ReporterPanel />
          </Section>
          <Section title="resources.reports.fields.acceptanceNotice">
            <CountdownField source="acceptanceNotice" />
            <FunctionField render={(r: any) => (r.acceptanceNotice ? null : <NoneLabel />)} />
          </Section>
          <Section title="resources.reports.fields.flags">
            <EnumChips source="flags" prefix="app.intake.flag" />
          </Section>
        </Grid>
      </Grid>
    </SimpleShowLayout>
  </Show>
);

function NoneLabel() {
  return <Typography color="text.secondary">{useTranslate()("app.intake.none")}</Typography>;
}
function ForwardingLine({ r }: { r: any }) {
  const translate = useTranslate();
  return (
    <Typography sx={{ mt: 1 }}>
      {translate("resources.reports.fields.forwardingAuthority")}：{r.forwardingAuthority}
      {r.forwardingReference &&
        `（${translate("resources.reports.fields.forwardingReference")}：${r.forwardingReference}）`}
      {r.authorityDueDate && `，${translate("resources.reports.fields.authorityDueDate")}：${r.authorityDueDate}`}
    </Typography>
  );
}
