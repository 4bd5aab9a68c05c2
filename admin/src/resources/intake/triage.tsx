import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import {
  Button,
  Loading,
  Title,
  useDataProvider,
  useGetOne,
  useNotify,
  usePermissions,
  useTranslate,
  Link,
  RecordContextProvider,
} from "react-admin";
import {
  Alert,
  Box,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  FormGroup,
  Grid,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  Step,
  StepLabel,
  Stepper,
  TextField as MuiTextField,
  Typography,
  Autocomplete,
} from "@mui/material";
import { canAccess } from "../../auth/access";
import type { PortalDataProvider } from "../../data/dataProvider";
import { DISPOSITIONS, FLAGS, GROUNDS } from "./choices";
import { TriageSummary } from "./reports";

const STEPS = ["DISTINGUISH", "CHECK", "CONSULT", "DECIDE"] as const;
type StepName = (typeof STEPS)[number];

/** The step the wizard shows: the first of the server's next steps (辨 → 查 → 商 → 定). */
function activeStep(status: string): number {
  return { REGISTERED: 0, DISTINGUISHED: 1, CHECKED: 2, CONSULTED: 3 }[status] ?? 4;
}

/** Departments of some kinds, for the pickers. */
function useDepartments(kinds: string[]) {
  const dataProvider = useDataProvider<PortalDataProvider>();
  const [items, setItems] = useState<any[]>([]);
  const key = kinds.join(",");
  useEffect(() => {
    dataProvider
      .getList("departments", {
        filter: { kinds, active: true },
        pagination: { page: 1, perPage: 500 },
        sort: { field: "id", order: "ASC" },
      })
      .then(({ data }) => setItems(data))
      .catch(() => setItems([]));
  }, [key]);
  return items;
}

function DepartmentPicker({
  label,
  kinds,
  value,
  onChange,
  testId,
}: {
  label: string;
  kinds: string[];
  value: string;
  onChange: (id: string) => void;
  testId?: string;
}) {
  const items = useDepartments(kinds);
  const translate = useTranslate();
  return (
    <Autocomplete
      options={items}
      getOptionLabel={(o: any) => o.name}
      value={items.find((i) => i.id === value) ?? null}
      onChange={(_e, v: any) => onChange(v?.id ?? "")}
      noOptionsText={translate("app.intake.none")}
      renderInput={(params) => <MuiTextField {...params} label={label} data-testid={testId} />}
      sx={{ mt: 2 }}
    />
  );
}

