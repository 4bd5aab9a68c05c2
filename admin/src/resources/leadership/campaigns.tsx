import type { ReactNode } from "react";
import {
  List,
  SelectInput,
  Show,
  TextField,
  TopToolbar,
  useDataProvider,
  usePermissions,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { Box, Grid, Stack, Typography } from "@mui/material";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { RowsTable, Section } from "../../components/Section";
import { ActionDialog } from "../../components/ActionDialog";
import { DateTimeField, beijingToday } from "../../components/fields";
import type { PortalDataProvider } from "../../data/dataProvider";
import { canAccess } from "../../auth/access";
import { useLeadershipLookups } from "./lookups";
import { FIELD_WORK_CELLS, StatusChip } from "./fields";
import { addDays } from "./receptions";

const STATUSES = ["ACTIVE", "CLOSED"];

const STATUS_COLOUR = { ACTIVE: "primary", CLOSED: "default" } as const;

/** 整治中 / 已结束. */
const CampaignStatusField = (_props: { label?: string; sortable?: boolean }) => (
  <StatusChip prefix="app.leadership.field.campaign_status" colours={STATUS_COLOUR} />
);

function PeriodField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  return record ? (
    <span>{translate("app.leadership.field.period_text", { from: record.periodFrom, to: record.periodTo })}</span>
  ) : null;
}

/** 启动专项整治 (a leader): topic, scope, period, lead unit, linked reports and cases. */
function StartCampaignButton() {
  const dataProvider = useDataProvider<PortalDataProvider>();
  const lookups = useLeadershipLookups();
  const today = beijingToday();
  return (
    <ActionDialog
      label="app.leadership.field.start_campaign"
      testId="start-campaign"
      variant="contained"
      initial={{ periodFrom: today, periodTo: addDays(today, 180), reportIds: [], caseIds: [] }}
      fields={[
        { name: "topic", label: "app.leadership.field.topic", required: true, max: 200 },
        { name: "scope", label: "app.leadership.field.scope", kind: "multiline", required: true, max: 2000 },
        { name: "periodFrom", label: "app.leadership.field.period_from", kind: "date", required: true },
        { name: "periodTo", label: "app.leadership.field.period_to", kind: "date", required: true },
        {
          name: "leadUnitId",
          label: "app.leadership.field.lead_unit",
          kind: "select",
          loadOptions: lookups.units,
          required: true,
        },
        {
          name: "reportIds",
          label: "app.leadership.field.campaign_reports",
          kind: "multiselect",
          searchOptions: lookups.reports,
        },
        {
          name: "caseIds",
          label: "app.leadership.field.campaign_cases",
          kind: "multiselect",
          loadOptions: lookups.followedCases,
        },
      ]}
      run={(v, lists) => dataProvider.run("campaigns", "start", { input: { ...v, ...lists } })}
      done="app.leadership.field.campaign_started"
    />
  );
}

/** 专项整治: the active ones by default; each opens on its page. */
export function CampaignList() {
  const { permissions } = usePermissions<string[]>();
  return (
    <List
      resource="campaigns"
      filters={[
        <SelectInput
          key="status"
          source="status"
          choices={STATUSES.map((s) => ({ id: s, name: `app.leadership.field.campaign_status.${s}` }))}
          alwaysOn
        />,
      ]}
      perPage={25}
      exporter={false}
      disableSyncWithLocation
      storeKey="campaigns"
      empty={false}
      actions={
        <TopToolbar>{canAccess(permissions ?? [], "campaigns", "create") && <StartCampaignButton />}</TopToolbar>
      }
    >
      <PlainDatagrid rowClick="show" sx={FIELD_WORK_CELLS} data-testid="campaigns">
        <TextField source="topic" />
        <TextField source="scope" />
        <PeriodField label="resources.campaigns.fields.period" />
        <TextField source="leadUnit.name" label="resources.campaigns.fields.leadUnit" />
        <CampaignStatusField label="resources.campaigns.fields.status" />
        <DateTimeField source="startedAt" />
      </PlainDatagrid>
    </List>
  );
}

