import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Create,
  DeleteButton,
  Edit,
  FunctionField,
  List,
  NullableBooleanInput,
  NumberInput,
  PasswordInput,
  ReferenceArrayInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  CreateButton,
  ExportButton,
  maxLength,
  minLength,
  regex,
  required,
  useTranslate,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  Button,
  FormDataConsumer,
} from "react-admin";
import { useEffect, useState } from "react";
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, TextField as MuiTextField } from "@mui/material";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { ToggleActiveButton } from "../../components/ToggleActiveButton";
import { DateTimeField, EnumChips, EnumField, NamesField, beijingToday } from "../../components/fields";
import type { PortalDataProvider } from "../../data/dataProvider";
import { DEPARTMENT_KINDS, LIAISON_KINDS, ROLES, SECTORS, TOWN_KINDS, choices } from "./choices";

const DATE = regex(/^\d{4}-\d{2}-\d{2}$/, "app.directory.date_format");
const departmentSearch = (q: string) => ({ search: q, active: true });

/* 部门 */
const departmentFilters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectArrayInput key="kinds" source="kinds" choices={choices(DEPARTMENT_KINDS, "app.directory.kind")} />,
  <NullableBooleanInput key="active" source="active" />,
];

export const DepartmentList = () => (
  <List filters={departmentFilters} perPage={25}>
    <PlainDatagrid rowClick="edit">
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="kind" prefix="app.directory.kind" />
      <EnumField source="sector" prefix="app.directory.sector" />
      <TextField source="parent.name" label="resources.departments.fields.parent" />
      <TextField source="town.name" label="resources.departments.fields.town" />
      <FunctionField
        label="resources.departments.fields.currentLiaisons"
        render={(r: any) =>
          (r.currentLiaisons ?? [])
            .map((l: any) => l.liaisonDepartment?.name)
            .filter(Boolean)
            .join("、")
        }
      />
      <BooleanField source="active" />
      <ToggleActiveButton resource="departments" />
    </PlainDatagrid>
  </List>
);

const DepartmentForm = () => (
  <SimpleForm>
    <TextInput source="code" validate={[required(), maxLength(50)]} />
    <TextInput source="name" validate={[required(), maxLength(100)]} />
    <SelectInput source="kind" choices={choices(DEPARTMENT_KINDS, "app.directory.kind")} validate={required()} />
    <SelectInput source="sector" choices={choices(SECTORS, "app.directory.sector")} />
    <ReferenceInput source="parentId" reference="departments">
      <AutocompleteInput optionText="name" filterToQuery={departmentSearch} />
    </ReferenceInput>
    <ReferenceInput source="townId" reference="towns">
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
    <NumberInput source="sortOrder" />
  </SimpleForm>
);
export const DepartmentCreate = () => (
  <Create redirect="list">
    <DepartmentForm />
  </Create>
);
export const DepartmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <DepartmentForm />
  </Edit>
);

/* 片区 */
export const RegionList = () => (
  <List pagination={false} perPage={500}>
    <PlainDatagrid rowClick="edit">
      <TextField source="code" />
      <TextField source="name" />
      <NamesField source="towns" label="resources.regions.fields.towns" />
      <BooleanField source="active" />
      <ToggleActiveButton resource="regions" />
    </PlainDatagrid>
  </List>
);
const RegionForm = () => (
  <SimpleForm>
    <TextInput source="code" validate={[required(), maxLength(50)]} />
    <TextInput source="name" validate={[required(), maxLength(100)]} />
  </SimpleForm>
);
export const RegionCreate = () => (
  <Create redirect="list">
    <RegionForm />
  </Create>
);
export const RegionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <RegionForm />
  </Edit>
);

