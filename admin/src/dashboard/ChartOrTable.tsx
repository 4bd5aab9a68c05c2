import { useState, type ReactNode } from "react";
import { useTranslate } from "react-admin";
import {
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from "@mui/material";

/** A chart with the same numbers as a table, for those who prefer one. */
export function ChartOrTable({
  title,
  chart,
  columns,
  rows,
  testId,
}: {
  title: string;
  chart: ReactNode;
  columns: string[];
  rows: (string | number)[][];
  testId?: string;
}) {
  const translate = useTranslate();
  const [view, setView] = useState<"chart" | "table">("chart");
  return (
    <Card sx={{ height: "100%" }} data-testid={testId}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between" }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          <ToggleButtonGroup size="small" exclusive value={view} onChange={(_e, v) => v && setView(v)}>
            <ToggleButton value="chart">{translate("app.chart")}</ToggleButton>
            <ToggleButton value="table">{translate("app.table")}</ToggleButton>
          </ToggleButtonGroup>
        </Stack>
        {rows.length === 0 ? (
          <Typography color="text.secondary" sx={{ py: 4, textAlign: "center" }}>
            {translate("app.dashboard.no_data")}
          </Typography>
        ) : view === "chart" ? (
          chart
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell key={c}>{c}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r, i) => (
                <TableRow key={i}>
                  {r.map((c, j) => (
                    <TableCell key={j}>{c}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
