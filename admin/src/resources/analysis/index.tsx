import InsightsIcon from "@mui/icons-material/Insights";
import WhatshotIcon from "@mui/icons-material/Whatshot";
import AssessmentIcon from "@mui/icons-material/Assessment";
import type { SubgraphScreens } from "../types";
import { HalfYearPage } from "./halfYear";
import { HotspotsPage } from "./hotspots";
import { TownScorecardsPage } from "./scorecards";

/**
 * 分析研判: pages over every subgraph's figures (the half-year report on Period) and leadership's
 * analysis (hotspots, town scorecards). No resources of their own: each page runs its queries.
 */
export const analysisScreens: SubgraphScreens = {
  resources: [],
  routes: [
    { path: "/halfYear", element: <HalfYearPage /> },
    { path: "/hotspots", element: <HotspotsPage /> },
    { path: "/townScorecards", element: <TownScorecardsPage /> },
  ],
  menu: {
    label: "app.analysis.menu",
    items: [
      {
        id: "hotspots",
        to: "/hotspots",
        label: "app.analysis.hotspots",
        icon: <WhatshotIcon />,
        resource: "hotspots",
        action: "view",
      },
      {
        id: "townScorecards",
        to: "/townScorecards",
        label: "app.analysis.scorecards",
        icon: <AssessmentIcon />,
        resource: "townScorecards",
        action: "view",
      },
      {
        id: "halfYear",
        to: "/halfYear",
        label: "app.analysis.half_year",
        icon: <InsightsIcon />,
        resource: "halfYearReport",
        action: "view",
      },
    ],
  },
};
