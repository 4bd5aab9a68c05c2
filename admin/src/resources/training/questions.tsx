import { useState } from "react";
import {
  ArrayInput,
  Button,
  Create,
  FunctionField,
  List,
  Link,
  NullableBooleanInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextField,
  TextInput,
  TopToolbar,
  CreateButton,
  maxLength,
  required,
  useNotify,
  useRecordContext,
  useTranslate,
} from "react-admin";
import {
  Alert,
  Box,
  Button as MuiButton,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { EnumField } from "../../components/fields";
import { ToggleFlagButton } from "../../components/ToggleActiveButton";
import { EmptyNote, Section, useCan, useRun } from "./common";
import { QUESTION_KINDS } from "./choices";

/** An answer code shown in words for true/false (TRUE/FALSE are codes, not Chinese). */
export function answerText(kind: string, answer: string | null | undefined, translate: (k: string) => string): string {
  if (!answer) return "—";
  if (kind === "TRUE_FALSE") return translate(`app.training.truth.${answer.toUpperCase()}`);
  return answer;
}

const questionFilters = [
  <SelectInput key="kind" source="kind" choices={QUESTION_KINDS} />,
  <NullableBooleanInput key="active" source="active" />,
  <TextInput key="tag" source="tag" />,
];

function QuestionActions() {
  const can = useCan();
  return (
    <TopToolbar>
      {can("questions", "import") && (
        <Button component={Link} to="/questions/import" label="app.training.import.open">
          <UploadFileIcon />
        </Button>
      )}
      {can("questions", "create") && <CreateButton />}
    </TopToolbar>
  );
}

function ToggleQuestion() {
  const can = useCan();
  if (!can("questions", "toggle")) return null;
  return (
    <ToggleFlagButton
      size="small"
      resource="questions"
      action="setActive"
      field="active"
      messages={{
        turnOn: "app.training.question.activate",
        turnOff: "app.training.question.deactivate",
        turnedOn: "app.training.question.activated",
        turnedOff: "app.training.question.deactivated",
      }}
    />
  );
}

function QuestionDetail() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ p: 1 }}>
      {record.options.length > 0 && (
        <Stack spacing={0.5} sx={{ mb: 1 }}>
          {record.options.map((o: any) => (
            <Typography key={o.key} variant="body2">
              {o.key}．{o.text}
            </Typography>
          ))}
        </Stack>
      )}
      <Typography variant="body2">
        {translate("app.training.question.answer")}：{answerText(record.kind, record.answer, translate)}
      </Typography>
      <Typography variant="body2">
        {translate("app.training.question.explanation")}：{record.explanation}
      </Typography>
    </Box>
  );
}

export const QuestionList = () => (
  <List filters={questionFilters} actions={<QuestionActions />} exporter={false} perPage={25}>
    <PlainDatagrid expand={<QuestionDetail />}>
      <EnumField source="kind" prefix="app.training.kind" />
      <TextField source="stem" sx={{ whiteSpace: "normal" }} />
      <FunctionField
        source="answer"
        render={(r: any) => <AnswerCell kind={r.kind} answer={r.answer} />}
        sortable={false}
      />
      <FunctionField
        label="resources.questions.fields.regulation"
        render={(r: any) => `${r.regulation}${r.article ? ` ${r.article}` : ""}`}
      />
      <FunctionField
        source="tags"
        render={(r: any) => (
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: "wrap" }}>
            {r.tags.map((t: string) => (
              <Chip key={t} size="small" label={t} />
            ))}
          </Stack>
        )}
      />
      <FunctionField source="active" render={(r: any) => <ActiveChip active={r.active} />} />
      <ToggleQuestion />
    </PlainDatagrid>
  </List>
);

function AnswerCell({ kind, answer }: { kind: string; answer: string }) {
  const translate = useTranslate();
  return <span>{answerText(kind, answer, translate)}</span>;
}

function ActiveChip({ active }: { active: boolean }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={active ? "success" : "default"}
      label={translate(active ? "app.training.question.active" : "app.training.question.inactive")}
    />
  );
}

