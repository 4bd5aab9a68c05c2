import { useState } from "react";
import {
  BooleanField,
  BooleanInput,
  Button,
  Create,
  Edit,
  FunctionField,
  List,
  NumberInput,
  SimpleForm,
  TextField,
  TextInput,
  maxLength,
  required,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
  Link,
} from "react-admin";
import { Alert, Chip } from "@mui/material";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { CountdownField, DateTimeField, EnumField, beijingDate, beijingToday } from "../../components/fields";
import { canAccess } from "../../auth/access";
import type { PortalDataProvider } from "../../data/dataProvider";
import { ActionDialog } from "../../components/ActionDialog";

/** An empty list says so in words, not with react-admin's "create one" invitation. */
function EmptyNote({ label }: { label: string }) {
  return (
    <Alert severity="success" sx={{ m: 2 }}>
      {useTranslate()(label)}
    </Alert>
  );
}

/** Received before today (Beijing): the same-day sign-for rule is already missed. */
const pastSameDay = (r: any) => beijingDate(r.receivedAt) < beijingToday();

function SignButton() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const [busy, setBusy] = useState(false);
  if (!record || !canAccess(permissions ?? [], "unsignedReports", "sign")) return null;
  return (
    <Button
      label="app.intake.sign"
      variant="contained"
      size="small"
      disabled={busy}
      data-testid={`sign-${record.serial}`}
      onClick={async (e) => {
        e.stopPropagation();
        setBusy(true);
        try {
          await dataProvider.run("reports", "sign", { id: record.id });
          notify(`${translate("app.intake.signed")}：${record.serial}`, { type: "success" });
          refresh();
        } catch (err: any) {
          notify(err.message, { type: "error" });
        } finally {
          setBusy(false);
        }
      }}
    />
  );
}

function WaitedField() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const late = pastSameDay(record);
  const hours = Math.floor(record.waitingHours ?? 0);
  return (
    <Chip
      size="small"
      color={late ? "error" : "default"}
      label={
        late
          ? `${translate("app.intake.hours", { hours })} · ${translate("app.intake.past_same_day")}`
          : translate("app.intake.hours", { hours })
      }
    />
  );
}

export const UnsignedList = () => (
  <List pagination={false} perPage={500} empty={<EmptyNote label="app.intake.nothing_unsigned" />} exporter={false}>
    <PlainDatagrid
      rowClick="show"
      rowSx={(r: any) => (pastSameDay(r) ? { backgroundColor: "rgba(211, 47, 47, 0.08)" } : {})}
    >
      <TextField source="serial" />
      <DateTimeField source="receivedAt" />
      <EnumField source="origin" prefix="app.intake.origin" />
      <TextField source="forwardingAuthority" />
      <TextField source="summary" />
      <FunctionField label="resources.unsignedReports.fields.waitingHours" render={() => <WaitedField />} />
      <CountdownField source="acceptOrTransferDeadline" />
      <SignButton />
    </PlainDatagrid>
  </List>
);

function NotifyButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const { permissions } = usePermissions<string[]>();
  if (!record || !canAccess(permissions ?? [], "acceptanceNoticesDue", "notify")) return null;
  return (
    <ActionDialog
      label="app.intake.notify"
      title="app.intake.notify_title"
      titleSuffix={record.serial}
      variant="text"
      initial={{ note: translate("app.intake.notify_note_default") }}
      fields={[{ name: "note", label: "app.intake.notify_note", required: true }]}
      run={(v) => dataProvider.run("reports", "recordAcceptanceNotice", { id: record.id, note: v.note })}
      done="app.intake.notified"
    />
  );
}

const noticeFilters = [
  <NumberInput key="w" source="withinWorkingDays" label="app.intake.within_days" min={0} max={60} alwaysOn />,
];

export const NoticesDueList = () => (
  <List
    filters={noticeFilters}
    filterDefaultValues={{ withinWorkingDays: 15 }}
    pagination={false}
    perPage={500}
    empty={<EmptyNote label="app.intake.nothing_due" />}
    exporter={false}
  >
    <PlainDatagrid rowClick={(id) => `/reports/${id}/show`}>
      <TextField source="serial" />
      <DateTimeField source="receivedAt" />
      <EnumField source="channel" prefix="app.intake.channel" />
      <TextField source="summary" />
      <CountdownField source="acceptanceNotice" />
      <NotifyButton />
    </PlainDatagrid>
  </List>
);

/** 同意 or 修改 a pending escalation. */
function DecideEscalationButtons() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  const approve = async () => {
    try {
      await dataProvider.run("myPendingEscalations", "decide", { id: record.id, approve: true, opinion: null });
      notify(translate("app.intake.decided"), { type: "success" });
      refresh();
    } catch (err: any) {
      notify(err.message, { type: "error" });
    }
  };
  return (
    <>
      <Button
        label="app.intake.approve"
        variant="contained"
        size="small"
        onClick={(e) => {
          e.stopPropagation();
          void approve();
        }}
      />
      <ActionDialog
        label="app.intake.amend"
        title="app.intake.amend_title"
        variant="text"
        initial={{ opinion: record.draftOpinion }}
        fields={[{ name: "opinion", label: "app.intake.leader_opinion", kind: "multiline", required: true }]}
        run={(v) =>
          dataProvider.run("myPendingEscalations", "decide", { id: record.id, approve: false, opinion: v.opinion })
        }
        done="app.intake.decided"
      />
    </>
  );
}

export const EscalationList = () => (
  <List pagination={false} perPage={500} empty={<EmptyNote label="app.intake.nothing_pending" />} exporter={false}>
    <PlainDatagrid>
      <FunctionField
        label="resources.myPendingEscalations.fields.report"
        render={(r: any) => (
          <Link to={`/reports/${r.report?.id}/show`}>
            {r.report?.serial} {r.report?.summary}
          </Link>
        )}
      />
      <TextField source="draftOpinion" />
      <TextField source="draftedBy.displayName" label="resources.myPendingEscalations.fields.draftedBy" />
      <DateTimeField source="draftedAt" />
      <DecideEscalationButtons />
    </PlainDatagrid>
  </List>
);

/* 问题类别 (administration of intake's categories) */
export const CategoryList = () => (
  <List pagination={false} perPage={500} filterDefaultValues={{ includeInactive: true }}>
    <PlainDatagrid rowClick="edit">
      <TextField source="code" />
      <TextField source="label" />
      <BooleanField source="active" />
    </PlainDatagrid>
  </List>
);
export const CategoryCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ active: true }}>
      <TextInput source="code" validate={[required(), maxLength(50)]} />
      <TextInput source="label" validate={[required(), maxLength(50)]} />
      <BooleanInput source="active" />
    </SimpleForm>
  </Create>
);
export const CategoryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TextInput source="code" disabled />
      <TextInput source="label" validate={[required(), maxLength(50)]} />
      <BooleanInput source="active" />
    </SimpleForm>
  </Edit>
);
