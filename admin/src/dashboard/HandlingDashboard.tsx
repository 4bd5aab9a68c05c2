import { useEffect, useState } from "react";
import { useDataProvider, useTranslate } from "react-admin";
import { Alert, Grid } from "@mui/material";
import { BarChart } from "@mui/x-charts/BarChart";
import type { PortalDataProvider } from "../data/dataProvider";
import { COLOUR_HEX } from "../resources/cases/choices";
import { beijingToday } from "../components/fields";
import { ChartOrTable } from "./ChartOrTable";
import { Figure, countAxis } from "./parts";

const COLOURS = ["RED", "ORANGE", "YELLOW", "GREEN"] as const;

/**
 * 办理 at a glance for those who follow the handling (officers, leaders, analysts): this month's
 * dispatch figures (每月调度口径) and the colour-labelled cases by colour, each leading to its page.
 */
export function HandlingDashboard() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const [month, setMonth] = useState<any | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    dataProvider
      .run("monthlyDispatch", "figures", { month: beijingToday().slice(0, 7) })
      .then(setMonth)
      .catch((err: any) => setFailed(err.message));
  }, [dataProvider]);
  const colourCount = (c: string) => month?.labelledByColour.find((x: any) => x.colour === c)?.count ?? 0;
  const rows: [string, number][] = month
    ? COLOURS.map((c) => [translate(`app.cases.colour.${c}`), colourCount(c)])
    : [];
  const figures = [
    { key: "newCases", label: "app.dashboard.month_new_cases" },
    { key: "concluded", label: "app.dashboard.month_concluded" },
    { key: "overdue", label: "app.dashboard.month_overdue" },
    { key: "feedbackOverdue", label: "app.dashboard.month_feedback_overdue" },
  ] as const;
  return (
    <Grid container spacing={2} sx={{ mb: 2 }} data-testid="handling-dashboard">
      {failed && (
        <Grid size={12}>
          <Alert severity="warning">{failed}</Alert>
        </Grid>
      )}
      <Grid size={{ xs: 12, lg: 6 }}>
        <Grid container spacing={2}>
          {figures.map((f) => (
            <Grid size={6} key={f.key}>
              <Figure
                label={translate(f.label)}
                value={month ? month[f.key] : null}
                to="/dispatch"
                testId={`handling-figure-${f.key}`}
              />
            </Grid>
          ))}
        </Grid>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartOrTable
          testId="chart-colours"
          title={translate("app.dashboard.colour_labels")}
          columns={[translate("app.dashboard.colour"), translate("app.dashboard.count")]}
          rows={rows}
          chart={
            <BarChart
              height={240}
              layout="horizontal"
              localeText={{ noData: translate("app.dashboard.no_data"), loading: translate("app.dashboard.loading") }}
              xAxis={countAxis(rows.map((r) => r[1]))}
              yAxis={[
                {
                  scaleType: "band",
                  data: rows.map((r) => r[0]),
                  width: 60,
                  colorMap: { type: "ordinal", colors: COLOURS.map((c) => COLOUR_HEX[c]) },
                },
              ]}
              series={[{ data: rows.map((r) => r[1]), label: translate("app.dashboard.count") }]}
            />
          }
        />
      </Grid>
    </Grid>
  );
}
