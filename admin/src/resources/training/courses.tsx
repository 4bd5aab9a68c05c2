import { useEffect, useState } from "react";
import {
  ArrayField,
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  Button,
  Create,
  DateInput,
  FunctionField,
  List,
  NumberField,
  NumberInput,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  TextField,
  TextInput,
  maxLength,
  minValue,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import {
  Autocomplete,
  Box,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { DateTimeField, EnumField, NamesField } from "../../components/fields";
import { CreateActions, EmptyNote, Section, percent, useCan, usePeople, useRun, type Person } from "./common";
import { SESSION_MODES } from "./choices";

/* ---------- 培训课程 ---------- */

export const CourseList = () => (
  <List actions={<CreateActions resource="courses" />} exporter={false} perPage={25}>
    <PlainDatagrid rowClick="show">
      <TextField source="title" />
      <TextField source="regulation" />
      <NumberField source="hours" />
      <FunctionField
        label="resources.courses.fields.materials"
        render={(r: any) => (r.materials ?? []).map((m: any) => m.title).join("、")}
      />
      <DateTimeField source="createdAt" showTime={false} />
    </PlainDatagrid>
  </List>
);

export const CourseShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <TextField source="title" />
      <TextField source="regulation" />
      <NumberField source="hours" />
      <TextField source="description" emptyText="—" />
      <ArrayField source="materials">
        <PlainDatagrid>
          <TextField source="title" label="app.training.material.title" />
          <TextField source="format" label="app.training.material.format" />
          <NumberField source="pages" label="app.training.material.pages" emptyText="—" />
          <TextField source="reference" label="app.training.material.reference" emptyText="—" />
        </PlainDatagrid>
      </ArrayField>
      <ArrayField source="sessions">
        <PlainDatagrid
          rowClick={(id) => `/trainingSessions/${id}/show`}
          empty={<EmptyNote label="app.training.no_sessions" />}
        >
          <TextField source="date" label="resources.trainingSessions.fields.date" />
          <EnumField source="mode" prefix="app.training.mode" label="resources.trainingSessions.fields.mode" />
          <TextField source="trainer.displayName" label="resources.trainingSessions.fields.trainer" />
          <NumberField source="attendanceCount" label="resources.trainingSessions.fields.attendanceCount" />
        </PlainDatagrid>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);

export const CourseCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="regulation" validate={[required(), maxLength(200)]} fullWidth />
      <NumberInput source="hours" validate={[required(), minValue(0.5)]} step={0.5} />
      <TextInput source="description" validate={maxLength(2000)} multiline fullWidth />
      <ArrayInput source="materials" defaultValue={[]}>
        <SimpleFormIterator inline>
          <TextInput source="title" label="app.training.material.title" validate={[required(), maxLength(200)]} />
          <TextInput source="format" label="app.training.material.format" validate={[required(), maxLength(20)]} />
          <NumberInput source="pages" label="app.training.material.pages" />
          <TextInput source="reference" label="app.training.material.reference" validate={maxLength(200)} />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  </Create>
);

/* ---------- 培训场次与出勤 ---------- */

const sessionFilters = [
  <SelectInput key="mode" source="mode" choices={SESSION_MODES} />,
  <ReferenceInput key="courseId" source="courseId" reference="courses">
    <AutocompleteInput optionText="title" label="resources.trainingSessions.fields.course" />
  </ReferenceInput>,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

export const SessionList = () => (
  <List
    filters={sessionFilters}
    actions={<CreateActions resource="trainingSessions" />}
    exporter={false}
    perPage={25}
    empty={<EmptyNote label="app.training.no_sessions" />}
  >
    <PlainDatagrid rowClick="show">
      <TextField source="date" />
      <TextField source="course.title" label="resources.trainingSessions.fields.course" />
      <EnumField source="mode" prefix="app.training.mode" />
      <TextField source="trainer.displayName" label="resources.trainingSessions.fields.trainer" />
      <NumberField source="hours" />
      <NamesField source="audience" />
      <NumberField source="attendanceCount" />
      <TextField source="location" emptyText="—" />
    </PlainDatagrid>
  </List>
);

/** Organisers pick the people present; re-recording someone does not duplicate them. */
function RecordAttendance() {
  const record = useRecordContext();
  const can = useCan();
  const allowed = can("trainingSessions", "attend");
  const { users } = usePeople(allowed);
  const run = useRun();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [picked, setPicked] = useState<Person[]>([]);
  const [busy, setBusy] = useState(false);
  if (!record || !allowed) return null;
  const present = new Set((record.attendance ?? []).map((a: any) => a.user.id));
  const options = users.filter((u) => !present.has(u.id));
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: "center", mt: 2 }} data-testid="record-attendance">
      <Autocomplete
        multiple
        sx={{ minWidth: 420 }}
        options={options}
        value={picked}
        onChange={(_e, v) => setPicked(v)}
        getOptionLabel={(u) => (u.department ? `${u.displayName}（${u.department.name}）` : u.displayName)}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        noOptionsText={translate("app.training.no_options")}
        renderInput={(params) => <MuiTextField {...params} label={translate("app.training.attendance.pick")} />}
      />
      <Button
        label="app.training.attendance.record"
        variant="contained"
        disabled={busy || picked.length === 0}
        onClick={async () => {
          setBusy(true);
          try {
            await run("trainingSessions", "recordAttendance", {
              sessionId: record.id,
              userIds: picked.map((p) => p.id),
            });
            notify(translate("app.training.attendance.recorded", { count: picked.length }), { type: "success" });
            setPicked([]);
            refresh();
          } catch (err: any) {
            notify(err.message, { type: "error" });
          } finally {
            setBusy(false);
          }
        }}
      />
    </Stack>
  );
}

