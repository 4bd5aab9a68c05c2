import {
  Button,
  DateInput,
  List,
  TextField,
  Title,
  TopToolbar,
  useDataProvider,
  useGetIdentity,
  usePermissions,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { Alert, Box, Container, Link, Stack, Typography } from "@mui/material";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { RowsTable, Section } from "../../components/Section";
import { ActionDialog } from "../../components/ActionDialog";
import { beijingToday } from "../../components/fields";
import { useCurrentAnswer } from "../../components/useCurrentAnswer";
import type { PortalDataProvider } from "../../data/dataProvider";
import { canAccess } from "../../auth/access";
import { useLeadershipLookups } from "./lookups";
import { FIELD_WORK_CELLS, StatusChip } from "./fields";

/** The day `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
}

/** The published schedule looks this far ahead (the graph answers at most 92 days at a time). */
const PUBLISHED_DAYS = 92;

const STATUS_COLOUR = { SCHEDULED: "primary", HELD: "success", CANCELLED: "default" } as const;

const timeOf = (r: any) => `${r.startTime}–${r.endTime}`;
const leaderOf = (r: any) => (r.leaderTitle ? `${r.leaderName}（${r.leaderTitle}）` : r.leaderName);

function TimeField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  return record ? <span>{timeOf(record)}</span> : null;
}

function LeaderField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  return record ? <span>{leaderOf(record)}</span> : null;
}

/** What came of a held reception (visitors, reports registered), or why it was cancelled. */
function OutcomeField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (record.status === "CANCELLED") return <span>{record.cancelReason}</span>;
  if (record.status !== "HELD") return null;
  return (
    <Stack spacing={0.5}>
      <span>
        {translate("app.leadership.field.visitors_count", { count: record.visitorsReceived ?? 0 })}，
        {translate("app.leadership.field.reports_count", { count: record.reports.length })}
        {record.reports.length > 0 && `：${record.reports.map((r: any) => r.serial).join("、")}`}
      </span>
      {record.summary && <span>{record.summary}</span>}
    </Stack>
  );
}

