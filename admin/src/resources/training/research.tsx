import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  Create,
  Edit,
  FunctionField,
  List,
  SelectInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  EditButton,
  maxLength,
  required,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { Chip, Stack, Typography } from "@mui/material";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { DateTimeField, EnumField } from "../../components/fields";
import { CreateActions, EmptyNote, names, useCan, usePeople } from "./common";
import { RESEARCH_STATUSES } from "./choices";

/** 课题调研: projects with their findings, the improvements adopted and the rules they led to. */

export const ResearchList = () => (
  <List
    actions={<CreateActions resource="researchProjects" />}
    exporter={false}
    empty={<EmptyNote label="app.training.research.none" />}
  >
    <PlainDatagrid rowClick="show">
      <TextField source="title" />
      <TextField source="topic" />
      <TextField source="lead.displayName" label="resources.researchProjects.fields.lead" />
      <FunctionField source="members" render={(r: any) => names(r.members)} />
      <EnumField source="status" prefix="app.training.research_status" />
      <DateTimeField source="updatedAt" showTime={false} />
    </PlainDatagrid>
  </List>
);

function Improvements() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.improvements.length) return <Typography color="text.secondary">—</Typography>;
  return (
    <Stack spacing={1}>
      {record.improvements.map((i: any, n: number) => (
        <Stack key={n} direction="row" spacing={1} sx={{ alignItems: "center" }}>
          <Chip
            size="small"
            color={i.adopted ? "success" : "default"}
            label={translate(i.adopted ? "app.training.research.adopted" : "app.training.research.not_adopted")}
          />
          <span>{i.description}</span>
          {i.rule && (
            <Chip size="small" variant="outlined" label={translate("app.training.research.rule", { rule: i.rule })} />
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function ResearchShowActions() {
  const can = useCan();
  return <TopToolbar>{can("researchProjects", "edit") && <EditButton />}</TopToolbar>;
}

export const ResearchShow = () => (
  <Show actions={<ResearchShowActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <TextField source="topic" />
      <TextField source="lead.displayName" label="resources.researchProjects.fields.lead" />
      <FunctionField source="members" render={(r: any) => names(r.members)} />
      <EnumField source="status" prefix="app.training.research_status" />
      <TextField source="findings" emptyText="—" />
      <FunctionField source="improvements" render={() => <Improvements />} />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);

export const ResearchCreate = () => {
  const { users } = usePeople();
  return (
    <Create redirect="show">
      <SimpleForm>
        <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="topic" validate={[required(), maxLength(1000)]} multiline fullWidth />
        <AutocompleteInput
          source="leadId"
          choices={users}
          optionText="displayName"
          validate={required()}
          label="resources.researchProjects.fields.lead"
        />
        <AutocompleteArrayInput
          source="memberIds"
          choices={users}
          optionText="displayName"
          label="resources.researchProjects.fields.members"
        />
      </SimpleForm>
    </Create>
  );
};

export const ResearchEdit = () => {
  const { users } = usePeople();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={(d: any) => ({
        status: d.status,
        findings: d.findings || null,
        memberIds: d.memberIds,
        improvements: (d.improvements ?? []).map((i: any) => ({
          description: i.description,
          adopted: !!i.adopted,
          rule: i.rule || null,
        })),
      })}
    >
      <SimpleForm>
        <SelectInput source="status" choices={RESEARCH_STATUSES} validate={required()} />
        <AutocompleteArrayInput
          source="memberIds"
          choices={users}
          optionText="displayName"
          label="resources.researchProjects.fields.members"
        />
        <TextInput source="findings" validate={maxLength(4000)} multiline fullWidth />
        <ArrayInput source="improvements">
          <SimpleFormIterator>
            <TextInput
              source="description"
              label="app.training.research.measure"
              validate={[required(), maxLength(500)]}
              fullWidth
            />
            <BooleanInput source="adopted" label="app.training.research.adopted" />
            <TextInput source="rule" label="app.training.research.rule_name" validate={maxLength(200)} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Edit>
  );
};
