import { useState } from "react";
import { Button, Title, useDataProvider, useNotify, usePermissions, useTranslate } from "react-admin";
import {
  Alert,
  Box,
  Grid,
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
import { BarChart } from "@mui/x-charts/BarChart";
import { canAccess } from "../../auth/access";
import { beijingToday } from "../../components/fields";
import { saveGeneratedFile } from "../../components/ActionDialog";
import { Section } from "../../components/Section";
import { useCurrentAnswer } from "../../components/useCurrentAnswer";
import type { PortalDataProvider } from "../../data/dataProvider";
import { ChartOrTable } from "../../dashboard/ChartOrTable";
import { countAxis } from "../../dashboard/parts";
import { figureGroups, formatChange, formatFigure } from "./figures";

/** The halves a leader may pick: the current one and those before it, newest first. */
export function recentHalves(today: string, count = 8): { year: number; half: 1 | 2 }[] {
  let year = Number(today.slice(0, 4));
  let half: 1 | 2 = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  const halves: { year: number; half: 1 | 2 }[] = [];
  for (let i = 0; i < count; i++) {
    halves.push({ year, half });
    if (half === 2) half = 1;
    else {
      half = 2;
      year--;
    }
  }
  return halves;
}

/**
 * 半年分析: every subgraph's figures for a half-year next to the previous half, with the change,
 * the channel and category charts, and the Word document to send to the party committee.
 */
export function HalfYearPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const { permissions } = usePermissions<string[]>();
  const halves = recentHalves(beijingToday());
  const [choice, setChoice] = useState(`${halves[0].year}-${halves[0].half}`);
  const [downloading, setDownloading] = useState(false);
  const [year, half] = choice.split("-").map(Number);

  const { answer: period, failed } = useCurrentAnswer(
    () => dataProvider.run<any>("halfYearReport", "figures", { year, half }),
    [dataProvider, year, half],
  );

  const download = async () => {
    setDownloading(true);
    try {
      const file = await dataProvider.run<any>("halfYearReport", "document", { year, half });
      saveGeneratedFile(file);
      notify(translate("app.analysis.downloaded", { name: file.fileName }), { type: "success" });
    } catch (err: any) {
      notify(err.message, { type: "error" });
    } finally {
      setDownloading(false);
    }
  };

  const previous = period?.previous;
  const groups = period ? figureGroups(period, previous) : [];
  const points = translate("app.analysis.points");
  const halfLabel = (y: number, h: number) => translate(`app.analysis.half_${h}`, { year: y });
  const compareChart = (list: (p: any) => { key: string; label: string; count: number }[] | undefined) => {
    const keys = new Map<string, string>();
    for (const p of [period, previous]) for (const c of list(p) ?? []) keys.set(c.key, c.label);
    const rows = [...keys].map(([key, label]) => ({
      label,
      current: list(period)?.find((c) => c.key === key)?.count ?? 0,
      previous: list(previous)?.find((c) => c.key === key)?.count ?? 0,
    }));
    return rows;
  };
  const chartOf = (title: string, testId: string, rows: { label: string; current: number; previous: number }[]) => (
    <ChartOrTable
      testId={testId}
      title={translate(title)}
      columns={[translate("app.analysis.item"), period?.label ?? "", previous?.label ?? ""]}
      rows={rows.map((r) => [r.label, r.current, r.previous])}
      chart={
        <BarChart
          height={Math.max(220, rows.length * 44 + 60)}
          layout="horizontal"
          yAxis={[{ scaleType: "band", data: rows.map((r) => r.label), width: 120 }]}
          xAxis={countAxis(rows.flatMap((r) => [r.current, r.previous]))}
          series={[
            { label: period?.label ?? "", data: rows.map((r) => r.current) },
            { label: previous?.label ?? "", data: rows.map((r) => r.previous) },
          ]}
        />
      }
    />
  );

  return (
    <Box sx={{ p: 2 }} data-testid="half-year">
      <Title title="app.analysis.half_year" />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, alignItems: "center", flexWrap: "wrap" }}>
        <MuiTextField
          select
          size="small"
          sx={{ minWidth: 180 }}
          label={translate("app.analysis.period")}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          data-testid="half-year-choice"
        >
          {halves.map((h) => (
            <MenuItem key={`${h.year}-${h.half}`} value={`${h.year}-${h.half}`}>
              {halfLabel(h.year, h.half)}
            </MenuItem>
          ))}
        </MuiTextField>
        {canAccess(permissions ?? [], "halfYearReport", "download") && (
          <Button
            label="app.analysis.download_report"
            variant="contained"
            disabled={downloading}
            onClick={download}
            data-testid="half-year-download"
          />
        )}
        {period && (
          <Typography variant="body2" color="text.secondary">
            {translate("app.analysis.compared_with", { current: period.label, previous: previous?.label ?? "—" })}
          </Typography>
        )}
      </Stack>
      {failed && <Alert severity="warning">{failed}</Alert>}
      {period && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, lg: 7 }}>
            {groups.map((g) => (
              <Section key={g.title} title={g.title} testId={`half-year-${g.title.split(".").pop()}`}>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate("app.analysis.item")}</TableCell>
                      <TableCell align="right">{period.label}</TableCell>
                      <TableCell align="right">{previous?.label}</TableCell>
                      <TableCell align="right">{translate("app.analysis.change")}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {g.rows.map((r) => {
                      const now = r.value(period);
                      const before = r.value(previous);
                      return (
                        <TableRow key={r.label} data-row={r.label}>
                          <TableCell>{r.text ?? translate(r.label)}</TableCell>
                          <TableCell align="right" data-testid="current">
                            {formatFigure(r.kind, now)}
                          </TableCell>
                          <TableCell align="right">{formatFigure(r.kind, before)}</TableCell>
                          <TableCell align="right">{formatChange(r.kind, now, before, points)}</TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </Section>
            ))}
          </Grid>
          <Grid size={{ xs: 12, lg: 5 }}>
            <Stack spacing={2}>
              {chartOf(
                "app.analysis.group.channel",
                "half-year-chart-channel",
                compareChart((p) => p?.intake?.byChannel),
              )}
              {chartOf(
                "app.analysis.group.category",
                "half-year-chart-category",
                compareChart((p) => p?.intake?.byCategory),
              )}
            </Stack>
          </Grid>
        </Grid>
      )}
    </Box>
  );
}
