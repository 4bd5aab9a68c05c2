import type { ReactNode } from "react";
import { Link, useTranslate } from "react-admin";
import { Alert, Card, CardContent, Grid, Typography } from "@mui/material";
import { BarChart } from "@mui/x-charts/BarChart";

/** Pieces the dashboards and the analysis pages share: a figure card and a count axis. */

/**
 * The value (x) axis of a horizontal bar chart: counts from 0 with whole-number ticks, drawn
 * at the bottom even when every count is 0 (a collapsed domain would leave it without numbers).
 */
export function countAxis(values: number[]) {
  return [
    {
      scaleType: "linear" as const,
      position: "bottom" as const,
      min: 0,
      max: Math.max(1, ...values),
      tickMinStep: 1,
      height: 28,
      valueFormatter: (v: number | null) => (v == null ? "" : String(v)),
    },
  ];
}

/**
 * A horizontal bar chart of counts, one bar per [label, count] row: the labels on the left at
 * `labelWidth`, the counts on a whole-number axis; one `color`, or a colour per row (`colors`).
 */
export function CountBars({
  rows,
  height,
  labelWidth,
  color,
  colors,
}: {
  rows: [string, number][];
  height: number;
  labelWidth: number;
  color?: string;
  colors?: string[];
}) {
  const translate = useTranslate();
  return (
    <BarChart
      height={height}
      layout="horizontal"
      localeText={{ noData: translate("app.dashboard.no_data"), loading: translate("app.dashboard.loading") }}
      xAxis={countAxis(rows.map((r) => r[1]))}
      yAxis={[
        {
          scaleType: "band",
          data: rows.map((r) => r[0]),
          width: labelWidth,
          ...(colors ? { colorMap: { type: "ordinal" as const, colors } } : {}),
        },
      ]}
      series={[{ data: rows.map((r) => r[1]), label: translate("app.dashboard.count"), ...(color ? { color } : {}) }]}
    />
  );
}

/** One figure in a card, leading to its page when `to` is given. */
export function Figure({
  label,
  value,
  to,
  testId,
}: {
  label: string;
  value: number | string | null;
  to?: string;
  testId?: string;
}) {
  const body = (
    <Card sx={{ height: "100%" }} data-testid={testId}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h4">{value ?? "—"}</Typography>
      </CardContent>
    </Card>
  );
  return to ? (
    <Link to={to} underline="none">
      {body}
    </Link>
  ) : (
    body
  );
}

/** A figure of a dashboard block: its value's key, its label's key and the page it leads to. */
export interface FigureSpec {
  key: string;
  label: string;
  to?: string;
}

/**
 * A block of a dashboard: a warning if its data failed, up to four figure cards (two a row) on
 * the left and a chart-or-table on the right.
 */
export function FigureBlock({
  testId,
  figureTestId,
  failed,
  figures,
  values,
  chart,
}: {
  testId: string;
  figureTestId: (key: string) => string;
  failed: string | null;
  figures: readonly FigureSpec[];
  values: Record<string, number> | null;
  chart: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Grid container spacing={2} sx={{ mb: 2 }} data-testid={testId}>
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
                value={values ? values[f.key] : null}
                to={f.to}
                testId={figureTestId(f.key)}
              />
            </Grid>
          ))}
        </Grid>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>{chart}</Grid>
    </Grid>
  );
}