/* 镇（街道） */
const townFilters = [
  <ReferenceInput key="regionId" source="regionId" reference="regions" alwaysOn>
    <SelectInput optionText="name" label="resources.towns.fields.regionId" />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" />,
];
export const TownList = () => (
  <List filters={townFilters} perPage={50}>
    <PlainDatagrid rowClick="edit">
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="kind" prefix="app.directory.townKind" />
      <TextField source="region.name" label="resources.towns.fields.region" />
      <TextField source="committee.name" label="resources.towns.fields.committee" />
      <BooleanField source="active" />
      <ToggleActiveButton resource="towns" />
    </PlainDatagrid>
  </List>
);
const TownForm = () => (
  <SimpleForm>
    <TextInput source="code" validate={[required(), maxLength(50)]} />
    <TextInput source="name" validate={[required(), maxLength(100)]} />
    <SelectInput source="kind" choices={choices(TOWN_KINDS, "app.directory.townKind")} validate={required()} />
    <ReferenceInput source="regionId" reference="regions">
      <SelectInput optionText="name" validate={required()} />
    </ReferenceInput>
  </SimpleForm>
);
export const TownCreate = () => (
  <Create redirect="list">
    <TownForm />
  </Create>
);
export const TownEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <TownForm />
  </Edit>
);

/* 用户 */
const userFilters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="role" source="role" choices={choices(ROLES, "app.directory.role")} />,
  <NullableBooleanInput key="active" source="active" />,
];
export const UserList = () => (
  <List filters={userFilters} perPage={25}>
    <PlainDatagrid rowClick="edit">
      <TextField source="username" />
      <TextField source="displayName" />
      <TextField source="department.name" label="resources.users.fields.department" />
      <TextField source="post" />
      <EnumChips source="roles" prefix="app.directory.role" />
      <NamesField source="linkedTowns" label="resources.users.fields.linkedTowns" />
      <BooleanField source="active" />
      <ToggleActiveButton resource="users" />
    </PlainDatagrid>
  </List>
);
const PASSWORD = [required(), minLength(8), regex(/^(?=.*[A-Za-z])(?=.*\d).+$/, "app.directory.password_rule")];
const UserForm = ({ creating }: { creating?: boolean }) => (
  <SimpleForm>
    <TextInput source="username" validate={[required(), maxLength(50)]} disabled={!creating} />
    <TextInput source="displayName" validate={[required(), maxLength(50)]} />
    {creating && <PasswordInput source="password" validate={PASSWORD} helperText="app.directory.password_rule" />}
    <ReferenceInput source="departmentId" reference="departments">
      <AutocompleteInput optionText="name" filterToQuery={departmentSearch} />
    </ReferenceInput>
    <TextInput source="post" validate={maxLength(100)} />
    <SelectArrayInput source="roles" choices={choices(ROLES, "app.directory.role")} validate={required()} />
    <ReferenceArrayInput source="linkedTownIds" reference="towns">
      <AutocompleteArrayInput optionText="name" />
    </ReferenceArrayInput>
  </SimpleForm>
);
export const UserCreate = () => (
  <Create redirect="list">
    <UserForm creating />
  </Create>
);
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <UserForm />
  </Edit>
);

/* 联系（派驻）关系 */
function EndMappingButton() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(beijingToday());
  if (!record || record.validTo) return null;
  return (
    <>
      <Button label="app.directory.end_mapping" onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate("app.directory.end_mapping")}</DialogTitle>
        <DialogContent>
          <MuiTextField
            sx={{ mt: 1 }}
            label={translate("app.directory.end_mapping_on")}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            type="date"
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button
            label="ra.action.confirm"
            variant="contained"
            onClick={async () => {
              try {
                await dataProvider.run("liaisonMappings", "end", { id: record.id, validTo: date });
                notify(translate("app.directory.ended"), { type: "success" });
                setOpen(false);
                refresh();
              } catch (err: any) {
                notify(err.message, { type: "error" });
              }
            }}
          />
        </DialogActions>
      </Dialog>
    </>
  );
}

export const LiaisonList = () => (
  <List perPage={25}>
    <PlainDatagrid>
      <TextField source="department.name" label="resources.liaisonMappings.fields.department" />
      <EnumField source="kind" prefix="app.directory.liaisonKind" />
      <TextField source="liaisonDepartment.name" label="resources.liaisonMappings.fields.liaisonDepartment" />
      <TextField source="validFrom" />
      <FunctionField source="validTo" render={(r: any) => r.validTo ?? <LongTerm />} />
      <BooleanField source="current" />
      <EndMappingButton />
    </PlainDatagrid>
  </List>
);
function LongTerm() {
  return <span>{useTranslate()("app.directory.long_term")}</span>;
}

