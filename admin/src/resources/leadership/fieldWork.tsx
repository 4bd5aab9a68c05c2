import type { ReactNode } from "react";
import {
  BooleanInput,
  List,
  TextField,
  TopToolbar,
  useDataProvider,
  useGetIdentity,
  usePermissions,
  useRecordContext,
} from "react-admin";
import { Stack } from "@mui/material";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { ActionDialog } from "../../components/ActionDialog";
import { beijingToday } from "../../components/fields";
import type { PortalDataProvider } from "../../data/dataProvider";
import { canAccess } from "../../auth/access";
import { useLeadershipLookups } from "./lookups";
import { FIELD_WORK_CELLS } from "./fields";

/** Lines of a text area as a list (topics, one per line). */
export const lines = (text: string) =>
  text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);

const MAX_TOPICS = 20;

/** 议题: one per line in the form, a numbered list in the table. */
function TopicsField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const topics: string[] = record?.topics ?? [];
  return (
    <Stack component="ol" sx={{ m: 0, pl: 2.5 }}>
      {topics.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </Stack>
  );
}

/** The record's cases, by serial (the summary on hover). */
function CaseSerialsField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const cases: { id: string; serial: string; report?: { summary: string } }[] = record?.cases ?? [];
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
      {cases.map((c) => (
        <a key={c.id} href={`#/cases/${encodeURIComponent(c.id)}/show`} title={c.report?.summary}>
          {c.serial}
        </a>
      ))}
    </Stack>
  );
}

/** 记录会议 (a leader, in one of their linked towns). */
function RecordMeetingButton() {
  const dataProvider = useDataProvider<PortalDataProvider>();
  const lookups = useLeadershipLookups();
  return (
    <ActionDialog
      label="app.leadership.field.record_meeting"
      testId="record-meeting"
      variant="contained"
      initial={{ heldOn: beijingToday() }}
      fields={[
        {
          name: "townId",
          label: "app.leadership.field.meeting_town",
          kind: "select",
          loadOptions: lookups.linkedTowns,
          required: true,
        },
        { name: "heldOn", label: "app.leadership.field.held_on", kind: "date", required: true },
        {
          name: "topics",
          label: "app.leadership.field.topics",
          kind: "multiline",
          required: true,
          max: 5000,
          check: (v) => (lines(v).length > MAX_TOPICS ? "app.leadership.field.too_many_topics" : null),
        },
        { name: "decisions", label: "app.leadership.field.decisions", kind: "multiline", required: true, max: 5000 },
      ]}
      run={(v) =>
        dataProvider.run("townMeetings", "record", {
          input: { townId: v.townId, heldOn: v.heldOn, topics: lines(v.topics), decisions: v.decisions },
        })
      }
      done="app.leadership.field.meeting_recorded"
    />
  );
}

/**
 * The leaders' own records (meetings, visits): "only mine" is on at first for a leader (the
 * graph's leaderId is the signed-in user's id, given as filter.me); the form's button if allowed.
 */
function LeaderRecordsList({
  resource,
  recordButton,
  children,
}: {
  resource: string;
  recordButton: ReactNode;
  children: ReactNode;
}) {
  const { permissions } = usePermissions<string[]>();
  const { identity } = useGetIdentity();
  if (!identity || !permissions) return null;
  const isLeader = permissions.includes("LEADER");
  return (
    <List
      resource={resource}
      filters={isLeader ? [<BooleanInput key="mine" source="mine" alwaysOn />] : undefined}
      filterDefaultValues={{ mine: isLeader }}
      filter={{ me: identity.id }}
      perPage={25}
      exporter={false}
      disableSyncWithLocation
      storeKey={resource}
      empty={false}
      actions={<TopToolbar>{canAccess(permissions, resource, "create") && recordButton}</TopToolbar>}
    >
      {children}
    </List>
  );
}

/** 包联镇街会议: the leader's own by default; with the filter off, all the meetings of their linked towns. */
export const TownMeetingList = () => (
  <LeaderRecordsList resource="townMeetings" recordButton={<RecordMeetingButton />}>
    <MeetingRows />
  </LeaderRecordsList>
);

function MeetingRows() {
  return (
    <PlainDatagrid rowClick={false} sx={FIELD_WORK_CELLS} data-testid="town-meetings">
      <TextField source="heldOn" />
      <TextField source="town.name" label="resources.townMeetings.fields.town" />
      <TopicsField label="resources.townMeetings.fields.topics" />
      <TextField source="decisions" />
      <TextField source="leaderName" />
    </PlainDatagrid>
  );
}

/** 记录下访 (a leader): town, date, the cases they own or screened, the outcome. */
function RecordVisitButton() {
  const dataProvider = useDataProvider<PortalDataProvider>();
  const lookups = useLeadershipLookups();
  return (
    <ActionDialog
      label="app.leadership.field.record_visit"
      testId="record-visit"
      variant="contained"
      initial={{ visitedOn: beijingToday(), caseIds: [] }}
      fields={[
        {
          name: "townId",
          label: "app.leadership.field.visit_town",
          kind: "select",
          loadOptions: lookups.linkedTowns,
          required: true,
        },
        { name: "visitedOn", label: "app.leadership.field.visited_on", kind: "date", required: true },
        {
          name: "caseIds",
          label: "app.leadership.field.visit_cases",
          kind: "multiselect",
          loadOptions: lookups.followedCases,
          required: true,
          maxItems: 50,
        },
        { name: "outcome", label: "app.leadership.field.visit_outcome", kind: "multiline", required: true, max: 5000 },
      ]}
      run={(v, lists) =>
        dataProvider.run("caseVisits", "record", {
          input: { townId: v.townId, visitedOn: v.visitedOn, caseIds: lists.caseIds, outcome: v.outcome },
        })
      }
      done="app.leadership.field.visit_recorded"
    />
  );
}

/** 带案下访: the leader's own by default. */
export const CaseVisitList = () => (
  <LeaderRecordsList resource="caseVisits" recordButton={<RecordVisitButton />}>
    <PlainDatagrid rowClick={false} sx={FIELD_WORK_CELLS} data-testid="case-visits">
      <TextField source="visitedOn" />
      <TextField source="town.name" label="resources.caseVisits.fields.town" />
      <CaseSerialsField label="resources.caseVisits.fields.cases" />
      <TextField source="outcome" />
      <TextField source="leaderName" />
    </PlainDatagrid>
  </LeaderRecordsList>
);