/** "ａ，ｃ" → "A,C"; 正确/错误 → TRUE/FALSE (the codes the graph expects). */
export function normaliseAnswer(kind: string, raw: unknown): string {
  const text = String(raw ?? "")
    .trim()
    .replace(/[\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
  if (kind === "TRUE_FALSE")
    return /^(正确|对|是|√|T|TRUE)$/.test(text) ? "TRUE" : /^(错误|错|否|×|F|FALSE)$/.test(text) ? "FALSE" : text;
  return text
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .join(",");
}

/** Tags typed as "期限、受理" become a list. */
const splitTags = (v: unknown): string[] =>
  String(v ?? "")
    .split(/[,，、\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);

export const QuestionCreate = () => (
  <Create
    redirect="list"
    transform={(d: any) => ({
      ...d,
      tags: splitTags(d.tags),
      options: d.kind === "TRUE_FALSE" ? [] : (d.options ?? []),
      answer: normaliseAnswer(d.kind, d.answer),
    })}
  >
    <SimpleForm
      defaultValues={{ kind: "SINGLE_CHOICE", options: [{ key: "A" }, { key: "B" }, { key: "C" }, { key: "D" }] }}
    >
      <SelectInput source="kind" choices={QUESTION_KINDS} validate={required()} />
      <TextInput source="stem" validate={[required(), maxLength(1000)]} multiline fullWidth />
      <ArrayInput source="options">
        <SimpleFormIterator inline>
          <TextInput source="key" label="app.training.question.option_key" validate={[required(), maxLength(1)]} />
          <TextInput source="text" label="app.training.question.option_text" validate={[required(), maxLength(500)]} />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput
        source="answer"
        validate={[required(), maxLength(20)]}
        helperText="app.training.question.answer_help"
      />
      <TextInput source="explanation" validate={[required(), maxLength(2000)]} multiline fullWidth />
      <TextInput source="regulation" validate={[required(), maxLength(200)]} />
      <TextInput source="article" validate={maxLength(50)} />
      <TextInput source="tags" helperText="app.training.question.tags_help" />
    </SimpleForm>
  </Create>
);

/* ---------- 试题导入 ---------- */

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function QuestionImportPage() {
  const run = useRun();
  const translate = useTranslate();
  const notify = useNotify();
  const can = useCan();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<any>(null);
  if (!can("questions", "import")) return <EmptyNote label="app.training.not_allowed" />;
  const format = file?.name.toLowerCase().endsWith(".csv") ? "CSV" : "XLSX";
  return (
    <Box sx={{ p: 2, maxWidth: 960 }} data-testid="question-import">
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate("app.training.import.title")}
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate("app.training.import.help")}
      </Alert>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", mb: 2 }}>
        <MuiButton variant="outlined" component="label" startIcon={<UploadFileIcon />}>
          {translate("app.training.import.choose")}
          <input
            hidden
            type="file"
            data-testid="import-file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setResult(null);
            }}
          />
        </MuiButton>
        <span>{file ? file.name : translate("app.training.import.no_file")}</span>
        <Button
          variant="contained"
          label="app.training.import.submit"
          disabled={!file || busy}
          onClick={async () => {
            if (!file) return;
            setBusy(true);
            try {
              const r = await run("questions", "import", {
                fileBase64: await toBase64(file),
                fileName: file.name,
                format,
              });
              setResult(r);
              if (r.accepted)
                notify(translate("app.training.import.done", { count: r.importedCount }), { type: "success" });
            } catch (err: any) {
              notify(err.message, { type: "error" });
            } finally {
              setBusy(false);
            }
          }}
        />
      </Stack>
      {result && result.accepted && (
        <Alert severity="success" data-testid="import-accepted">
          {translate("app.training.import.done", { count: result.importedCount })}
        </Alert>
      )}
      {result && !result.accepted && (
        <Section title="app.training.import.problems" testId="import-problems">
          <Alert severity="error" sx={{ mb: 1 }}>
            {translate("app.training.import.nothing_imported", { count: result.problems.length })}
          </Alert>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("app.training.import.row")}</TableCell>
                <TableCell>{translate("app.training.import.message")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.problems.map((p: any, i: number) => (
                <TableRow key={i}>
                  <TableCell>{translate("app.training.import.row_n", { row: p.row })}</TableCell>
                  <TableCell>{p.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Section>
      )}
    </Box>
  );
}