/** 记录进展, 登记制度 (leader or office) and 结束整治 (a leader) while the campaign is active. */
function CampaignActions() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const { permissions } = usePermissions<string[]>();
  const roles = permissions ?? [];
  if (!record || record.status !== "ACTIVE") return <TopToolbar />;
  const today = beijingToday();
  return (
    <TopToolbar>
      {canAccess(roles, "campaigns", "note") && (
        <ActionDialog
          label="app.leadership.field.note_progress"
          testId="note-progress"
          initial={{ notedOn: today }}
          fields={[
            { name: "notedOn", label: "app.leadership.field.noted_on", kind: "date", required: true },
            { name: "text", label: "app.leadership.field.progress_text", kind: "multiline", required: true, max: 5000 },
          ]}
          run={(v) => dataProvider.run("campaigns", "note", { input: { campaignId: record.id, ...v } })}
          done="app.leadership.field.progress_noted"
        />
      )}
      {canAccess(roles, "campaigns", "rule") && (
        <ActionDialog
          label="app.leadership.field.record_rule"
          testId="record-rule"
          initial={{ issuedOn: today }}
          fields={[
            { name: "title", label: "app.leadership.field.rule_title", required: true, max: 200 },
            { name: "issuingUnit", label: "app.leadership.field.issuing_unit", required: true, max: 200 },
            { name: "issuedOn", label: "app.leadership.field.issued_on", kind: "date", required: true },
          ]}
          run={(v) => dataProvider.run("campaigns", "rule", { input: { campaignId: record.id, ...v } })}
          done="app.leadership.field.rule_recorded"
        />
      )}
      {canAccess(roles, "campaigns", "close") && (
        <ActionDialog
          label="app.leadership.field.close_campaign"
          description="app.leadership.field.close_description"
          testId="close-campaign"
          variant="contained"
          fields={[
            { name: "results", label: "app.leadership.field.results", kind: "multiline", required: true, max: 5000 },
          ]}
          run={(v) => dataProvider.run("campaigns", "close", { id: record.id, results: v.results })}
          done="app.leadership.field.campaign_closed"
        />
      )}
    </TopToolbar>
  );
}

function CampaignBasics() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const row = (label: string, value: ReactNode) => (
    <Stack direction="row" spacing={2} key={label}>
      <Typography color="text.secondary" sx={{ minWidth: 88 }}>
        {translate(label)}
      </Typography>
      <Box sx={{ whiteSpace: "pre-wrap" }}>{value}</Box>
    </Stack>
  );
  return (
    <Stack spacing={1}>
      {row("resources.campaigns.fields.topic", record.topic)}
      {row("resources.campaigns.fields.scope", record.scope)}
      {row("resources.campaigns.fields.period", <PeriodField />)}
      {row("resources.campaigns.fields.leadUnit", record.leadUnit?.name)}
      {row("resources.campaigns.fields.status", <CampaignStatusField />)}
      {row("resources.campaigns.fields.startedAt", <DateTimeField source="startedAt" />)}
      {record.closedAt && row("resources.campaigns.fields.closedAt", <DateTimeField source="closedAt" />)}
    </Stack>
  );
}

/** The list's row stands in until the campaign is loaded: its lists may be missing for a moment. */
const listOf = (value: any[] | undefined) => value ?? [];

function CampaignLinks() {
  const record = useRecordContext();
  if (!record) return null;
  const reports = listOf(record.reports);
  const cases = listOf(record.cases);
  return (
    <RowsTable
      head={["app.leadership.field.linked_reports", "app.leadership.field.linked_cases"]}
      rows={
        reports.length || cases.length
          ? [
              [
                <Stack key="r" spacing={0.5}>
                  {reports.map((r: any) => (
                    <a key={r.id} href={`#/reports/${encodeURIComponent(r.id)}/show`}>
                      {`${r.serial} ${r.summary}`}
                    </a>
                  ))}
                </Stack>,
                <Stack key="c" spacing={0.5}>
                  {cases.map((c: any) => (
                    <a key={c.id} href={`#/cases/${encodeURIComponent(c.id)}/show`}>
                      {`${c.serial} ${c.report?.summary ?? ""}`}
                    </a>
                  ))}
                </Stack>,
              ],
            ]
          : []
      }
    />
  );
}

function CampaignProgress() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <RowsTable
      head={["app.leadership.field.noted_on", "app.leadership.field.progress_text"]}
      rows={listOf(record.progress).map((n: any) => [n.notedOn, <Box sx={{ whiteSpace: "pre-wrap" }}>{n.text}</Box>])}
    />
  );
}

function CampaignRules() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <RowsTable
      head={["app.leadership.field.rule_title", "app.leadership.field.issuing_unit", "app.leadership.field.issued_on"]}
      rows={listOf(record.rules).map((r: any) => [r.title, r.issuingUnit, r.issuedOn])}
    />
  );
}

function CampaignResults() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return record.results ? (
    <Box sx={{ whiteSpace: "pre-wrap" }} data-testid="campaign-results">
      {record.results}
    </Box>
  ) : (
    <Typography color="text.secondary">{translate("app.leadership.field.not_closed")}</Typography>
  );
}

/** One campaign: what it covers, what it links, its progress, the rules it produced, its results. */
export const CampaignShow = () => (
  <Show actions={<CampaignActions />}>
    <Box sx={{ p: 2 }}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Section title="app.leadership.field.section_basic">
            <CampaignBasics />
          </Section>
          <Section title="app.leadership.field.section_progress" testId="campaign-progress">
            <CampaignProgress />
          </Section>
          <Section title="app.leadership.field.section_results">
            <CampaignResults />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Section title="app.leadership.field.section_links">
            <CampaignLinks />
          </Section>
          <Section title="app.leadership.field.section_rules" testId="campaign-rules">
            <CampaignRules />
          </Section>
        </Grid>
      </Grid>
    </Box>
  </Show>
);
