import {
  Button,
  List,
  SelectInput,
  TextField,
  useDataProvider,
  useGetList,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { Stack } from "@mui/material";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { RowsTable, Section } from "../../components/Section";
import { EnumChips, EnumField, beijingToday } from "../../components/fields";
import { ActionDialog } from "../../components/ActionDialog";
import type { PortalDataProvider } from "../../data/dataProvider";
import { choices } from "../directory/choices";
import { AnalysisField, JointTasksField, NestedCaseDueField, ReminderCountdown, WRAP_SUMMARY } from "./fields";

const OWNERSHIP_STATUSES = ["ACTIVE", "CONCLUDED", "RELEASED", "TRANSFERRED"];

/** 案情研判 and 退出包案 of an active ownership; the case page is one click away. */
function OwnerActions(_props: { label?: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<PortalDataProvider>();
  if (!record) return null;
  const caseId = record.case.id;
  return (
    <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
      <Button
        label="app.leadership.open_case"
        size="small"
        href={`#/cases/${encodeURIComponent(caseId)}/show`}
        data-testid={`open-${record.serial}`}
      />
      {record.status === "ACTIVE" && (
        <>
          <ActionDialog
            label="app.leadership.analysis"
            testId={`analysis-${record.serial}`}
            initial={{ heldOn: beijingToday() }}
            fields={[
              { name: "heldOn", label: "app.leadership.held_on", kind: "date", required: true },
              { name: "participants", label: "app.leadership.participants", required: true, max: 1000 },
              { name: "findings", label: "app.leadership.findings", kind: "multiline", required: true, max: 5000 },
              { name: "mainDirection", label: "app.leadership.main_direction", required: true, max: 500 },
            ]}
            run={(v) =>
              dataProvider.run("myOwnedCases", "analysis", {
                input: {
                  caseId,
                  heldOn: v.heldOn,
                  participants: v.participants
                    .split(/[、，,；;\s]+/)
                    .map((s) => s.trim())
                    .filter(Boolean),
                  findings: v.findings,
                  mainDirection: v.mainDirection,
                },
              })
            }
            done="app.leadership.analysis_recorded"
          />
          <ActionDialog
            label="app.leadership.release"
            testId={`release-${record.serial}`}
            fields={[
              { name: "reason", label: "app.leadership.release_reason", kind: "multiline", required: true, max: 500 },
            ]}
            run={(v) => dataProvider.run("myOwnedCases", "release", { caseId, reason: v.reason })}
            done="app.leadership.released"
          />
        </>
      )}
    </Stack>
  );
}

/** 包案提醒: overdue first, then due within five working days. */
export function OwnershipReminders() {
  const { data } = useGetList("ownershipReminders", { pagination: { page: 1, perPage: 100 } });
  const rows = [...(data ?? [])].sort((a, b) => a.workingDaysLeft - b.workingDaysLeft);
  return (
    <Section title="app.leadership.reminders" testId="ownership-reminders">
      <RowsTable
        head={[
          "resources.ownershipReminders.fields.serial",
          "resources.ownershipReminders.fields.kind",
          "resources.ownershipReminders.fields.title",
          "resources.ownershipReminders.fields.dueDate",
        ]}
        rows={rows.map((r) => [
          r.serial,
          <EnumLabel key="kind" prefix="app.leadership.reminder" value={r.kind} />,
          r.title,
          <ReminderCountdown key="due" dueDate={r.dueDate} workingDaysLeft={r.workingDaysLeft} />,
        ])}
      />
    </Section>
  );
}

function EnumLabel({ prefix, value }: { prefix: string; value: string }) {
  const translate = useTranslate();
  return <span>{translate(`${prefix}.${value}`, { _: value })}</span>;
}

/** 我的包案: state, deadlines with countdowns, joint tasks (overdue ones counted), analysis; reminders above. */
export const MyOwnedCasesList = () => (
  <>
    <OwnershipReminders />
    <List
      resource="myOwnedCases"
      filters={[
        <SelectInput
          key="status"
          source="status"
          choices={choices(OWNERSHIP_STATUSES, "app.leadership.status")}
          alwaysOn
        />,
      ]}
      perPage={25}
      exporter={false}
      disableSyncWithLocation
      storeKey="myOwnedCases"
    >
      <PlainDatagrid rowClick={false} sx={WRAP_SUMMARY}>
        <TextField source="serial" />
        <TextField source="case.report.summary" label="resources.myOwnedCases.fields.summary" />
        <EnumField source="status" prefix="app.leadership.status" />
        <EnumField source="case.status" prefix="app.cases.status" label="resources.myOwnedCases.fields.caseStatus" />
        <EnumChips source="reasons" prefix="app.leadership.reason" />
        <NestedCaseDueField label="resources.myOwnedCases.fields.due" />
        <TextField source="targetDate" emptyText="—" />
        <JointTasksField label="resources.myOwnedCases.fields.tasks" />
        <AnalysisField label="resources.myOwnedCases.fields.analysis" />
        <OwnerActions />
      </PlainDatagrid>
    </List>
  </>
);
