import { BooleanInput, List, TextField, useDataProvider, useRecordContext } from "react-admin";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { DateTimeField, EnumChips, EnumField } from "../../components/fields";
import { ActionDialog } from "../../components/ActionDialog";
import type { PortalDataProvider } from "../../data/dataProvider";
import { LinkedTownField, NestedCaseDueField, WRAP_SUMMARY } from "./fields";

/** 认领: the leader keeps the screening's reasons (all at first, any several of them) and may add a note. */
function ClaimButton(_props: { label?: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<PortalDataProvider>();
  if (!record) return null;
  const reasons: string[] = record.reasons ?? [];
  return (
    <ActionDialog
      label="app.leadership.claim"
      title="app.leadership.claim_title"
      description="app.leadership.claim_description"
      testId={`claim-${record.serial}`}
      variant="contained"
      initial={{ reasons }}
      fields={[
        {
          name: "reasons",
          label: "app.leadership.claim_reasons",
          kind: "multiselect",
          choices: reasons,
          choicePrefix: "app.leadership.reason",
          required: true,
        },
        { name: "note", label: "app.leadership.claim_note", kind: "multiline", max: 500 },
      ]}
      run={(v, lists) =>
        dataProvider.run("screeningQueue", "claim", { caseId: record.case.id, reasons: lists.reasons, note: v.note })
      }
      done="app.leadership.claimed"
    />
  );
}

/** 包案候选: the screened cases, the leader's linked towns first, with the reasons and the case's state. */
export const ScreeningQueueList = () => (
  <List
    resource="screeningQueue"
    filters={[<BooleanInput key="linkedOnly" source="linkedOnly" alwaysOn />]}
    perPage={25}
    exporter={false}
    storeKey="screeningQueue"
  >
    <PlainDatagrid rowClick={false} sx={WRAP_SUMMARY}>
      <TextField source="serial" />
      <TextField source="case.report.summary" label="resources.screeningQueue.fields.summary" />
      <EnumChips source="reasons" prefix="app.leadership.reason" />
      <TextField source="town.name" label="resources.screeningQueue.fields.town" />
      <LinkedTownField label="resources.screeningQueue.fields.inLinkedTown" />
      <EnumField source="case.status" prefix="app.cases.status" label="resources.screeningQueue.fields.status" />
      <NestedCaseDueField label="resources.screeningQueue.fields.due" />
      <DateTimeField source="since" />
      <ClaimButton />
    </PlainDatagrid>
  </List>
);
