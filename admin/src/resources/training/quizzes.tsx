import { useCallback, useEffect, useRef, useState } from "react";
import { useParams } from "react-router-dom";
import {
  AutocompleteArrayInput,
  Button,
  Create,
  FormDataConsumer,
  FunctionField,
  Link,
  List,
  NumberField,
  NumberInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useTranslate,
} from "react-admin";
import {
  Alert,
  Box,
  Card,
  CardContent,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  LinearProgress,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import TimerIcon from "@mui/icons-material/Timer";
import { PlainDatagrid } from "../../components/PlainDatagrid";
import { ToggleFlagButton } from "../../components/ToggleActiveButton";
import { EnumField, formatDateTime } from "../../components/fields";
import { CreateActions, EmptyNote, Section, clock, percent, useCan, useRun } from "./common";
import { LATE_POLICIES, QUIZ_SELECTIONS } from "./choices";
import { answerText } from "./questions";

/* ---------- 测试列表 ---------- */

function OpenChip() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.open ? "success" : "default"}
      label={translate(record.open ? "app.training.quiz.open" : "app.training.quiz.closed")}
    />
  );
}

function TakeButton() {
  const record = useRecordContext();
  const can = useCan();
  if (!record || !record.open || !can("quizzes", "take")) return null;
  return (
    <Button
      component={Link}
      to={`/quizzes/${record.id}/take`}
      label="app.training.quiz.take"
      variant="contained"
      size="small"
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
      data-testid={`take-${record.id}`}
    />
  );
}

function OpenToggle() {
  const can = useCan();
  if (!can("quizzes", "open")) return null;
  return (
    <ToggleFlagButton
      size="small"
      resource="quizzes"
      action="setOpen"
      field="open"
      messages={{
        turnOn: "app.training.quiz.open_it",
        turnOff: "app.training.quiz.close_it",
        turnedOn: "app.training.quiz.opened_done",
        turnedOff: "app.training.quiz.closed_done",
      }}
    />
  );
}

const minutes = (r: any) => Math.round(r.timeLimitSeconds / 60);

export const QuizList = () => (
  <List
    actions={<CreateActions resource="quizzes" />}
    exporter={false}
    perPage={25}
    empty={<EmptyNote label="app.training.quiz.none" />}
  >
    <PlainDatagrid rowClick="show">
      <TextField source="title" />
      <EnumField source="selection" prefix="app.training.selection" />
      <NumberField source="questionCount" />
      <FunctionField source="timeLimitSeconds" render={(r: any) => <MinutesText value={minutes(r)} />} />
      <NumberField source="passMark" />
      <OpenChip />
      <TakeButton />
      <OpenToggle />
    </PlainDatagrid>
  </List>
);

function MinutesText({ value }: { value: number }) {
  return <span>{useTranslate()("app.training.quiz.minutes", { n: value })}</span>;
}

export const QuizCreate = () => {
  const dataProvider = useDataProvider();
  const [questions, setQuestions] = useState<{ id: string; stem: string }[]>([]);
  useEffect(() => {
    dataProvider
      .getList("questions", {
        pagination: { page: 1, perPage: 100 },
        sort: { field: "id", order: "ASC" },
        filter: { active: true },
      })
      .then((r) => setQuestions(r.data as any))
      .catch(() => undefined);
  }, [dataProvider]);
  return (
    <Create
      redirect="show"
      transform={(d: any) => ({
        title: d.title,
        selection: d.selection,
        passMark: d.passMark,
        latePolicy: d.latePolicy,
        timeLimitSeconds: Math.round(Number(d.timeLimitMinutes) * 60),
        ...(d.selection === "FIXED"
          ? { questionIds: d.questionIds ?? [] }
          : {
              questionCount: d.questionCount,
              tags: String(d.tags ?? "")
                .split(/[,，、\s]+/)
                .filter(Boolean),
            }),
      })}
    >
      <SimpleForm
        defaultValues={{
          selection: "RANDOM_BY_TAG",
          passMark: 60,
          timeLimitMinutes: 30,
          latePolicy: "REFUSE",
          questionCount: 10,
        }}
      >
        <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
        <SelectInput source="selection" choices={QUIZ_SELECTIONS} validate={required()} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.selection === "FIXED" ? (
              <AutocompleteArrayInput
                source="questionIds"
                choices={questions}
                optionText="stem"
                validate={required()}
                label="resources.quizzes.fields.questions"
                fullWidth
              />
            ) : (
              <Stack direction="row" spacing={2}>
                <TextInput source="tags" helperText="app.training.question.tags_help" />
                <NumberInput source="questionCount" validate={[required(), minValue(1), maxValue(100)]} />
              </Stack>
            )
          }
        </FormDataConsumer>
        <NumberInput
          source="timeLimitMinutes"
          validate={[required(), minValue(1), maxValue(600)]}
          label="app.training.quiz.time_limit_minutes"
        />
        <NumberInput source="passMark" validate={[required(), minValue(0), maxValue(100)]} />
        <SelectInput source="latePolicy" choices={LATE_POLICIES} validate={required()} />
      </SimpleForm>
    </Create>
  );
};

