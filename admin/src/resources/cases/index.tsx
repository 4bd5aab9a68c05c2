import AssignmentIcon from "@mui/icons-material/Assignment";
import ViewKanbanIcon from "@mui/icons-material/ViewKanban";
import HubIcon from "@mui/icons-material/Hub";
import ForwardToInboxIcon from "@mui/icons-material/ForwardToInbox";
import PaletteIcon from "@mui/icons-material/Palette";
import TableChartIcon from "@mui/icons-material/TableChart";
import type { MenuEntry, SubgraphScreens } from "../types";
import { CaseList, CaseShow, LabelledList, RegionalList } from "./cases";
import { JointBoard } from "./jointBoard";
import { TransferList, TransferShow } from "./transfers";
import { DispatchPage } from "./dispatch";
import { ColourLabelThresholdsPage } from "./labelSettings";
import TuneIcon from "@mui/icons-material/Tune";

const item = (id: string, to: string, label: string, icon: MenuEntry["icon"], resource: string, action: string) => ({
  id,
  to,
  label,
  icon,
  resource,
  action,
});

/** 办理 (cases): the handler's cases, the joint board, regional coordination, transfers, colour labels, the dispatch. */
export const casesScreens: SubgraphScreens = {
  resources: [
    { name: "cases", list: CaseList, show: CaseShow, icon: AssignmentIcon, recordRepresentation: "serial" },
    { name: "labelledCases", list: LabelledList, icon: PaletteIcon },
    { name: "jointTasks", list: JointBoard, icon: ViewKanbanIcon },
    {
      name: "transfers",
      list: TransferList,
      show: TransferShow,
      icon: ForwardToInboxIcon,
      recordRepresentation: "serial",
    },
  ],
  routes: [
    { path: "/regional", element: <RegionalList /> },
    { path: "/dispatch", element: <DispatchPage /> },
    { path: "/colourLabelThresholds", element: <ColourLabelThresholdsPage /> },
  ],
  menu: {
    label: "app.cases.menu",
    items: [
      item("cases", "/cases", "app.cases.my_cases", <AssignmentIcon />, "cases", "list"),
      item("jointTasks", "/jointTasks", "app.cases.joint_board", <ViewKanbanIcon />, "jointTasks", "list"),
      item("regional", "/regional", "app.cases.regional", <HubIcon />, "cases", "list"),
      item("transfers", "/transfers", "resources.transfers.name", <ForwardToInboxIcon />, "transfers", "list"),
      item("labelledCases", "/labelledCases", "resources.labelledCases.name", <PaletteIcon />, "labelledCases", "list"),
      item("dispatch", "/dispatch", "app.cases.dispatch", <TableChartIcon />, "monthlyDispatch", "view"),
    ],
  },
};

/** Case handling's part of the administration menu: the colour-label rules. */
export const casesAdminItems: MenuEntry[] = [
  item(
    "colourLabelThresholds",
    "/colourLabelThresholds",
    "app.cases.thresholds.title",
    <TuneIcon />,
    "colourLabelThresholds",
    "view",
  ),
];