/** 系统提示: templated (similar text) and repeat matches side by side. */
function Proposals({
  report,
  chosen,
  setChosen,
}: {
  report: any;
  chosen: { templated: string[]; repeats: string[] };
  setChosen: (c: { templated: string[]; repeats: string[] }) => void;
}) {
  const translate = useTranslate();
  const p = report.proposal ?? { templatedWith: [], repeatOf: [] };
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  return (
    <Grid container spacing={2} sx={{ my: 1 }} data-testid="proposals">
      <Grid size={{ xs: 12, md: 6 }}>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle2">{translate("app.intake.similar")}</Typography>
            {p.templatedWith.length === 0 && (
              <Typography color="text.secondary">{translate("app.intake.no_similar")}</Typography>
            )}
            {p.templatedWith.map((s: any) => (
              <FormControlLabel
                key={s.report.id}
                control={
                  <Checkbox
                    checked={chosen.templated.includes(s.report.id)}
                    onChange={() => setChosen({ ...chosen, templated: toggle(chosen.templated, s.report.id) })}
                  />
                }
                label={`${s.report.serial} ${s.report.summary}（${translate("app.intake.similarity", { percent: Math.round(s.similarity * 100) })}）`}
              />
            ))}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle2">{translate("app.intake.repeats")}</Typography>
            {p.repeatOf.length === 0 && (
              <Typography color="text.secondary">{translate("app.intake.no_repeats")}</Typography>
            )}
            {p.repeatOf.map((r: any) => (
              <FormControlLabel
                key={r.id}
                control={
                  <Checkbox
                    checked={chosen.repeats.includes(r.id)}
                    onChange={() => setChosen({ ...chosen, repeats: toggle(chosen.repeats, r.id) })}
                  />
                }
                label={`${r.serial} ${r.summary}（${r.statusLabel}）`}
              />
            ))}
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
}

export function TriagePage() {
  const { id } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const { permissions } = usePermissions<string[]>();
  const roles = permissions ?? [];
  const { data: report, isPending, refetch } = useGetOne("reports", { id: id! });
  const [busy, setBusy] = useState(false);
  // 辨
  const [scope, setScope] = useState("IN_SCOPE");
  const [competent, setCompetent] = useState("");
  const [note, setNote] = useState("");
  // 查
  const [flags, setFlags] = useState<string[]>([]);
  const [ground, setGround] = useState("");
  const [chosen, setChosen] = useState<{ templated: string[]; repeats: string[] }>({ templated: [], repeats: [] });
  // 商
  const [participants, setParticipants] = useState("信访室\n案件监督管理室");
  const [minutes, setMinutes] = useState("");
  // 定
  const [disposition, setDisposition] = useState("");
  const [handling, setHandling] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [opinion, setOpinion] = useState("");

  useEffect(() => {
    if (!report) return;
    // the system's proposals are preselected; the officer confirms or clears them
    setFlags(report.proposal?.flags ?? []);
    setChosen({
      templated: (report.proposal?.templatedWith ?? []).map((s: any) => s.report.id),
      repeats: (report.proposal?.repeatOf ?? []).map((r: any) => r.id),
    });
    if (report.triageInfo?.distinguish?.scope === "OUT_OF_SCOPE") setDisposition("TRANSFER_TO_DEPARTMENT");
  }, [report?.id, report?.status]);

  if (isPending || !report) return <Loading />;
  const step = activeStep(report.status);
  const next: string[] = report.triageInfo?.nextSteps ?? [];

  const submit = async (action: string, stepName: StepName, input: Record<string, unknown>) => {
    setBusy(true);
    try {
      await dataProvider.run("reports", action, { id: report.id, input });
      notify(translate("app.intake.step_done", { step: translate(`app.intake.step.${stepName}`) }), {
        type: "success",
      });
      setNote("");
      await refetch();
    } catch (err: any) {
      notify(err.message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  const outOfScope = report.triageInfo?.distinguish?.scope === "OUT_OF_SCOPE";
  const dispositionChoices = outOfScope
    ? ["TRANSFER_TO_DEPARTMENT"]
    : DISPOSITIONS.filter((d) => d !== "TRANSFER_TO_DEPARTMENT");

  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate("app.intake.triage_title", { serial: report.serial })} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6">
            <Link to={`/reports/${report.id}/show`}>{report.serial}</Link> {report.summary}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: "pre-wrap", mt: 1 }}>
            {report.content}
          </Typography>
        </CardContent>
      </Card>
      <Stepper activeStep={step} alternativeLabel sx={{ mb: 2 }}>
        {STEPS.map((s) => (
          <Step
            key={s}
            completed={step > STEPS.indexOf(s) && !(s === "CONSULT" && !report.triageInfo?.consult && step > 2)}
          >
            <StepLabel optional={<Typography variant="caption">{translate(`app.intake.step_help.${s}`)}</Typography>}>
              {translate(`app.intake.step.${s}`)}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      <Card>
        <CardContent>
          <RecordContextProvider value={report}>
            <TriageSummary />
          </RecordContextProvider>

          {step === 0 && next.includes("DISTINGUISH") && (
            <Box data-testid="step-distinguish">
              <RadioGroup row value={scope} onChange={(e) => setScope(e.target.value)}>
                <FormControlLabel value="IN_SCOPE" control={<Radio />} label={translate("app.intake.scope.IN_SCOPE")} />
                <FormControlLabel
                  value="OUT_OF_SCOPE"
                  control={<Radio />}
                  label={translate("app.intake.scope.OUT_OF_SCOPE")}
                />
              </RadioGroup>
              {scope === "OUT_OF_SCOPE" && (
                <DepartmentPicker
                  label={translate("app.intake.competent_department")}
                  kinds={["COMPETENT_DEPARTMENT"]}
                  value={competent}
                  onChange={setCompetent}
                  testId="competent-department"
                />
              )}
              <MuiTextField
                fullWidth
                sx={{ mt: 2 }}
                label={translate("app.intake.note")}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
              <Button
                sx={{ mt: 2 }}
                variant="contained"
                disabled={busy || (scope === "OUT_OF_SCOPE" && !competent)}
                label={translate("app.intake.submit_step", { step: translate("app.intake.step.DISTINGUISH") })}
                onClick={() =>
                  submit("distinguish", "DISTINGUISH", {
                    scope,
                    competentDepartmentId: scope === "OUT_OF_SCOPE" ? competent : null,
                    note: note.trim() || null,
                  })
                }
              />
            </Box>
          )}

          {step === 1 && next.includes("CHECK") && (
            <Box data-testid="step-check">
              <Typography variant="subtitle1" sx={{ mt: 2 }}>
                {translate("app.intake.proposals")}
              </Typography>
              <Proposals report={report} chosen={chosen} setChosen={setChosen} />
              <FormGroup row>
                {FLAGS.map((f) => (
                  <FormControlLabel
                    key={f}
                    control={
                      <Checkbox
                        checked={flags.includes(f)}
                        onChange={() => setFlags(flags.includes(f) ? flags.filter((x) => x !== f) : [...flags, f])}
                      />
                    }
                    label={translate(`app.intake.flag.${f}`)}
                  />
                ))}
              </FormGroup>
              {flags.includes("NOT_ACCEPTABLE") && (
                <MuiTextField
                  select
                  fullWidth
                  sx={{ mt: 2 }}
                  label={translate("app.intake.not_acceptable_ground")}
                  value={ground}
                  onChange={(e) => setGround(e.target.value)}
                >
                  {GROUNDS.map((g) => (
                    <MenuItem key={g} value={g}>
                      {translate(`app.intake.ground.${g}`)}
                    </MenuItem>
                  ))}
                </MuiTextField>
              )}
              <MuiTextField
                fullWidth
                sx={{ mt: 2 }}
                label={translate("app.intake.note")}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
              <Button
                sx={{ mt: 2 }}
                variant="contained"
                disabled={busy || (flags.includes("NOT_ACCEPTABLE") && !ground)}
                label={translate("app.intake.submit_step", { step: translate("app.intake.step.CHECK") })}
                onClick={() =>
                  submit("check", "CHECK", {
                    flags,
                    notAcceptableGround: flags.includes("NOT_ACCEPTABLE") ? ground : null,
                    templatedWith: flags.includes("TEMPLATED") ? chosen.templated : [],
                    repeatOf: flags.includes("REPEAT") ? chosen.repeats : [],
                    note: note.trim() || null,
                  })
                }
              />
            </Box>
          )}

          {step === 2 && next.includes("CONSULT") && (
            <Box data-testid="step-consult">
              <MuiTextField
                fullWidth
                multiline
                minRows={2}
                sx={{ mt: 2 }}
                label={translate("app.intake.participants")}
                helperText={translate("app.intake.participants_help")}
                value={participants}
                onChange={(e) => setParticipants(e.target.value)}
              />
              <MuiTextField
                fullWidth
                multiline
                minRows={3}
                sx={{ mt: 2 }}
                label={translate("app.intake.minutes")}
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
              />
              <Button
                sx={{ mt: 2 }}
                variant="contained"
                disabled={busy || !minutes.trim()}
                label={translate("app.intake.submit_step", { step: translate("app.intake.step.CONSULT") })}
                onClick={() =>
                  submit("consult", "CONSULT", {
                    participants: participants
                      .split(/\n|、|，|,/)
                      .map((s) => s.trim())
                      .filter(Boolean),
                    minutes: minutes.trim(),
                  })
                }
              />
              {next.includes("DECIDE") && (
                <Alert severity="info" sx={{ mt: 2 }}>
                  {translate("app.intake.skip_consult")}
                </Alert>
              )}
            </Box>
          )}

          {(step === 2 || step === 3) &&
            next.includes("DECIDE") &&
            (canAccess(roles, "reports", "decide") ? (
              <Box data-testid="step-decide" sx={{ mt: 2 }}>
                <Typography variant="subtitle1">{translate("app.intake.step.DECIDE")}</Typography>
                <MuiTextField
                  select
                  fullWidth
                  sx={{ mt: 1 }}
                  label={translate("resources.reports.fields.disposition")}
                  value={disposition}
                  onChange={(e) => setDisposition(e.target.value)}
                  data-testid="disposition"
                >
                  {dispositionChoices.map((d) => (
                    <MenuItem key={d} value={d}>
                      {translate(`app.intake.disposition.${d}`)}
                    </MenuItem>
                  ))}
                </MuiTextField>
                {(disposition === "TRANSFER_DOWN" || disposition === "ASSIGN_DOWN") && (
                  <DepartmentPicker
                    label={translate("app.intake.handling_department")}
                    kinds={["TOWN_COMMITTEE", "SUPERVISION_OFFICE", "STATIONED_GROUP"]}
                    value={handling}
                    onChange={setHandling}
                  />
                )}
                {disposition === "ASSIGN_DOWN" && (
                  <MuiTextField
                    sx={{ mt: 2 }}
                    type="date"
                    label={translate("app.intake.due_date")}
                    value={dueDate}
                    onChange={(e) => setDueDate(e.target.value)}
                    slotProps={{ inputLabel: { shrink: true } }}
                  />
                )}
                <MuiTextField
                  fullWidth
                  multiline
                  minRows={2}
                  sx={{ mt: 2 }}
                  label={translate("app.intake.opinion")}
                  value={opinion}
                  onChange={(e) => setOpinion(e.target.value)}
                />
                <Button
                  sx={{ mt: 2 }}
                  variant="contained"
                  disabled={busy || !disposition}
                  label={translate("app.intake.submit_step", { step: translate("app.intake.step.DECIDE") })}
                  onClick={() =>
                    submit("decide", "DECIDE", {
                      disposition,
                      handlingDepartmentId: handling || null,
                      dueDate: disposition === "ASSIGN_DOWN" ? dueDate : null,
                      opinion: opinion.trim() || null,
                    })
                  }
                />
              </Box>
            ) : (
              <Alert severity="info" sx={{ mt: 2 }}>
                {translate("app.intake.waiting_for_leader")}（{translate("app.intake.leader_only")}）
              </Alert>
            ))}

          {step >= 4 && (
            <Stack sx={{ mt: 2 }}>
              <Alert severity="success">{translate("app.intake.triage_done")}</Alert>
            </Stack>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
