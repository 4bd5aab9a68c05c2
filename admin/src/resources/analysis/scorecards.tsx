import { useState } from "react";
import { Title, useDataProvider, useTranslate } from "react-admin";
import {
  Alert,
  Box,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from "@mui/material";
import { beijingToday } from "../../components/fields";
import { Section } from "../../components/Section";
import { useCurrentAnswer } from "../../components/useCurrentAnswer";
import type { PortalDataProvider } from "../../data/dataProvider";
import { PeriodPicker } from "./PeriodPicker";
import { presetPeriod, type PeriodPreset } from "./periods";

/** The five measures of a town's accountability report, in the order the report reads them. */
const MEASURES = [
  { measure: "REPORTS", field: "reports", share: false },
  { measure: "REPEAT_SHARE", field: "repeatShare", share: true },
  { measure: "DISSATISFIED_SHARE", field: "dissatisfiedShare", share: true },
  { measure: "OVERDUE_ITEMS", field: "overdueItems", share: false },
  { measure: "KEY_CASES", field: "keyCases", share: false },
] as const;

const show = (value: number, share: boolean) =>
  share ? `${Math.round(value * 1000) / 10}%` : String(Math.round(value * 10) / 10);

/**
 * 述责述廉: each town's figures for the period — reports, repeat and dissatisfied shares, overdue
 * items, key cases — with those above the city average marked, for the town party secretaries'
 * accountability reports.
 */
export function TownScorecardsPage() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const [preset, setPreset] = useState<PeriodPreset>("THIS_YEAR");
  const { from, to } = presetPeriod(preset, beijingToday());
  const { answer: report, failed } = useCurrentAnswer(
    () => dataProvider.run<any>("townScorecards", "figures", { from, to }),
    [dataProvider, from, to],
  );

  const above = translate("app.analysis.above_average");
  return (
    <Box sx={{ p: 2 }} data-testid="town-scorecards">
      <Title title="app.analysis.scorecards" />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <PeriodPicker value={preset} onChange={setPreset} from={from} to={to} />
      </Stack>
      {failed && <Alert severity="warning">{failed}</Alert>}
      {report && (
        <Section title="app.analysis.scorecards">
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="scorecards-help">
            {translate("app.analysis.scorecards_help", { asOf: report.overdueAsOf })}
          </Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("app.analysis.town")}</TableCell>
                {MEASURES.map((m) => (
                  <TableCell key={m.measure} align="right">
                    {translate(`app.analysis.measure.${m.measure}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {report.towns.map((t: any) => (
                <TableRow key={t.town.id} data-testid="scorecard-row" data-town={t.town.name}>
                  <TableCell>{t.town.name}</TableCell>
                  {MEASURES.map((m) => {
                    const high = t.aboveAverage.includes(m.measure);
                    const cell = (
                      <TableCell
                        key={m.measure}
                        align="right"
                        data-measure={m.measure}
                        data-above={high ? "true" : "false"}
                        sx={high ? { color: "error.main", fontWeight: 600 } : undefined}
                      >
                        {show(t[m.field], m.share)}
                        {high ? " ▲" : ""}
                      </TableCell>
                    );
                    return high ? (
                      <Tooltip key={m.measure} title={above}>
                        {cell}
                      </Tooltip>
                    ) : (
                      cell
                    );
                  })}
                </TableRow>
              ))}
              <TableRow data-testid="scorecard-average" sx={{ "& td": { fontWeight: 600, bgcolor: "action.hover" } }}>
                <TableCell>{translate("app.analysis.city_average")}</TableCell>
                {MEASURES.map((m) => (
                  <TableCell key={m.measure} align="right">
                    {show(report.cityAverage[m.field], m.share)}
                  </TableCell>
                ))}
              </TableRow>
            </TableBody>
          </Table>
        </Section>
      )}
    </Box>
  );
}
