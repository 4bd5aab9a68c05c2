import { useMemo } from "react";
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  Create,
  DateTimeInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  maxLength,
  required,
  useNotify,
  useRedirect,
  useTranslate,
} from "react-admin";
import { Box, Divider, Typography } from "@mui/material";
import { CHANNELS, ORIGINS, choices } from "./choices";
import { RegistrationHints } from "./hints";

/** Required fields per channel and origin, checked before the server sees the form (it checks again). */
export function validateRegistration(v: any): Record<string, any> {
  const e: Record<string, any> = {};
  if (v.channel === "LETTER" && !v.postmarkDate) e.postmarkDate = "app.intake.postmark_required";
  if (v.channel === "VISIT") {
    if (!v.visitorCount || v.visitorCount < 1) e.visitorCount = "app.intake.visitors_required";
    if (!String(v.receivingStaff ?? "").trim()) e.receivingStaff = "app.intake.staff_required";
  }
  if (v.channel === "PHONE") {
    if (!String(v.callerNumber ?? "").trim()) e.callerNumber = "app.intake.caller_required";
    else if (!/^[0-9+\-\s]{5,20}$/.test(v.callerNumber)) e.callerNumber = "app.intake.phone_format";
    if (!v.callTime) e.callTime = "app.intake.call_time_required";
  }
  if (v.channel === "ONLINE" && !v.submittedAt) e.submittedAt = "app.intake.submitted_required";
  if (v.origin && v.origin !== "SELF_RECEIVED" && !String(v.forwardingAuthority ?? "").trim())
    e.forwardingAuthority = "app.intake.forwarding_required";
  const r = v.reporter ?? {};
  if (r.realName) {
    const errs: Record<string, string> = {};
    if (!String(r.name ?? "").trim()) errs.name = "app.intake.real_name_contact";
    if (!String(r.phone ?? "").trim()) errs.phone = "app.intake.real_name_contact";
    if (Object.keys(errs).length) e.reporter = errs;
  }
  if (r.phone && !/^[0-9+\-\s]{5,20}$/.test(r.phone))
    e.reporter = { ...(e.reporter ?? {}), phone: "app.intake.phone_format" };
  if (r.idNumber && !/^\d{17}[\dXx]$/.test(r.idNumber))
    e.reporter = { ...(e.reporter ?? {}), idNumber: "app.intake.id_format" };
  return e;
}

const iso = (v: unknown) => (v ? new Date(String(v)).toISOString() : undefined);
const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** The form's values → RegisterReportInput, with only the channel's own fields. */
export function toRegisterInput(v: any): Record<string, unknown> {
  const input: Record<string, unknown> = {
    channel: v.channel,
    origin: v.origin ?? "SELF_RECEIVED",
    category: v.category,
    summary: v.summary.trim(),
    content: v.content.trim(),
    townId: v.townId || undefined,
    receivedAt: iso(v.receivedAt),
    reporter: {
      realName: Boolean(v.reporter?.realName),
      name: text(v.reporter?.name),
      phone: text(v.reporter?.phone),
      idNumber: text(v.reporter?.idNumber),
      address: text(v.reporter?.address),
    },
    subjects: (v.subjects ?? [])
      .filter((s: any) => text(s?.name))
      .map((s: any) => ({
        name: s.name.trim(),
        post: text(s.post),
        rank: text(s.rank),
        townId: s.townId || undefined,
        unitId: s.unitId || undefined,
      })),
  };
  if (v.origin && v.origin !== "SELF_RECEIVED")
    Object.assign(input, {
      forwardingAuthority: text(v.forwardingAuthority),
      forwardingReference: text(v.forwardingReference),
      authorityDueDate: v.authorityDueDate || undefined,
    });
  if (v.channel === "LETTER") input.postmarkDate = v.postmarkDate;
  if (v.channel === "VISIT")
    Object.assign(input, {
      visitorCount: Number(v.visitorCount),
      receivingStaff: String(v.receivingStaff)
        .split(/[,，、\s]+/)
        .filter(Boolean),
    });
  if (v.channel === "PHONE") Object.assign(input, { callerNumber: v.callerNumber.trim(), callTime: iso(v.callTime) });
  if (v.channel === "ONLINE") input.submittedAt = iso(v.submittedAt);
  for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
  return input;
}