/** The liaison unit must match the kind: a supervision office for CONTACT_OFFICE, a group for STATIONED_GROUP. */
const TARGET_KIND: Record<string, string> = {
  CONTACT_OFFICE: "SUPERVISION_OFFICE",
  STATIONED_GROUP: "STATIONED_GROUP",
};
export const LiaisonCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ kind: "CONTACT_OFFICE", validFrom: beijingToday() }}>
      <Alert severity="info" sx={{ mb: 2 }}>
        <LiaisonHint />
      </Alert>
      <ReferenceInput
        source="departmentId"
        reference="departments"
        filter={{ kinds: ["COMPETENT_DEPARTMENT"], active: true }}
      >
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ search: q })} validate={required()} />
      </ReferenceInput>
      <SelectInput source="kind" choices={choices(LIAISON_KINDS, "app.directory.liaisonKind")} validate={required()} />
      <FormDataConsumer>
        {({ formData }) => (
          <ReferenceInput
            key={formData.kind}
            source="liaisonDepartmentId"
            reference="departments"
            filter={{ kinds: [TARGET_KIND[formData.kind] ?? "SUPERVISION_OFFICE"], active: true }}
          >
            <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ search: q })} validate={required()} />
          </ReferenceInput>
        )}
      </FormDataConsumer>
      <TextInput
        source="validFrom"
        type="date"
        validate={[required(), DATE]}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextInput source="validTo" type="date" validate={DATE} slotProps={{ inputLabel: { shrink: true } }} />
    </SimpleForm>
  </Create>
);
function LiaisonHint() {
  return <>{useTranslate()("app.directory.target_hint")}</>;
}

/* 节假日调整 */
export const CalendarList = () => (
  <List
    pagination={false}
    perPage={500}
    actions={
      <TopToolbar>
        <CreateButton />
        <ExportButton />
      </TopToolbar>
    }
  >
    <CalendarHint />
    <PlainDatagrid>
      <TextField source="date" />
      <FunctionField source="working" render={(r: any) => <WorkingLabel working={r.working} />} />
      <TextField source="note" />
      <DateTimeField source="updatedAt" />
      <DeleteButton mutationMode="pessimistic" />
    </PlainDatagrid>
  </List>
);
function WorkingLabel({ working }: { working: boolean }) {
  return <span>{useTranslate()(working ? "app.directory.working_day" : "app.directory.rest_day")}</span>;
}
function CalendarHint() {
  return (
    <>
      <Alert severity="info" sx={{ m: 1 }}>
        {useTranslate()("app.directory.calendar_hint")}
      </Alert>
      <ComingYearWarning />
    </>
  );
}

/** A warning when the coming year's official holidays are neither built in nor entered. */
function ComingYearWarning() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const [status, setStatus] = useState<{ year: number; published: boolean; overrides: number } | null>(null);
  const year = Number(beijingToday().slice(0, 4)) + 1;
  useEffect(() => {
    dataProvider
      .run("calendarOverrides", "yearStatus", { year })
      .then(setStatus)
      .catch(() => setStatus(null));
  }, [dataProvider, year]);
  if (!status || status.published) return null;
  return (
    <Alert severity={status.overrides ? "info" : "warning"} sx={{ m: 1 }} data-testid="calendar-year-warning">
      {translate(status.overrides ? "app.directory.year_overrides_only" : "app.directory.year_unpublished", {
        year: status.year,
        count: status.overrides,
      })}
    </Alert>
  );
}
export const CalendarCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ working: false }}>
      <TextInput source="date" type="date" validate={[required(), DATE]} slotProps={{ inputLabel: { shrink: true } }} />
      <BooleanInput source="working" />
      <TextInput source="note" validate={[required(), maxLength(200)]} />
    </SimpleForm>
  </Create>
);