/** 登记接访情况 (on the day or after) and 取消 (before it is held). */
function ReceptionActions(_props: { label?: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const lookups = useLeadershipLookups();
  const { permissions } = usePermissions<string[]>();
  if (!record || record.status !== "SCHEDULED" || !canAccess(permissions ?? [], "receptions", "outcome")) return null;
  const key = `${record.receptionDate}-${record.startTime}`;
  return (
    <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
      {record.receptionDate <= beijingToday() && (
        <ActionDialog
          label="app.leadership.field.outcome"
          titleSuffix={`${record.receptionDate} ${timeOf(record)} ${record.leaderName}`}
          testId={`outcome-${key}`}
          initial={{ reportIds: [] }}
          fields={[
            { name: "visitorsReceived", label: "app.leadership.field.visitors", kind: "number", required: true },
            {
              name: "reportIds",
              label: "app.leadership.field.reports",
              kind: "multiselect",
              searchOptions: lookups.reports,
            },
            { name: "summary", label: "app.leadership.field.summary", kind: "multiline", required: true, max: 5000 },
          ]}
          run={(v, lists) =>
            dataProvider.run("receptions", "outcome", {
              input: {
                receptionId: record.id,
                visitorsReceived: Number(v.visitorsReceived),
                reportIds: lists.reportIds,
                summary: v.summary,
              },
            })
          }
          done="app.leadership.field.outcome_recorded"
        />
      )}
      <ActionDialog
        label="app.leadership.field.cancel"
        titleSuffix={`${record.receptionDate} ${timeOf(record)} ${record.leaderName}`}
        description="app.leadership.field.cancel_description"
        testId={`cancel-${key}`}
        fields={[{ name: "reason", label: "app.leadership.field.cancel_reason", required: true, max: 500 }]}
        run={(v) => dataProvider.run("receptions", "cancel", { id: record.id, reason: v.reason })}
        done="app.leadership.field.cancelled"
      />
    </Stack>
  );
}

/** 安排接访: a leader schedules themself, the petition office any leader. */
function ScheduleButton() {
  const dataProvider = useDataProvider<PortalDataProvider>();
  const lookups = useLeadershipLookups();
  const { permissions } = usePermissions<string[]>();
  const { identity } = useGetIdentity();
  const forAnyLeader = (permissions ?? []).includes("PETITION_OFFICER");
  if (!identity) return null;
  const self = { value: String(identity.id), label: identity.fullName ?? "" };
  return (
    <ActionDialog
      label="app.leadership.field.schedule"
      testId="schedule-reception"
      variant="contained"
      initial={{
        leaderId: forAnyLeader ? "" : self.value,
        receptionDate: addDays(beijingToday(), 7),
        startTime: "09:00",
        endTime: "11:30",
      }}
      fields={[
        {
          name: "leaderId",
          label: "app.leadership.field.leader",
          kind: "select",
          ...(forAnyLeader ? { loadOptions: lookups.leaders } : { options: [self] }),
          required: true,
        },
        { name: "receptionDate", label: "app.leadership.field.reception_date", kind: "date", required: true },
        { name: "startTime", label: "app.leadership.field.start_time", kind: "time", required: true },
        { name: "endTime", label: "app.leadership.field.end_time", kind: "time", required: true },
        { name: "place", label: "app.leadership.field.place", required: true, max: 200 },
      ]}
      run={(v) => dataProvider.run("receptions", "schedule", { input: v })}
      done="app.leadership.field.scheduled"
    />
  );
}

/** 公开接访: the coming receptions first (soonest on top), then the past ones, with what came of them. */
export function ReceptionList() {
  const { permissions } = usePermissions<string[]>();
  const today = beijingToday();
  return (
    <List
      resource="receptions"
      filters={[<DateInput key="from" source="from" alwaysOn />, <DateInput key="to" source="to" alwaysOn />]}
      filterDefaultValues={{ from: addDays(today, -30), to: addDays(today, 60) }}
      perPage={25}
      exporter={false}
      disableSyncWithLocation
      storeKey="receptions"
      empty={false}
      actions={
        <TopToolbar>
          <Button label="app.leadership.field.published" href="#/receptionSchedule" />
          {canAccess(permissions ?? [], "receptions", "create") && <ScheduleButton />}
        </TopToolbar>
      }
    >
      <PlainDatagrid rowClick={false} sx={FIELD_WORK_CELLS} data-testid="receptions">
        <TextField source="receptionDate" />
        <TimeField label="resources.receptions.fields.time" />
        <TextField source="place" />
        <LeaderField label="resources.receptions.fields.leaderName" />
        <StatusChip
          label="resources.receptions.fields.status"
          prefix="app.leadership.field.reception_status"
          colours={STATUS_COLOUR}
        />
        <OutcomeField label="resources.receptions.fields.outcome" />
        <ReceptionActions />
      </PlainDatagrid>
    </List>
  );
}

/**
 * The published schedule of the coming three months (the one query open without signing in);
 * `hint` explains it: to staff, what the public sees; to the public, the period.
 */
function PublishedSchedule({ hint }: { hint: string }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const from = beijingToday();
  const to = addDays(from, PUBLISHED_DAYS);
  const { answer: items, failed } = useCurrentAnswer(
    () => dataProvider.run<any[]>("receptions", "published", { from, to }),
    [dataProvider, from, to],
  );
  return (
    <Section title="app.leadership.field.published">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate(hint, { from, to })}
      </Typography>
      {failed && <Alert severity="warning">{failed}</Alert>}
      {items && !items.length && (
        <Typography color="text.secondary">{translate("app.leadership.field.no_published")}</Typography>
      )}
      {items && items.length > 0 && (
        <RowsTable
          head={[
            "resources.receptions.fields.receptionDate",
            "resources.receptions.fields.time",
            "resources.receptions.fields.place",
            "resources.receptions.fields.leaderName",
          ]}
          rows={items.map((r) => [r.receptionDate, timeOf(r), r.place, leaderOf(r)])}
        />
      )}
    </Section>
  );
}

/** 公开接访安排（对外公布）inside the portal: exactly what the public sees. */
export function PublishedSchedulePage() {
  return (
    <Box sx={{ p: 2 }} data-testid="published-schedule">
      <Title title="app.leadership.field.published" />
      <PublishedSchedule hint="app.leadership.field.published_hint" />
    </Box>
  );
}

/** The same schedule for anyone, without signing in (linked from the sign-in page). */
export function PublicSchedulePage() {
  const translate = useTranslate();
  return (
    <Container maxWidth="md" sx={{ py: 4 }} data-testid="public-schedule">
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {translate("app.leadership.field.public_title")}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate("app.leadership.field.public_intro")}
      </Typography>
      <PublishedSchedule hint="app.leadership.field.public_period" />
      <Link href="#/login" variant="body2">
        {translate("app.leadership.field.to_sign_in")}
      </Link>
    </Container>
  );
}