function RemoveAttendanceButton({ sessionId }: { sessionId: string }) {
  const record = useRecordContext();
  const can = useCan();
  const run = useRun();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!record || !can("trainingSessions", "attend")) return null;
  return (
    <Button
      label="app.training.attendance.remove"
      color="error"
      size="small"
      onClick={async () => {
        try {
          await run("trainingSessions", "removeAttendance", { sessionId, userId: record.user.id });
          notify(translate("app.training.attendance.removed"), { type: "info" });
          refresh();
        } catch (err: any) {
          notify(err.message, { type: "error" });
        }
      }}
    />
  );
}

function AttendanceList() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Section title="app.training.attendance.title" testId="attendance">
      <ArrayField source="attendance">
        <PlainDatagrid empty={<EmptyNote label="app.training.attendance.none" />}>
          <TextField source="user.displayName" label="app.training.person" />
          <TextField source="user.department.name" label="app.training.department" emptyText="—" />
          <DateTimeField source="recordedAt" label="app.training.attendance.recordedAt" />
          <RemoveAttendanceButton sessionId={String(record.id)} />
        </PlainDatagrid>
      </ArrayField>
      <RecordAttendance />
    </Section>
  );
}

export const SessionShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <TextField source="course.title" label="resources.trainingSessions.fields.course" />
      <TextField source="date" />
      <EnumField source="mode" prefix="app.training.mode" />
      <TextField source="trainer.displayName" label="resources.trainingSessions.fields.trainer" />
      <NumberField source="hours" />
      <TextField source="location" emptyText="—" />
      <NamesField source="audience" />
      <NumberField source="attendanceCount" />
      <AttendanceList />
    </SimpleShowLayout>
  </Show>
);

export const SessionCreate = () => {
  const { users, departments } = usePeople();
  return (
    <Create redirect="show">
      <SimpleForm>
        <ReferenceInput source="courseId" reference="courses">
          <AutocompleteInput
            optionText="title"
            validate={required()}
            label="resources.trainingSessions.fields.course"
          />
        </ReferenceInput>
        <DateInput source="date" validate={required()} />
        <SelectInput source="mode" choices={SESSION_MODES} validate={required()} />
        <AutocompleteInput
          source="trainerId"
          choices={users}
          optionText="displayName"
          validate={required()}
          label="resources.trainingSessions.fields.trainer"
        />
        <AutocompleteArrayInput
          source="audienceDepartmentIds"
          choices={departments}
          optionText="name"
          validate={required()}
          label="resources.trainingSessions.fields.audience"
        />
        <NumberInput source="hours" step={0.5} helperText="app.training.hours_default" />
        <TextInput source="location" validate={maxLength(200)} />
      </SimpleForm>
    </Create>
  );
};

/* ---------- 全员培训覆盖 ---------- */

export function CoveragePage() {
  const run = useRun();
  const translate = useTranslate();
  const notify = useNotify();
  const [year, setYear] = useState(new Date().getFullYear());
  const [data, setData] = useState<any>(null);
  useEffect(() => {
    let live = true;
    setData(null);
    run("trainingSessions", "coverage", { year })
      .then((d) => live && setData(d))
      .catch((err) => notify(err.message, { type: "error" }));
    return () => {
      live = false;
    };
  }, [year, run, notify]);
  return (
    <Box sx={{ p: 2 }} data-testid="coverage">
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", mb: 2 }}>
        <Typography variant="h6">{translate("app.training.coverage.title")}</Typography>
        <MuiTextField
          select
          size="small"
          label={translate("app.training.coverage.year")}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          slotProps={{ select: { native: true } }}
        >
          {[0, 1, 2].map((d) => {
            const y = new Date().getFullYear() - d;
            return (
              <option key={y} value={y}>
                {y}
              </option>
            );
          })}
        </MuiTextField>
      </Stack>
      {!data ? (
        <LinearProgress />
      ) : (
        <>
          <Typography sx={{ mb: 2 }} data-testid="coverage-total">
            {translate("app.training.coverage.summary", {
              trained: data.trained,
              staff: data.staff,
              share: percent(data.share),
            })}
          </Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("app.training.department")}</TableCell>
                <TableCell>{translate("app.training.coverage.staff")}</TableCell>
                <TableCell>{translate("app.training.coverage.trained")}</TableCell>
                <TableCell sx={{ minWidth: 200 }}>{translate("app.training.coverage.share")}</TableCell>
                <TableCell>{translate("app.training.coverage.missing")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.departments.map((d: any) => (
                <TableRow key={d.department?.id ?? d.departmentName}>
                  <TableCell>{d.department?.name ?? d.departmentName}</TableCell>
                  <TableCell>{d.staff}</TableCell>
                  <TableCell>{d.trained}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                      <LinearProgress
                        variant="determinate"
                        value={d.share * 100}
                        color={d.share >= 1 ? "success" : d.share >= 0.6 ? "primary" : "warning"}
                        sx={{ flex: 1, height: 8, borderRadius: 1 }}
                      />
                      <span>{percent(d.share)}</span>
                    </Stack>
                  </TableCell>
                  <TableCell>
                    {d.missing.length === 0 ? (
                      <Chip size="small" color="success" label={translate("app.training.coverage.all_trained")} />
                    ) : (
                      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: "wrap" }}>
                        {d.missing.map((m: any) => (
                          <Chip key={m.user.id} size="small" variant="outlined" label={m.displayName} />
                        ))}
                      </Stack>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Box>
  );
}
