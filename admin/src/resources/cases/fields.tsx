import { useRecordContext, useTranslate } from "react-admin";
import { Box, Chip, Stack } from "@mui/material";
import { beijingToday } from "../../components/fields";
import { COLOUR_HEX, nearestDue, nextStep } from "./choices";

/** What the case waits for next. */
export function NextStepField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const step = nextStep(record as any);
  return (
    <Chip
      size="small"
      variant="outlined"
      sx={step === "none" ? undefined : { borderColor: "#1565c0", color: "#0d47a1", bgcolor: "#e3f2fd" }}
      label={translate(`app.cases.next.${step}`)}
      data-next={step}
    />
  );
}

/** A date to meet: red when past, amber within three days, with what it is for. */
export function DueChip({
  kind,
  date,
  workingDaysLeft,
}: {
  kind?: string;
  date: string;
  workingDaysLeft?: number | null;
}) {
  const translate = useTranslate();
  const today = beijingToday();
  const overdue = workingDaysLeft != null ? workingDaysLeft < 0 : date < today;
  const soon =
    !overdue &&
    (workingDaysLeft != null ? workingDaysLeft <= 3 : Date.parse(date) - Date.parse(today) <= 3 * 86_400_000);
  const when =
    workingDaysLeft != null
      ? workingDaysLeft < 0
        ? translate("app.cases.overdue_days", { days: -workingDaysLeft })
        : workingDaysLeft === 0
          ? translate("app.cases.due_today")
          : translate("app.cases.days_left", { days: workingDaysLeft })
      : translate(overdue ? "app.cases.overdue_on" : "app.cases.due_on", { date });
  return (
    <Chip
      size="small"
      color={overdue ? "error" : soon ? "warning" : "default"}
      label={`${kind ? `${translate(`app.cases.due.${kind}`)}：` : ""}${when}${workingDaysLeft != null ? `（${date}）` : ""}`}
      data-overdue={overdue ? "true" : "false"}
    />
  );
}

/** The nearest deadline of a case. */
export function CaseDueField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  if (!record) return null;
  const due = nearestDue(record as any);
  if (!due) return null;
  const wdl = due.kind === "feedback" ? record.resultFeedback?.workingDaysLeft : null;
  return <DueChip kind={due.kind} date={due.date} workingDaysLeft={wdl} />;
}

/** A colour label as a coloured chip. */
export function ColourChip({ colour }: { colour?: string | null }) {
  const translate = useTranslate();
  if (!colour) return null;
  return (
    <Chip
      size="small"
      label={translate(`app.cases.colour.${colour}`)}
      sx={{ bgcolor: COLOUR_HEX[colour], color: colour === "YELLOW" ? "#000" : "#fff", fontWeight: 600 }}
      data-colour={colour}
    />
  );
}

/** The case's colour label with its categories. */
export function LabelField({ withNone }: { label?: string; sortable?: boolean; withNone?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const label = record?.label;
  if (!label?.colour) return withNone ? <span>{translate("app.cases.none")}</span> : null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: "wrap", alignItems: "center" }}>
      <ColourChip colour={label.colour} />
      {(label.findings ?? label.categories.map((category: string) => ({ category }))).map((f: any) => (
        <Box key={f.category} component="span" sx={{ fontSize: 12, color: "text.secondary", whiteSpace: "nowrap" }}>
          {translate(`app.cases.category.${f.category}`)}
          {f.value != null ? `（${f.value}）` : ""}
        </Box>
      ))}
    </Stack>
  );
}

/** Units of a regional coordination or a joint handling: who directs, who takes part. */
export function ModeUnitsField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const names = (units: { name: string }[]) => units.map((u) => u.name).join("、");
  if (record?.joint)
    return (
      <span>
        {translate("resources.cases.fields.leadUnit")}：{record.joint.leadUnit.name}；
        {translate("resources.cases.fields.memberUnits")}：{names(record.joint.memberUnits)}
      </span>
    );
  if (record?.coordination)
    return (
      <span>
        {record.coordination.region.name} · {translate("resources.cases.fields.coordinatingUnit")}：
        {record.coordination.coordinatingUnit.name}；{translate("resources.cases.fields.participatingUnits")}：
        {names(record.coordination.participatingUnits)}
      </span>
    );
  return null;
}