/* ---------- 成绩：每人、按部门、易错题 ---------- */

function QuizResultsPanel() {
  const record = useRecordContext();
  const can = useCan();
  const run = useRun();
  const translate = useTranslate();
  const notify = useNotify();
  const [data, setData] = useState<any>(null);
  const allowed = can("quizzes", "results");
  useEffect(() => {
    if (!record || !allowed) return;
    run("quizzes", "results", { quizId: record.id })
      .then(setData)
      .catch((err) => notify(err.message, { type: "error" }));
  }, [record, allowed, run, notify]);
  if (!record || !allowed) return null;
  if (!data) return <LinearProgress />;
  return (
    <>
      <Section title="app.training.results.by_user" testId="results-by-user">
        {data.attempts.length === 0 ? (
          <Typography>{translate("app.training.results.no_attempts")}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("app.training.person")}</TableCell>
                <TableCell>{translate("app.training.department")}</TableCell>
                <TableCell>{translate("app.training.results.score")}</TableCell>
                <TableCell>{translate("app.training.results.correct")}</TableCell>
                <TableCell>{translate("app.training.results.status")}</TableCell>
                <TableCell>{translate("app.training.results.submitted_at")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.attempts.map((a: any) => (
                <TableRow key={a.id}>
                  <TableCell>{a.user.displayName}</TableCell>
                  <TableCell>{a.department?.name ?? "—"}</TableCell>
                  <TableCell>{a.score ?? "—"}</TableCell>
                  <TableCell>
                    {a.correctCount ?? "—"}/{a.questionCount}
                  </TableCell>
                  <TableCell>
                    <AttemptChip attempt={a} />
                  </TableCell>
                  <TableCell>{formatDateTime(a.submittedAt, "zh-CN")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <Section title="app.training.results.by_department" testId="results-by-department">
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("app.training.department")}</TableCell>
              <TableCell>{translate("app.training.results.attempts")}</TableCell>
              <TableCell>{translate("app.training.results.average")}</TableCell>
              <TableCell>{translate("app.training.results.pass_rate")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.byDepartment.map((d: any, i: number) => (
              <TableRow key={d.department?.id ?? i}>
                <TableCell>{d.department?.name ?? translate("app.training.no_department")}</TableCell>
                <TableCell>{d.attempts}</TableCell>
                <TableCell>{d.averageScore.toFixed(1)}</TableCell>
                <TableCell>{percent(d.passRate)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      <Section title="app.training.results.most_missed" testId="results-most-missed">
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("app.training.results.stem")}</TableCell>
              <TableCell>{translate("app.training.results.asked")}</TableCell>
              <TableCell>{translate("app.training.results.missed")}</TableCell>
              <TableCell>{translate("app.training.results.miss_rate")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.mostMissed.map((m: any) => (
              <TableRow key={m.questionId}>
                <TableCell sx={{ whiteSpace: "normal" }}>{m.stem}</TableCell>
                <TableCell>{m.asked}</TableCell>
                <TableCell>{m.missed}</TableCell>
                <TableCell>{percent(m.missRate)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
    </>
  );
}

function AttemptChip({ attempt }: { attempt: any }) {
  const translate = useTranslate();
  if (attempt.status !== "SUBMITTED")
    return <Chip size="small" label={translate(`app.training.attempt_status.${attempt.status}`)} />;
  return (
    <Chip
      size="small"
      color={attempt.passed ? "success" : "error"}
      label={translate(attempt.passed ? "app.training.results.passed" : "app.training.results.failed")}
    />
  );
}

export const QuizShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <TextField source="title" />
      <EnumField source="selection" prefix="app.training.selection" />
      <NumberField source="questionCount" />
      <FunctionField source="timeLimitSeconds" render={(r: any) => <MinutesText value={minutes(r)} />} />
      <NumberField source="passMark" />
      <EnumField source="latePolicy" prefix="app.training.late" />
      <OpenChip />
      <TakeButton />
      <QuizResultsPanel />
    </SimpleShowLayout>
  </Show>
);

/* ---------- 答题 ---------- */

type Answers = Record<string, string[]>;

function QuestionInputs({
  q,
  value,
  onChange,
  disabled,
}: {
  q: any;
  value: string[];
  onChange: (v: string[]) => void;
  disabled: boolean;
}) {
  const translate = useTranslate();
  const options =
    q.kind === "TRUE_FALSE"
      ? [
          { key: "TRUE", text: translate("app.training.truth.TRUE") },
          { key: "FALSE", text: translate("app.training.truth.FALSE") },
        ]
      : q.options;
  const label = (o: any) => (q.kind === "TRUE_FALSE" ? o.text : `${o.key}．${o.text}`);
  if (q.kind === "MULTIPLE_CHOICE")
    return (
      <FormGroup>
        {options.map((o: any) => (
          <FormControlLabel
            key={o.key}
            disabled={disabled}
            control={
              <Checkbox
                checked={value.includes(o.key)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...value, o.key].sort() : value.filter((k) => k !== o.key))
                }
              />
            }
            label={label(o)}
          />
        ))}
      </FormGroup>
    );
  return (
    <RadioGroup value={value[0] ?? ""} onChange={(e) => onChange([e.target.value])}>
      {options.map((o: any) => (
        <FormControlLabel key={o.key} value={o.key} disabled={disabled} control={<Radio />} label={label(o)} />
      ))}
    </RadioGroup>
  );
}

/** The countdown: from the server's seconds left when the page loaded, ticking locally. */
function useCountdown(secondsLeft: number | undefined): number | undefined {
  const [left, setLeft] = useState(secondsLeft);
  useEffect(() => {
    if (secondsLeft === undefined) return;
    const end = performance.now() + secondsLeft * 1000;
    setLeft(secondsLeft);
    const t = setInterval(() => setLeft(Math.max(0, Math.round((end - performance.now()) / 1000))), 500);
    return () => clearInterval(t);
  }, [secondsLeft]);
  return left;
}

function AttemptResult({ attempt }: { attempt: any }) {
  const translate = useTranslate();
  return (
    <Box data-testid="quiz-result">
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction="row" spacing={3} sx={{ alignItems: "center" }}>
            <Typography variant="h3" data-testid="quiz-score" color={attempt.passed ? "success.main" : "error.main"}>
              {attempt.score ?? 0}
              <Typography component="span" variant="h6" sx={{ ml: 0.5 }}>
                {translate("app.training.quiz.points")}
              </Typography>
            </Typography>
            <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
              <AttemptChip attempt={attempt} />
              <Typography>
                {translate("app.training.quiz.correct_of", {
                  correct: attempt.correctCount ?? 0,
                  total: attempt.questionCount,
                })}
                {translate("app.training.quiz.pass_mark_is", { mark: attempt.quiz.passMark })}
              </Typography>
              {attempt.late && <Alert severity="warning">{translate("app.training.quiz.late")}</Alert>}
            </Stack>
          </Stack>
        </CardContent>
      </Card>
      {attempt.questions.map((q: any) => (
        <Paper key={q.questionId} variant="outlined" sx={{ p: 2, mb: 1.5 }} data-testid={`result-${q.position}`}>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
            <Chip
              size="small"
              color={q.correct ? "success" : "error"}
              label={translate(q.correct ? "app.training.quiz.right" : "app.training.quiz.wrong")}
            />
            <Typography sx={{ fontWeight: 600 }}>
              {q.position}．{q.stem}
            </Typography>
          </Stack>
          {q.kind !== "TRUE_FALSE" &&
            q.options.map((o: any) => (
              <Typography key={o.key} variant="body2" sx={{ ml: 2 }}>
                {o.key}．{o.text}
              </Typography>
            ))}
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate("app.training.quiz.your_answer")}：{answerText(q.kind, q.given, translate)}
            {"\u3000"}
            {translate("app.training.question.answer")}：{answerText(q.kind, q.answer, translate)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate("app.training.question.explanation")}：{q.explanation}
            {q.basis ? `（${q.basis}）` : ""}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}

export function QuizTakePage() {
  const { id } = useParams();
  const run = useRun();
  const notify = useNotify();
  const translate = useTranslate();
  const [attempt, setAttempt] = useState<any>(null);
  const [error, setError] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const submitted = useRef(false);

  useEffect(() => {
    let live = true;
    run("quizzes", "start", { quizId: id })
      // an attempt already handed in: with its answers and explanations
      .then((a) => (a.status === "IN_PROGRESS" ? a : run("quizzes", "attempt", { id: a.id })))
      .then((a) => live && setAttempt(a))
      .catch((err) => live && setError(err.message));
    return () => {
      live = false;
    };
  }, [id, run]);

  const inProgress = attempt?.status === "IN_PROGRESS";
  const left = useCountdown(inProgress ? attempt.secondsLeft : undefined);

  const submit = useCallback(async () => {
    if (!attempt || submitted.current) return;
    submitted.current = true;
    setBusy(true);
    setConfirming(false);
    try {
      const list = attempt.questions.map((q: any) => ({
        questionId: q.questionId,
        answer: (answers[q.questionId] ?? []).join(","),
      }));
      const result = await run("quizzes", "submit", {
        attemptId: attempt.id,
        answers: list.filter((a: any) => a.answer),
      });
      setAttempt(result);
      notify(translate("app.training.quiz.submitted", { score: result.score ?? 0 }), { type: "success" });
    } catch (err: any) {
      submitted.current = false;
      notify(err.message, { type: "error" });
      // the attempt may have expired meanwhile: show what the server now says
      run("quizzes", "attempt", { id: attempt.id })
        .then((a) => a && setAttempt(a))
        .catch(() => undefined);
    } finally {
      setBusy(false);
    }
  }, [attempt, answers, run, notify, translate]);

  // time is up: hand in what is answered (the server decides by the quiz's late policy)
  useEffect(() => {
    if (inProgress && left === 0) void submit();
  }, [inProgress, left, submit]);

  if (error)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {error}
      </Alert>
    );
  if (!attempt) return <LinearProgress sx={{ m: 2 }} />;
  const answered = attempt.questions.filter((q: any) => (answers[q.questionId] ?? []).length > 0).length;
  const lowTime = left !== undefined && left <= 60;
  return (
    <Box sx={{ p: 2, maxWidth: 960 }} data-testid="quiz-take">
      <Typography variant="h5" sx={{ mb: 1 }}>
        {attempt.quiz.title}
      </Typography>
      {inProgress ? (
        <>
          <Paper
            elevation={3}
            sx={{
              position: "sticky",
              top: 56,
              zIndex: 2,
              p: 1.5,
              mb: 2,
              display: "flex",
              alignItems: "center",
              gap: 2,
            }}
          >
            <TimerIcon color={lowTime ? "error" : "primary"} />
            <Typography variant="h6" data-testid="quiz-timer" color={lowTime ? "error" : "inherit"}>
              {translate("app.training.quiz.time_left", { time: clock(left ?? attempt.secondsLeft) })}
            </Typography>
            <Typography color="text.secondary">
              {translate("app.training.quiz.answered", { answered, total: attempt.questionCount })}
            </Typography>
            <Box sx={{ flex: 1 }} />
            <Button
              variant="contained"
              label="app.training.quiz.submit"
              disabled={busy}
              onClick={() => setConfirming(true)}
              data-testid="quiz-submit"
            />
          </Paper>
          {attempt.questions.map((q: any) => (
            <Paper key={q.questionId} variant="outlined" sx={{ p: 2, mb: 1.5 }} data-testid={`question-${q.position}`}>
              <Typography sx={{ fontWeight: 600 }}>
                {q.position}．{q.stem}
                <Chip size="small" sx={{ ml: 1 }} label={translate(`app.training.kind.${q.kind}`)} />
              </Typography>
              <QuestionInputs
                q={q}
                disabled={busy}
                value={answers[q.questionId] ?? []}
                onChange={(v) => setAnswers((a) => ({ ...a, [q.questionId]: v }))}
              />
            </Paper>
          ))}
          <Dialog open={confirming} onClose={() => setConfirming(false)}>
            <DialogTitle>{translate("app.training.quiz.confirm_title")}</DialogTitle>
            <DialogContent>
              {translate("app.training.quiz.confirm_body", {
                answered,
                total: attempt.questionCount,
              })}
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={() => setConfirming(false)} />
              <Button
                label="app.training.quiz.confirm"
                variant="contained"
                onClick={() => void submit()}
                data-testid="quiz-confirm"
              />
            </DialogActions>
          </Dialog>
        </>
      ) : attempt.status === "SUBMITTED" ? (
        <AttemptResult attempt={attempt} />
      ) : (
        <Alert severity="warning">{translate("app.training.quiz.expired")}</Alert>
      )}
    </Box>
  );
}

/* ---------- 我的培训档案 ---------- */

export function TrainingRecordPage() {
  const run = useRun();
  const translate = useTranslate();
  const notify = useNotify();
  const [data, setData] = useState<any>(undefined);
  useEffect(() => {
    run("trainingRecord", "mine")
      .then(setData)
      .catch((err) => notify(err.message, { type: "error" }));
  }, [run, notify]);
  if (data === undefined) return <LinearProgress sx={{ m: 2 }} />;
  if (!data) return <EmptyNote label="app.training.record.none" />;
  return (
    <Box sx={{ p: 2 }} data-testid="training-record">
      <Typography variant="h6" sx={{ mb: 2 }}>
        {translate("app.training.record.title")}
        <Chip sx={{ ml: 2 }} color="primary" label={translate("app.training.record.hours", { hours: data.hours })} />
      </Typography>
      <Section title="app.training.record.sessions">
        {data.sessions.length === 0 ? (
          <Typography>{translate("app.training.no_sessions")}</Typography>
        ) : (
          <Table size="small">
            <TableBody>
              {data.sessions.map((s: any) => (
                <TableRow key={s.id}>
                  <TableCell>{s.date}</TableCell>
                  <TableCell>{s.course.title}</TableCell>
                  <TableCell>{translate(`app.training.mode.${s.mode}`)}</TableCell>
                  <TableCell>{translate("app.training.record.hours", { hours: s.hours })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <Section title="app.training.record.quizzes">
        {data.quizResults.length === 0 ? (
          <Typography>{translate("app.training.results.no_attempts")}</Typography>
        ) : (
          <Table size="small">
            <TableBody>
              {data.quizResults.map((a: any) => (
                <TableRow key={a.id}>
                  <TableCell>
                    <Link to={`/quizzes/${a.quiz.id}/take`}>{a.quiz.title}</Link>
                  </TableCell>
                  <TableCell>{a.score ?? "—"}</TableCell>
                  <TableCell>
                    <AttemptChip attempt={a} />
                  </TableCell>
                  <TableCell>{formatDateTime(a.submittedAt ?? a.startedAt, "zh-CN")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <Section title="app.training.record.drills">
        {data.drillResults.length === 0 ? (
          <Typography>{translate("app.training.record.no_drills")}</Typography>
        ) : (
          <Table size="small">
            <TableBody>
              {data.drillResults.map((r: any) => (
                <TableRow key={r.round.id}>
                  <TableCell>{r.competition.title}</TableCell>
                  <TableCell>{r.round.title}</TableCell>
                  <TableCell>{r.score}</TableCell>
                  <TableCell>
                    {translate("app.training.drill.rank_of", { rank: r.rank, total: r.participants })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
    </Box>
  );
}
