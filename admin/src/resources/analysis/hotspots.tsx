import { useCallback, useState } from "react";
import { Title, useDataProvider, usePermissions, useTranslate } from "react-admin";
import {
  Alert,
  Box,
  Chip,
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
import { LineChart } from "@mui/x-charts/LineChart";
import { canAccess } from "../../auth/access";
import { ActionDialog, type ActionOption } from "../../components/ActionDialog";
import { beijingToday } from "../../components/fields";
import { Section } from "../../components/Section";
import { useCurrentAnswer } from "../../components/useCurrentAnswer";
import type { PortalDataProvider } from "../../data/dataProvider";
import { ChartOrTable } from "../../dashboard/ChartOrTable";
import { PeriodPicker } from "./PeriodPicker";
import { presetPeriod, type PeriodPreset } from "./periods";

export const DIMENSIONS = ["TOWN", "CATEGORY", "SUBJECT_UNIT", "INDUSTRY", "CHANNEL"] as const;
const WEIGHTS = [
  "volumeWeight",
  "growthWeight",
  "repeatShareWeight",
  "realNameShareWeight",
  "keyCasesWeight",
  "growthCap",
] as const;

const percent = (v: number | null | undefined) => (v == null ? "—" : `${Math.round(v * 1000) / 10}%`);

/** 风险指数: red from 60, orange from 40, so the eye finds the hotspots first. */
function RiskChip({ score }: { score: number }) {
  const color = score >= 60 ? "error" : score >= 40 ? "warning" : "default";
  return <Chip size="small" color={color} label={score.toFixed(1)} data-testid="risk-score" />;
}

/**
 * 热点分析: the period's groups (town, category, the subject's unit, channel) by risk score,
 * with growth against the previous period of the same length, the monthly trend of the top
 * ones, the formula in force (administrators change it here) and, for a leader, a special
 * rectification campaign started from a hotspot.
 */
export function HotspotsPage() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const { permissions } = usePermissions<string[]>();
  const roles = permissions ?? [];
  const [preset, setPreset] = useState<PeriodPreset>("LAST_3_MONTHS");
  const [dimension, setDimension] = useState<(typeof DIMENSIONS)[number]>("TOWN");
  const [version, setVersion] = useState(0);
  const { from, to } = presetPeriod(preset, beijingToday());

  const { answer: analysis, failed } = useCurrentAnswer(
    () => dataProvider.run<any>("hotspots", "analyse", { from, to, dimension, limit: 10 }),
    [dataProvider, from, to, dimension, version],
  );
  const { answer: formula } = useCurrentAnswer(
    () => dataProvider.run<any>("riskFormula", "get"),
    [dataProvider, version],
  );

  const loadUnits = useCallback(
    async (): Promise<ActionOption[]> =>
      (await dataProvider.run<any[]>("campaigns", "units")).map((u) => ({ value: u.id, label: u.name })),
    [dataProvider],
  );

  const items: any[] = analysis?.items ?? [];
  const trend: any[] = (analysis?.trend ?? []).slice(0, 5);
  const months: string[] = [...new Set(trend.flatMap((s) => s.points.map((p: any) => p.month)))].sort() as string[];
  const countIn = (s: any, m: string) => s.points.find((p: any) => p.month === m)?.count ?? 0;

  return (
    <Box sx={{ p: 2 }} data-testid="hotspots">
      <Title title="app.analysis.hotspots" />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, alignItems: "flex-start", flexWrap: "wrap" }}>
        <PeriodPicker value={preset} onChange={setPreset} from={from} to={to} />
        <MuiTextField
          select
          size="small"
          sx={{ width: 200 }}
          label={translate("app.analysis.dimension")}
          value={dimension}
          onChange={(e) => setDimension(e.target.value as (typeof DIMENSIONS)[number])}
          data-testid="hotspot-dimension"
        >
          {DIMENSIONS.map((d) => (
            <MenuItem key={d} value={d}>
              {translate(`app.analysis.dimension_of.${d}`)}
            </MenuItem>
          ))}
        </MuiTextField>
        {analysis && (
          <Typography variant="body2" color="text.secondary" sx={{ pt: 1 }}>
            {translate("app.analysis.previous_range", { from: analysis.previousFrom, to: analysis.previousTo })}
          </Typography>
        )}
      </Stack>
      {failed && <Alert severity="warning">{failed}</Alert>}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, xl: 8 }}>
          <Section title="app.analysis.hotspot_list" testId="hotspot-list">
            {analysis && !items.length ? (
              <Typography color="text.secondary">{translate("app.analysis.no_reports")}</Typography>
            ) : (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    {[
                      "app.analysis.rank",
                      `app.analysis.dimension_of.${dimension}`,
                      "app.analysis.count",
                      "app.analysis.previous_count",
                      "app.analysis.growth",
                      "app.analysis.repeat_share",
                      "app.analysis.real_name_share",
                      "app.analysis.key_cases",
                      "app.analysis.risk_score",
                      "",
                    ].map((h, i) => (
                      <TableCell key={i} align={i >= 2 && i <= 8 ? "right" : "left"}>
                        {h && translate(h)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {items.map((h, i) => (
                    <TableRow key={h.key} data-testid="hotspot-row" data-key={h.key}>
                      <TableCell>{i + 1}</TableCell>
                      <TableCell data-testid="hotspot-label">{h.label}</TableCell>
                      <TableCell align="right" data-testid="hotspot-count">
                        {h.count}
                      </TableCell>
                      <TableCell align="right">{h.previousCount}</TableCell>
                      <TableCell align="right">
                        {h.growth == null ? translate("app.analysis.new_this_period") : percent(h.growth)}
                      </TableCell>
                      <TableCell align="right">{percent(h.repeatShare)}</TableCell>
                      <TableCell align="right">{percent(h.realNameShare)}</TableCell>
                      <TableCell align="right">{h.keyCases}</TableCell>
                      <TableCell align="right">
                        <RiskChip score={h.riskScore} />
                      </TableCell>
                      <TableCell>
                        {canAccess(roles, "campaigns", "create") && (
                          <ActionDialog
                            label="app.analysis.start_campaign"
                            titleSuffix={`：${h.label}`}
                            testId={`start-campaign-${i}`}
                            done="app.analysis.campaign_started"
                            initial={{
                              topic: translate("app.analysis.campaign_topic", { label: h.label }),
                              periodFrom: beijingToday(),
                            }}
                            fields={[
                              { name: "topic", label: "app.analysis.campaign.topic", required: true, max: 200 },
                              {
                                name: "scope",
                                label: "app.analysis.campaign.scope",
                                kind: "multiline",
                                required: true,
                                max: 1000,
                              },
                              {
                                name: "leadUnitId",
                                label: "app.analysis.campaign.lead_unit",
                                kind: "select",
                                loadOptions: loadUnits,
                                required: true,
                              },
                              { name: "periodFrom", label: "app.analysis.campaign.from", kind: "date", required: true },
                              { name: "periodTo", label: "app.analysis.campaign.to", kind: "date", required: true },
                            ]}
                            run={(v) =>
                              dataProvider.run("campaigns", "start", {
                                input: {
                                  topic: v.topic,
                                  scope: v.scope,
                                  leadUnitId: v.leadUnitId,
                                  periodFrom: v.periodFrom,
                                  periodTo: v.periodTo,
                                  hotspot: { dimension, key: h.key, from, to },
                                },
                              })
                            }
                          />
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
        </Grid>
        <Grid size={{ xs: 12, xl: 4 }}>
          <Section title="app.analysis.formula" testId="risk-formula">
            {formula && (
              <>
                <Table size="small">
                  <TableBody>
                    {WEIGHTS.map((w) => (
                      <TableRow key={w}>
                        <TableCell>{translate(`app.analysis.weight.${w}`)}</TableCell>
                        <TableCell align="right" data-testid={`formula-${w}`}>
                          {formula[w]}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {formula.isDefault
                    ? translate("app.analysis.formula_default")
                    : translate("app.analysis.formula_set", {
                        by: formula.updatedBy?.displayName ?? "—",
                        at: String(formula.updatedAt ?? "").slice(0, 10),
                      })}
                </Typography>
                {canAccess(roles, "riskFormula", "set") && (
                  <Box sx={{ mt: 1 }}>
                    <ActionDialog
                      label="app.analysis.edit_formula"
                      testId="edit-formula"
                      description="app.analysis.formula_help"
                      done="app.analysis.formula_saved"
                      initial={Object.fromEntries(WEIGHTS.map((w) => [w, String(formula[w])]))}
                      fields={WEIGHTS.map((w) => ({
                        name: w,
                        label: `app.analysis.weight.${w}`,
                        kind: "number" as const,
                        decimal: true,
                        min: 0,
                        required: true,
                      }))}
                      run={async (v) => {
                        await dataProvider.run("riskFormula", "set", {
                          input: Object.fromEntries(WEIGHTS.map((w) => [w, Number(v[w])])),
                        });
                        setVersion((n) => n + 1);
                      }}
                    />
                  </Box>
                )}
              </>
            )}
          </Section>
        </Grid>
        <Grid size={12}>
          <ChartOrTable
            testId="hotspot-trend"
            title={translate("app.analysis.trend")}
            columns={[translate("app.analysis.month"), ...trend.map((s) => s.label)]}
            rows={months.map((m) => [m, ...trend.map((s) => countIn(s, m))])}
            chart={
              <LineChart
                height={320}
                xAxis={[{ scaleType: "point", data: months, tickLabelInterval: () => true, height: 40 }]}
                yAxis={[{ min: 0, tickMinStep: 1 }]}
                series={trend.map((s) => ({
                  label: s.label,
                  curve: "linear" as const,
                  data: months.map((m) => countIn(s, m)),
                }))}
              />
            }
          />
        </Grid>
      </Grid>
    </Box>
  );
}
