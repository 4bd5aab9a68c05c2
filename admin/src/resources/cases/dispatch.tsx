import { useState } from "react";
import { Button, Title, useDataProvider, useNotify, useTranslate } from "react-admin";
import {
  Alert,
  Box,
  Card,
  CardContent,
  Grid,
  MenuItem,
  Stack,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import { beijingToday } from "../../components/fields";
import { saveGeneratedFile } from "../../components/ActionDialog";
import type { PortalDataProvider } from "../../data/dataProvider";
import { RowsTable, Section } from "../../components/Section";
import { useCurrentAnswer } from "../../components/useCurrentAnswer";
import { ColourChip } from "./fields";

/** The `count` months up to the one of `today` (YYYY-MM), newest first. */
export function lastMonths(today: string, count: number): string[] {
  const [y, m] = today.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return d.toISOString().slice(0, 7);
  });
}

/** 每月调度: the month's figures by stage and unit, and the spreadsheet to download. */
export function DispatchPage() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const notify = useNotify();
  const [month, setMonth] = useState(beijingToday().slice(0, 7));
  const { answer: figures, failed } = useCurrentAnswer(
    () => dataProvider.run<any>("monthlyDispatch", "figures", { month }),
    [dataProvider, month],
  );

  const download = async (kind: "SHEET" | "BULLETIN") => {
    try {
      const file = await dataProvider.run<any>("monthlyDispatch", "workbook", { month, kind });
      saveGeneratedFile(file);
      notify(translate("app.cases.downloaded", { name: file.fileName }), { type: "success" });
    } catch (err: any) {
      notify(err.message, { type: "error" });
    }
  };

  const figure = (label: string, value: number | string | null | undefined) => (
    <Grid size={{ xs: 6, md: 3, lg: 2 }} key={label}>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate(label)}
          </Typography>
          <Typography variant="h5">{value ?? "—"}</Typography>
        </CardContent>
      </Card>
    </Grid>
  );
  const f = figures;
  return (
    <Box sx={{ p: 2 }} data-testid="dispatch">
      <Title title="app.cases.dispatch" />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, alignItems: "center", flexWrap: "wrap" }}>
        <MuiTextField
          select
          size="small"
          sx={{ minWidth: 160 }}
          label={translate("app.cases.month")}
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          data-testid="dispatch-month"
        >
          {lastMonths(beijingToday(), 24).map((m) => (
            <MenuItem key={m} value={m}>
              {`${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`}
            </MenuItem>
          ))}
        </MuiTextField>
        <Button label="app.cases.download_sheet" variant="contained" onClick={() => download("SHEET")} />
        <Button label="app.cases.download_bulletin" variant="outlined" onClick={() => download("BULLETIN")} />
      </Stack>
      {failed && <Alert severity="warning">{failed}</Alert>}
      {f && (
        <>
          <Grid container spacing={2} sx={{ mb: 2 }}>
            {figure("app.cases.dispatch_cases", f.cases)}
            {figure("app.cases.new_cases", f.newCases)}
            {figure("app.cases.concluded_count", f.concluded)}
            {figure("app.cases.overdue_count_label", f.overdue)}
            {figure("app.cases.feedback_given_count", f.feedbackGiven)}
            {figure(
              "app.cases.satisfaction",
              f.satisfactionRate == null ? null : `${Math.round(f.satisfactionRate * 100)}%`,
            )}
          </Grid>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, lg: 8 }}>
              <Section title="app.cases.by_unit">
                <RowsTable
                  head={[
                    "app.cases.unit",
                    "app.cases.dispatch_cases",
                    "app.cases.new_cases",
                    "app.cases.concluded_count",
                    "app.cases.overdue_count_label",
                    "app.cases.feedback_given_count",
                    "app.cases.accepted_count",
                  ]}
                  rows={f.byUnit.map((u: any) => [
                    u.unit?.name ?? "—",
                    u.cases,
                    u.newCases,
                    u.concluded,
                    u.overdue,
                    u.feedbackGiven,
                    u.accepted,
                  ])}
                />
              </Section>
            </Grid>
            <Grid size={{ xs: 12, lg: 4 }}>
              <Section title="app.cases.by_status">
                <RowsTable
                  head={["resources.cases.fields.status", "app.cases.count"]}
                  rows={f.byStatus.map((s: any) => [translate(`app.cases.status.${s.status}`), s.count])}
                />
              </Section>
              <Section title="app.cases.labelled_by_colour">
                <RowsTable
                  head={["resources.cases.fields.colour", "app.cases.count"]}
                  rows={f.labelledByColour.map((c: any) => [<ColourChip key={c.colour} colour={c.colour} />, c.count])}
                />
              </Section>
            </Grid>
          </Grid>
        </>
      )}
    </Box>
  );
}
