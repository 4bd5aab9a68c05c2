import { useEffect, useState } from "react";
import { Title, useDataProvider, useGetIdentity, usePermissions, useTranslate } from "react-admin";
import { Alert, Box, Grid, Typography } from "@mui/material";
import { BarChart } from "@mui/x-charts/BarChart";
import { canAccess } from "../auth/access";
import type { PortalDataProvider } from "../data/dataProvider";
import { ChartOrTable } from "./ChartOrTable";
import { beijingToday } from "../components/fields";
import { HandlingDashboard } from "./HandlingDashboard";
import { CountBars, Figure, FigureBlock } from "./parts";

const CHANNELS = ["LETTER", "VISIT", "ONLINE", "PHONE"];

/** The last six calendar months (Beijing), oldest first, as from/to dates. */
function lastSixMonths(today = beijingToday()) {
  const [y, m] = today.split("-").map(Number);
  return Array.from({ length: 6 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (5 - i), 1));
    const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    return {
      from: d.toISOString().slice(0, 10),
      to: end.toISOString().slice(0, 10),
      label: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`,
    };
  });
}

/** Numbers and charts of intake for those who read intake (officers, leaders, analysts). */
function IntakeDashboard({ roles }: { roles: string[] }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const [months, setMonths] = useState<any[] | null>(null);
  const [year, setYear] = useState<any | null>(null);
  const [unsigned, setUnsigned] = useState<any[] | null>(null);
  const [notices, setNotices] = useState<any[] | null>(null);
  const [pending, setPending] = useState<number | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const m = lastSixMonths();
    const today = beijingToday();
    const fail = (err: any) => setFailed(err.message);
    dataProvider
      .run("period", "channelsByMonth", { months: m })
      .then((r: any[]) => setMonths(r.map((p, i) => ({ ...p, label: m[i].label }))))
      .catch(fail);
    dataProvider
      .run("period", "intake", { from: `${today.slice(0, 4)}-01-01`, to: today })
      .then(setYear)
      .catch(fail);
    const all = { pagination: { page: 1, perPage: 500 }, sort: { field: "id", order: "ASC" as const }, filter: {} };
    dataProvider
      .getList("unsignedReports", all)
      .then((r) => setUnsigned(r.data))
      .catch(fail);
    dataProvider
      .getList("acceptanceNoticesDue", { ...all, filter: { withinWorkingDays: 3 } })
      .then((r) => setNotices(r.data))
      .catch(fail);
    if (canAccess(roles, "myPendingEscalations", "list"))
      dataProvider
        .getList("myPendingEscalations", all)
        .then((r) => setPending(r.total ?? 0))
        .catch(fail);
  }, [dataProvider, roles.join(",")]);

  const today = beijingToday();
  const lateUnsigned =
    unsigned?.filter(
      (r) => new Date(new Date(r.receivedAt).getTime() + 8 * 3600_000).toISOString().slice(0, 10) < today,
    ).length ?? null;
  const overdue = notices?.filter((r) => r.acceptanceNotice?.overdue).length ?? null;
  const dueSoon = notices ? notices.length - (overdue ?? 0) : null;
  const channelLabel = (c: string) => translate(`app.intake.channel.${c}`);
  const countOf = (p: any, c: string) => p?.intake?.byChannel?.find((x: any) => x.key === c)?.count ?? 0;
  const townRows: [string, number][] = (year?.intake?.byTown ?? [])
    .slice()
    .sort((a: any, b: any) => b.count - a.count)
    .slice(0, 15)
    .map((t: any) => [t.town?.name ?? translate("app.dashboard.unknown_town"), t.count]);
  const categoryRows: [string, number][] = (year?.intake?.byCategory ?? [])
    .slice()
    .sort((a: any, b: any) => b.count - a.count)
    .map((c: any) => [c.label, c.count]);
  const deadlineRows: [string, number][] = [
    [translate("app.dashboard.unsigned"), unsigned?.length ?? 0],
    [translate("app.dashboard.unsigned_late"), lateUnsigned ?? 0],
    [translate("app.dashboard.notices_due"), dueSoon ?? 0],
    [translate("app.dashboard.notices_overdue"), overdue ?? 0],
  ];
  const noData = { noData: translate("app.dashboard.no_data"), loading: translate("app.dashboard.loading") };

  return (
    <Grid container spacing={2}>
      {failed && (
        <Grid size={12}>
          <Alert severity="warning">{failed}</Alert>
        </Grid>
      )}
      <Grid size={{ xs: 6, md: 3 }}>
        <Figure
          label={translate("app.dashboard.total_year")}
          value={year?.intake?.total ?? null}
          to="/reports"
          testId="figure-total"
        />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <Figure
          label={translate("app.dashboard.unsigned")}
          value={unsigned?.length ?? null}
          to="/unsignedReports"
          testId="figure-unsigned"
        />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <Figure
          label={translate("app.dashboard.notices_overdue")}
          value={overdue}
          to="/acceptanceNoticesDue"
          testId="figure-overdue"
        />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        {pending !== null ? (
          <Figure
            label={translate("app.dashboard.pending_escalations")}
            value={pending}
            to="/myPendingEscalations"
            testId="figure-pending"
          />
        ) : (
          <Figure
            label={translate("app.dashboard.real_name_share")}
            value={year ? `${Math.round((year.intake.realNameShare ?? 0) * 100)}%` : null}
          />
        )}
      </Grid>
      <Grid size={{ xs: 12, lg: 7 }}>
        <ChartOrTable
          testId="chart-channel-month"
          title={translate("app.dashboard.channel_by_month")}
          columns={[translate("app.dashboard.month"), ...CHANNELS.map(channelLabel)]}
          rows={(months ?? []).map((p) => [p.label, ...CHANNELS.map((c) => countOf(p, c))])}
          chart={
            <BarChart
              height={300}
              localeText={noData}
              xAxis={[
                {
                  scaleType: "band",
                  data: (months ?? []).map((p) => p.label),
                  tickLabelInterval: () => true,
                  height: 40,
                },
              ]}
              series={CHANNELS.map((c) => ({
                label: channelLabel(c),
                data: (months ?? []).map((p) => countOf(p, c)),
                stack: "all",
              }))}
            />
          }
        />
      </Grid>
      <Grid size={{ xs: 12, lg: 5 }}>
        <ChartOrTable
          testId="chart-deadlines"
          title={translate("app.dashboard.deadlines")}
          columns={[translate("app.dashboard.kind"), translate("app.dashboard.count")]}
          rows={deadlineRows}
          chart={<CountBars rows={deadlineRows} height={300} labelWidth={180} color="#c62828" />}
        />
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartOrTable
          testId="chart-town"
          title={translate("app.dashboard.by_town")}
          columns={[translate("app.dashboard.town"), translate("app.dashboard.count")]}
          rows={townRows}
          chart={<CountBars rows={townRows} height={320} labelWidth={110} />}
        />
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartOrTable
          testId="chart-category"
          title={translate("app.dashboard.by_category")}
          columns={[translate("app.dashboard.category"), translate("app.dashboard.count")]}
          rows={categoryRows}
          chart={<CountBars rows={categoryRows} height={320} labelWidth={140} color="#6d4c41" />}
        />
      </Grid>
    </Grid>
  );
}

/** The leadershipDashboard figures, in the order a leader reads them, with where each leads. */
const LEADER_FIGURES = [
  { key: "active", label: "app.leadership.dashboard.active", to: "/myOwnedCases" },
  { key: "dueThisWeek", label: "app.leadership.dashboard.due_this_week", to: "/myOwnedCases" },
  { key: "overdueCases", label: "app.leadership.dashboard.overdue_cases", to: "/myOwnedCases" },
  { key: "candidates", label: "app.leadership.dashboard.candidates", to: "/screeningQueue" },
  { key: "candidatesInLinkedTowns", label: "app.leadership.dashboard.candidates_linked", to: "/screeningQueue" },
  { key: "concluded", label: "app.leadership.dashboard.concluded" },
  { key: "released", label: "app.leadership.dashboard.released" },
  { key: "transferred", label: "app.leadership.dashboard.transferred" },
] as const;

/** 我的包案 at a glance: the leader's owned cases, what is due and overdue, the candidates. */
function LeaderDashboard() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const [figures, setFigures] = useState<Record<string, number> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    dataProvider
      .run("leadershipDashboard", "figures", {})
      .then(setFigures)
      .catch((err: any) => setFailed(err.message));
  }, [dataProvider]);
  const rows: [string, number][] = figures ? LEADER_FIGURES.map((f) => [translate(f.label), figures[f.key]]) : [];
  return (
    <FigureBlock
      testId="leader-dashboard"
      figureTestId={(key) => `leader-figure-${key}`}
      failed={failed}
      figures={LEADER_FIGURES.slice(0, 4)}
      values={figures}
      chart={
        <ChartOrTable
          testId="chart-leader"
          title={translate("app.leadership.dashboard.by_status")}
          columns={[translate("app.leadership.dashboard.kind"), translate("app.leadership.dashboard.count")]}
          rows={rows}
          chart={<CountBars rows={rows} height={260} labelWidth={170} color="#1565c0" />}
        />
      }
    />
  );
}

/** 工作台: what the signed-in roles work on. */
export function Dashboard() {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const { identity } = useGetIdentity();
  const roles = permissions ?? [];
  return (
    <Box sx={{ p: 2 }}>
      <Title title="ra.page.dashboard" />
      <Typography variant="h5" sx={{ mb: 2 }}>
        {translate("app.dashboard.welcome", { name: identity?.fullName ?? "" })}
      </Typography>
      {canAccess(roles, "leadershipDashboard", "view") && <LeaderDashboard />}
      {canAccess(roles, "statistics", "view") && <IntakeDashboard roles={roles} />}
      {canAccess(roles, "monthlyDispatch", "view") && <HandlingDashboard />}
      {roles.includes("ADMIN") && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate("app.dashboard.admin_hint")}
        </Alert>
      )}
      {!canAccess(roles, "statistics", "view") && !roles.includes("ADMIN") && (
        <Alert severity="info">{translate("app.dashboard.no_widgets")}</Alert>
      )}
    </Box>
  );
}
