import { Link } from "react-admin";
import { Card, CardContent, Typography } from "@mui/material";

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
