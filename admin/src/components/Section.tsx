import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";

/** A titled card of a show page. */
export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ mb: 1, fontWeight: 600 }}>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** A small table of rows; empty says 暂无. */
export function RowsTable({ head, rows }: { head: string[]; rows: ReactNode[][] }) {
  const translate = useTranslate();
  if (!rows.length) return <Typography color="text.secondary">{translate("app.cases.none")}</Typography>;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {head.map((h) => (
            <TableCell key={h} sx={{ whiteSpace: "nowrap" }}>
              {translate(h)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={i}>
            {r.map((c, j) => (
              <TableCell key={j} sx={{ verticalAlign: "top" }}>
                {c}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
