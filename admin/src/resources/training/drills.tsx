import { useState } from "react";
import {
  AutocompleteArrayInput,
  Button,
  Create,
  DateInput,
  FunctionField,
  List,
  NumberInput,
  Show,
  SimpleForm,
  TextField,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import {
  Alert,
  Box,
  LinearProgress,
  Chip,
  MenuItem,
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
import { CreateActions, EmptyNote, Section, myUserId, names, useCan, usePeople, useRun } from "./common";
import { SCENARIO_KINDS } from "./choices";

/** 擂台赛: judges score 热情接待, 耐心倾听, 认真记录, 妥善处理; the ranking shows ties as equal ranks. */
const CRITERIA = [
  ["warmReception", "WARM_RECEPTION"],
  ["patientListening", "PATIENT_LISTENING"],
  ["carefulRecording", "CAREFUL_RECORDING"],
  ["properHandling", "PROPER_HANDLING"],
] as const;

export const DrillList = () => (
  <List
    actions={<CreateActions resource="drillCompetitions" />}
    exporter={false}
    empty={<EmptyNote label="app.training.drill.none" />}
  >
    <PlainDatagrid rowClick="show">
      <TextField source="title" />
      <TextField source="date" />
      <FunctionField source="judges" render={(r: any) => names(r.judges)} />
      <FunctionField source="participants" render={(r: any) => names(r.participants)} />
    </PlainDatagrid>
  </List>
);

function StandingsTable({ rows, testId }: { rows: any[]; testId?: string }) {
  const translate = useTranslate();
  if (!rows.length) return <Typography color="text.secondary">{translate("app.training.drill.no_ranking")}</Typography>;
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{translate("app.training.drill.rank")}</TableCell>
          <TableCell>{translate("app.training.drill.participant")}</TableCell>
          <TableCell>{translate("app.training.drill.score")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((s) => (
          <TableRow key={s.participant.id}>
            <TableCell>
              <Chip
                size="small"
                color={s.rank === 1 ? "warning" : "default"}
                label={translate("app.training.drill.rank_n", { rank: s.rank })}
              />
            </TableCell>
            <TableCell>{s.participant.displayName}</TableCell>
            <TableCell>{s.score.toFixed(2)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** A judge's form for one participant in an open round (a judge may change their score until it closes). */
function ScoreRow({ round, participant, existing }: { round: any; participant: any; existing?: any }) {
  const run = useRun();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(CRITERIA.map(([k]) => [k, existing ? String(existing[k]) : ""])),
  );
  const [comment, setComment] = useState(existing?.comment ?? "");
  const [busy, setBusy] = useState(false);
  const valid = CRITERIA.every(([k]) => /^\d{1,3}$/.test(values[k]) && Number(values[k]) <= 100);
  return (
    <TableRow data-testid={`score-${participant.displayName}`}>
      <TableCell>{participant.displayName}</TableCell>
      {CRITERIA.map(([k, w]) => (
        <TableCell key={k}>
          <MuiTextField
            size="small"
            type="number"
            sx={{ width: 90 }}
            value={values[k]}
            error={values[k] !== "" && !(Number(values[k]) >= 0 && Number(values[k]) <= 100)}
            slotProps={{
              htmlInput: {
                min: 0,
                max: 100,
                "aria-label": `${participant.displayName}${translate(`app.training.criterion.${w}`)}`,
              },
            }}
            onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
          />
        </TableCell>
      ))}
      <TableCell>
        <MuiTextField
          size="small"
          value={comment}
          placeholder={translate("app.training.drill.comment")}
          slotProps={{ htmlInput: { maxLength: 500 } }}
          onChange={(e) => setComment(e.target.value)}
        />
      </TableCell>
      <TableCell>
        <Button
          label={existing ? "app.training.drill.rescore" : "app.training.drill.save_score"}
          variant="contained"
          size="small"
          disabled={!valid || busy}
          onClick={async () => {
            setBusy(true);
            try {
              await run("drillCompetitions", "score", {
                input: {
                  roundId: round.id,
                  participantId: participant.id,
                  ...Object.fromEntries(CRITERIA.map(([k]) => [k, Number(values[k])])),
                  comment: comment || null,
                },
              });
              notify(translate("app.training.drill.scored", { name: participant.displayName }), { type: "success" });
              refresh();
            } catch (err: any) {
              notify(err.message, { type: "error" });
            } finally {
              setBusy(false);
            }
          }}
        />
      </TableCell>
    </TableRow>
  );
}

function ScoresTable({ scores }: { scores: any[] }) {
  const translate = useTranslate();
  if (!scores.length) return null;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate("app.training.drill.judge")}</TableCell>
          <TableCell>{translate("app.training.drill.participant")}</TableCell>
          {CRITERIA.map(([k, w]) => (
            <TableCell key={k}>{translate(`app.training.criterion.${w}`)}</TableCell>
          ))}
          <TableCell>{translate("app.training.drill.comment")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {scores.map((s) => (
          <TableRow key={s.id}>
            <TableCell>{s.judge.displayName}</TableCell>
            <TableCell>{s.participant.displayName}</TableCell>
            {CRITERIA.map(([k]) => (
              <TableCell key={k}>{s[k]}</TableCell>
            ))}
            <TableCell>{s.comment ?? ""}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function RoundPanel({ round, drill }: { round: any; drill: any }) {
  const translate = useTranslate();
  const can = useCan();
  const run = useRun();
  const notify = useNotify();
  const refresh = useRefresh();
  const me = myUserId();
  const isJudge = drill.judges.some((j: any) => j.id === me);
  const open = round.status === "OPEN";
  const mine = round.scores.filter((s: any) => s.judge.id === me);
  return (
    <Section title={`${round.title}`} testId={`round-${round.number}`}>
      <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
        <Chip size="small" label={translate(`app.training.scenario.${round.scenarioKind}`)} />
        <Chip
          size="small"
          color={open ? "primary" : "default"}
          label={translate(`app.training.round_status.${round.status}`)}
        />
      </Stack>
      <Alert severity="info" icon={false} sx={{ mb: 2 }}>
        {translate("app.training.drill.script")}：{round.script}
      </Alert>
      {open && isJudge && (
        <Box sx={{ mb: 2 }} data-testid="judge-form">
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {translate("app.training.drill.my_scores")}
          </Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("app.training.drill.participant")}</TableCell>
                {CRITERIA.map(([k, w]) => (
                  <TableCell key={k}>
                    {translate(`app.training.criterion.${w}`)}（{drill.weights[w]}）
                  </TableCell>
                ))}
                <TableCell>{translate("app.training.drill.comment")}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {drill.participants.map((p: any) => (
                <ScoreRow
                  key={`${p.id}-${mine.find((s: any) => s.participant.id === p.id)?.id ?? "new"}`}
                  round={round}
                  participant={p}
                  existing={mine.find((s: any) => s.participant.id === p.id)}
                />
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {open ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("app.training.drill.hidden_until_close", { count: round.scores.length })}
        </Typography>
      ) : (
        <>
          <Typography variant="subtitle2">{translate("app.training.drill.round_standings")}</Typography>
          <StandingsTable rows={round.standings} />
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            {translate("app.training.drill.all_scores")}
          </Typography>
          <ScoresTable scores={round.scores} />
        </>
      )}
      {open && can("drillCompetitions", "close") && (
        <Button
          label="app.training.drill.close_round"
          variant="outlined"
          sx={{ mt: 1 }}
          onClick={async () => {
            try {
              await run("drillCompetitions", "closeRound", { roundId: round.id });
              notify(translate("app.training.drill.closed"), { type: "success" });
              refresh();
            } catch (err: any) {
              notify(err.message, { type: "error" });
            }
          }}
        />
      )}
    </Section>
  );
}

function AddRound() {
  const record = useRecordContext();
  const can = useCan();
  const run = useRun();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState("VISIT");
  const [script, setScript] = useState("");
  if (!record || !can("drillCompetitions", "round")) return null;
  return (
    <Section title="app.training.drill.add_round">
      <Stack spacing={2}>
        <Stack direction="row" spacing={2}>
          <MuiTextField
            label={translate("app.training.drill.round_title")}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <MuiTextField
            select
            label={translate("app.training.drill.scenario")}
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            sx={{ minWidth: 180 }}
          >
            {SCENARIO_KINDS.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {translate(c.name)}
              </MenuItem>
            ))}
          </MuiTextField>
        </Stack>
        <MuiTextField
          label={translate("app.training.drill.script")}
          value={script}
          onChange={(e) => setScript(e.target.value)}
          multiline
          minRows={2}
          slotProps={{ htmlInput: { maxLength: 4000 } }}
        />
        <Box>
          <Button
            label="app.training.drill.add_round"
            variant="contained"
            disabled={!title.trim() || !script.trim()}
            onClick={async () => {
              try {
                await run("drillCompetitions", "addRound", {
                  input: { competitionId: record.id, title: title.trim(), scenarioKind: kind, script: script.trim() },
                });
                notify(translate("app.training.drill.round_added"), { type: "success" });
                setTitle("");
                setScript("");
                refresh();
              } catch (err: any) {
                notify(err.message, { type: "error" });
              }
            }}
          />
        </Box>
      </Stack>
    </Section>
  );
}

function DrillDetail() {
  const record = useRecordContext();
  const translate = useTranslate();
  // the list's row stands in while the full record loads: wait for rounds and weights
  if (!record?.rounds || !record.weights) return <LinearProgress />;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h6">{record.title}</Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {record.date}
        {"\u3000"}
        {translate("app.training.drill.judges")}：{names(record.judges)}
        {"\u3000"}
        {translate("app.training.drill.weights")}：
        {CRITERIA.map(([, w]) => `${translate(`app.training.criterion.${w}`)} ${record.weights[w]}`).join("、")}
      </Typography>
      <Section title="app.training.drill.ranking" testId="drill-ranking">
        <StandingsTable rows={record.ranking} />
      </Section>
      {record.rounds.map((r: any) => (
        <RoundPanel key={r.id} round={r} drill={record} />
      ))}
      <AddRound />
    </Box>
  );
}

export const DrillShow = () => (
  <Show actions={false}>
    <DrillDetail />
  </Show>
);

export const DrillCreate = () => {
  const { users } = usePeople();
  return (
    <Create
      redirect="show"
      transform={(d: any) => ({
        title: d.title,
        date: d.date,
        judgeIds: d.judgeIds,
        participantIds: d.participantIds,
        weights: Object.fromEntries(CRITERIA.map(([, w]) => [w, Number(d[`w_${w}`])])),
      })}
    >
      <SimpleForm defaultValues={Object.fromEntries(CRITERIA.map(([, w]) => [`w_${w}`, 25]))}>
        <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
        <DateInput source="date" validate={required()} />
        <AutocompleteArrayInput
          source="judgeIds"
          choices={users}
          optionText="displayName"
          validate={required()}
          label="resources.drillCompetitions.fields.judges"
        />
        <AutocompleteArrayInput
          source="participantIds"
          choices={users}
          optionText="displayName"
          validate={required()}
          label="resources.drillCompetitions.fields.participants"
        />
        <Stack direction="row" spacing={2}>
          {CRITERIA.map(([, w]) => (
            <NumberInput
              key={w}
              source={`w_${w}`}
              label={`app.training.criterion.${w}`}
              validate={[required(), minValue(0), maxValue(100)]}
            />
          ))}
        </Stack>
      </SimpleForm>
    </Create>
  );
};
