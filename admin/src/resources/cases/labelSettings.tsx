import { useEffect, useState } from "react";
import { Button, Title, useDataProvider, useLocaleState, useNotify, useTranslate } from "react-admin";
import {
  Alert,
  Box,
  Checkbox,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import type { PortalDataProvider } from "../../data/dataProvider";
import { Section } from "../../components/Section";
import { formatDateTime } from "../../components/fields";

/** From the mildest colour to the most severe: each threshold must be higher than the milder ones. */
const COLOURS = ["green", "yellow", "orange", "red"] as const;
type Colour = (typeof COLOURS)[number];
const MAX_THRESHOLD = 10_000;

interface RuleRow {
  category: string;
  name: string;
  enabled: boolean;
  /** As typed: "" = that colour is not given. */
  values: Record<Colour, string>;
}

const toRows = (rules: any[]): RuleRow[] =>
  rules.map((r) => ({
    category: r.category,
    name: r.name,
    enabled: r.enabled,
    values: Object.fromEntries(COLOURS.map((c) => [c, r[c] == null ? "" : String(r[c])])) as Record<Colour, string>,
  }));

/**
 * What the server would refuse, said the same way before sending: whole numbers from 1 to
 * 10 000, strictly rising from green to red, an enabled category with at least one colour.
 */
export function thresholdProblems(
  rows: RuleRow[],
  window: string,
  translate: (key: string, args?: any) => string,
): string[] {
  const problems: string[] = [];
  const colourName = (c: Colour) => translate(`app.cases.colour.${c.toUpperCase()}`);
  for (const row of rows) {
    let last: { colour: Colour; value: number } | null = null;
    for (const colour of COLOURS) {
      const text = row.values[colour].trim();
      if (!text) continue;
      const value = Number(text);
      if (!/^\d+$/.test(text) || value < 1) {
        problems.push(translate("app.cases.thresholds.not_positive", { name: row.name, colour: colourName(colour) }));
        continue;
      }
      if (value > MAX_THRESHOLD) {
        problems.push(
          translate("app.cases.thresholds.too_large", {
            name: row.name,
            colour: colourName(colour),
            max: MAX_THRESHOLD,
          }),
        );
        continue;
      }
      if (last && value <= last.value)
        problems.push(
          translate("app.cases.thresholds.not_rising", {
            name: row.name,
            colour: colourName(colour),
            value,
            milder: colourName(last.colour),
            milderValue: last.value,
          }),
        );
      last = { colour, value };
    }
    if (row.enabled && !last) problems.push(translate("app.cases.thresholds.none_set", { name: row.name }));
  }
  const months = Number(window);
  if (!/^\d+$/.test(window.trim()) || months < 1 || months > 120)
    problems.push(translate("app.cases.thresholds.window_range"));
  return problems;
}

/** 色标阈值 (administration): the rules in force, edited in place, checked before and by the server. */
export function ColourLabelThresholdsPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const notify = useNotify();
  const [info, setInfo] = useState<any | null>(null);
  const [rows, setRows] = useState<RuleRow[]>([]);
  const [window, setWindow] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [refused, setRefused] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (i: any) => {
    setInfo(i);
    setRows(toRows(i.rules));
    setWindow(String(i.repeatWindowMonths));
    setProblems([]);
  };
  useEffect(() => {
    dataProvider
      .run("colourLabelThresholds", "current", {})
      .then(show)
      .catch((err: any) => setRefused(err.message));
  }, [dataProvider]);

  const edit = (category: string, change: Partial<RuleRow> | { colour: Colour; value: string }) =>
    setRows((all) =>
      all.map((r) =>
        r.category !== category
          ? r
          : "colour" in change
            ? { ...r, values: { ...r.values, [change.colour]: change.value } }
            : { ...r, ...change },
      ),
    );

  const save = async () => {
    setRefused(null);
    const found = thresholdProblems(rows, window, translate);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      const input = {
        repeatWindowMonths: Number(window),
        rules: rows.map((r) => ({
          category: r.category,
          enabled: r.enabled,
          ...Object.fromEntries(COLOURS.map((c) => [c, r.values[c].trim() ? Number(r.values[c]) : null])),
        })),
      };
      show(await dataProvider.run("colourLabelThresholds", "set", { input }));
      notify(translate("app.cases.thresholds.saved"), { type: "success" });
    } catch (err: any) {
      setRefused(err.message);
      notify(err.message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  const defaults = new Map<string, any>((info?.defaults ?? []).map((d: any) => [d.category, d]));
  const defaultText = (category: string) => {
    const d = defaults.get(category);
    if (!d) return "";
    const set = COLOURS.filter((c) => d[c] != null).map(
      (c) => `${translate(`app.cases.colour.${c.toUpperCase()}`)} ${d[c]}`,
    );
    return set.length ? set.join("，") : translate("app.cases.thresholds.no_colour");
  };

  return (
    <Box sx={{ p: 2 }} data-testid="colour-label-thresholds">
      <Title title="app.cases.thresholds.title" />
      <Section title="app.cases.thresholds.title">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate("app.cases.thresholds.explain")}
        </Typography>
        {info && (
          <Typography variant="body2" sx={{ mb: 2 }} data-testid="thresholds-state">
            {info.isDefault
              ? translate("app.cases.thresholds.is_default")
              : translate("app.cases.thresholds.last_set", {
                  at: formatDateTime(info.updatedAt, locale),
                  by: info.updatedBy?.displayName ?? "",
                })}
          </Typography>
        )}
        <Table size="small" sx={{ "& td, & th": { whiteSpace: "normal" } }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate("app.cases.thresholds.category")}</TableCell>
              <TableCell>{translate("app.cases.thresholds.enabled")}</TableCell>
              {COLOURS.map((c) => (
                <TableCell key={c}>{translate(`app.cases.colour.${c.toUpperCase()}`)}</TableCell>
              ))}
              <TableCell>{translate("app.cases.thresholds.defaults")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.category} data-testid={`thresholds-${r.category}`}>
                <TableCell>{r.name}</TableCell>
                <TableCell>
                  <Checkbox
                    checked={r.enabled}
                    onChange={(e) => edit(r.category, { enabled: e.target.checked })}
                    slotProps={{ input: { "aria-label": `${r.name}${translate("app.cases.thresholds.enabled")}` } }}
                  />
                </TableCell>
                {COLOURS.map((c) => (
                  <TableCell key={c}>
                    <MuiTextField
                      size="small"
                      type="number"
                      hiddenLabel
                      sx={{ width: 96 }}
                      value={r.values[c]}
                      onChange={(e) => edit(r.category, { colour: c, value: e.target.value })}
                      slotProps={{
                        htmlInput: {
                          min: 1,
                          max: MAX_THRESHOLD,
                          "aria-label": `${r.name}${translate(`app.cases.colour.${c.toUpperCase()}`)}`,
                        },
                      }}
                    />
                  </TableCell>
                ))}
                <TableCell sx={{ color: "text.secondary" }}>{defaultText(r.category)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: "flex-start" }}>
          <MuiTextField
            size="small"
            type="number"
            sx={{ width: 240 }}
            label={translate("app.cases.thresholds.window")}
            value={window}
            onChange={(e) => setWindow(e.target.value)}
            helperText={
              info ? translate("app.cases.thresholds.window_default", { months: info.defaultRepeatWindowMonths }) : " "
            }
            slotProps={{ htmlInput: { min: 1, max: 120 } }}
          />
          <Button
            label="app.cases.thresholds.save"
            variant="contained"
            disabled={busy || !info}
            onClick={save}
            sx={{ mt: 0.5, whiteSpace: "nowrap" }}
            data-testid="save-thresholds"
          />
        </Stack>
        {problems.length > 0 && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="threshold-problems">
            {problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </Alert>
        )}
        {refused && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="threshold-refused">
            {refused}
          </Alert>
        )}
      </Section>
    </Box>
  );
}
