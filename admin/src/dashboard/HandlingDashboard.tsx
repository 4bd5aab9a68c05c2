import { useEffect, useState } from "react";
import { useDataProvider, useTranslate } from "react-admin";
import type { PortalDataProvider } from "../data/dataProvider";
import { COLOUR_HEX } from "../resources/cases/choices";
import { beijingToday } from "../components/fields";
import { ChartOrTable } from "./ChartOrTable";
import { CountBars, FigureBlock, type FigureSpec } from "./parts";

const COLOURS = ["RED", "ORANGE", "YELLOW", "GREEN"] as const;
const HANDLING_FIGURES: FigureSpec[] = [
  { key: "newCases", label: "app.dashboard.month_new_cases", to: "/dispatch" },
  { key: "concluded", label: "app.dashboard.month_concluded", to: "/dispatch" },
  { key: "overdue", label: "app.dashboard.month_overdue", to: "/dispatch" },
  { key: "feedbackOverdue", label: "app.dashboard.month_feedback_overdue", to: "/dispatch" },
];

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
  return (
    <FigureBlock
      testId="handling-dashboard"
      figureTestId={(key) => `handling-figure-${key}`}
      failed={failed}
      figures={HANDLING_FIGURES}
      values={month}
      chart={
        <ChartOrTable
          testId="chart-colours"
          title={translate("app.dashboard.colour_labels")}
          columns={[translate("app.dashboard.colour"), translate("app.dashboard.count")]}
          rows={rows}
          chart={<CountBars rows={rows} height={240} labelWidth={60} colors={COLOURS.map((c) => COLOUR_HEX[c])} />}
        />
      }
    />
  );
}