function Heading({ label }: { label: string }) {
  const translate = useTranslate();
  return (
    <Box sx={{ width: "100%", mt: 2 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate(label)}
      </Typography>
      <Divider />
    </Box>
  );
}

export const ReportCreate = () => {
  // one key per opened form: a retried submit registers the report once
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const now = useMemo(() => new Date().toISOString(), []);
  return (
    <Create
      title="app.intake.register_title"
      transform={toRegisterInput}
      mutationOptions={{
        meta: { idempotencyKey },
        onSuccess: (data: any) => {
          notify(translate("app.intake.registered", { serial: data.serial }), { type: "success" });
          redirect("show", "reports", data.id);
        },
      }}
    >
      <SimpleForm
        validate={validateRegistration}
        defaultValues={{
          channel: "PHONE",
          origin: "SELF_RECEIVED",
          reporter: { realName: false },
          callTime: now,
          submittedAt: now,
          visitorCount: 1,
          subjects: [],
        }}
      >
        <RadioButtonGroupInput
          source="channel"
          label="app.intake.channel_choice"
          choices={choices(CHANNELS, "app.intake.channel")}
          validate={required()}
        />
        <Heading label="app.intake.section.basic" />
        <SelectInput source="origin" choices={choices(ORIGINS, "app.intake.origin")} validate={required()} />
        <ReferenceInput source="category" reference="problemCategories">
          <SelectInput optionText="label" validate={required()} label="resources.reports.fields.category" />
        </ReferenceInput>
        <TextInput source="summary" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="content" validate={[required(), maxLength(20000)]} multiline minRows={4} fullWidth />
        <FormDataConsumer>{({ formData }) => <RegistrationHints values={formData} />}</FormDataConsumer>
        <ReferenceInput source="townId" reference="towns" filter={{ active: true }}>
          <AutocompleteInput optionText="name" label="resources.reports.fields.townId" />
        </ReferenceInput>
        <Heading label="app.intake.section.channel" />
        <FormDataConsumer>
          {({ formData }) => (
            <>
              {formData.channel === "LETTER" && (
                <TextInput source="postmarkDate" type="date" slotProps={{ inputLabel: { shrink: true } }} />
              )}
              {formData.channel === "VISIT" && (
                <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
                  <NumberInput source="visitorCount" min={1} />
                  <TextInput source="receivingStaff" helperText="app.intake.staff_help" />
                </Box>
              )}
              {formData.channel === "PHONE" && (
                <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
                  <TextInput source="callerNumber" validate={maxLength(20)} />
                  <DateTimeInput source="callTime" />
                </Box>
              )}
              {formData.channel === "ONLINE" && <DateTimeInput source="submittedAt" />}
              {formData.origin && formData.origin !== "SELF_RECEIVED" && (
                <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
                  <TextInput source="forwardingAuthority" validate={maxLength(100)} />
                  <TextInput source="forwardingReference" validate={maxLength(100)} />
                  <TextInput source="authorityDueDate" type="date" slotProps={{ inputLabel: { shrink: true } }} />
                </Box>
              )}
            </>
          )}
        </FormDataConsumer>
        <Heading label="app.intake.section.reporter" />
        <BooleanInput
          source="reporter.realName"
          label="resources.reports.fields.realName"
          helperText="app.intake.real_name_help"
        />
        <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
          <TextInput source="reporter.name" label="resources.reports.fields.reporterName" validate={maxLength(50)} />
          <TextInput source="reporter.phone" label="resources.reports.fields.reporterPhone" validate={maxLength(20)} />
          <TextInput
            source="reporter.idNumber"
            label="resources.reports.fields.reporterIdNumber"
            validate={maxLength(18)}
          />
          <TextInput
            source="reporter.address"
            label="resources.reports.fields.reporterAddress"
            validate={maxLength(200)}
          />
        </Box>
        <Heading label="app.intake.section.subjects" />
        <ArrayInput source="subjects" label={false}>
          <SimpleFormIterator inline disableReordering>
            <TextInput
              source="name"
              label="resources.reports.fields.subjectName"
              validate={[required(), maxLength(100)]}
            />
            <TextInput source="post" label="resources.reports.fields.subjectPost" validate={maxLength(100)} />
            <TextInput source="rank" label="resources.reports.fields.subjectRank" validate={maxLength(50)} />
            <ReferenceInput source="unitId" reference="departments">
              <AutocompleteInput
                optionText="name"
                label="resources.reports.fields.subjectUnit"
                filterToQuery={(q: string) => ({ search: q })}
                sx={{ minWidth: 220 }}
              />
            </ReferenceInput>
            <ReferenceInput source="townId" reference="towns">
              <AutocompleteInput
                optionText="name"
                label="resources.reports.fields.subjectTown"
                sx={{ minWidth: 180 }}
              />
            </ReferenceInput>
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Create>
  );
};
