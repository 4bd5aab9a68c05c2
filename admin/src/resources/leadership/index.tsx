import HowToRegIcon from "@mui/icons-material/HowToReg";
import AssignmentIndIcon from "@mui/icons-material/AssignmentInd";
import type { SubgraphScreens } from "../types";
import { ScreeningQueueList } from "./queue";
import { MyOwnedCasesList } from "./owned";

/** 领导包案 (leadership): the screening queue to claim from, and the leader's own cases with their reminders. */
export const leadershipScreens: SubgraphScreens = {
  resources: [
    { name: "screeningQueue", list: ScreeningQueueList, icon: HowToRegIcon, recordRepresentation: "serial" },
    { name: "myOwnedCases", list: MyOwnedCasesList, icon: AssignmentIndIcon, recordRepresentation: "serial" },
    { name: "ownershipReminders" },
  ],
  routes: [],
  menu: {
    label: "app.leadership.menu",
    items: [
      {
        id: "screeningQueue",
        to: "/screeningQueue",
        label: "resources.screeningQueue.name",
        icon: <HowToRegIcon />,
        resource: "screeningQueue",
        action: "list",
      },
      {
        id: "myOwnedCases",
        to: "/myOwnedCases",
        label: "resources.myOwnedCases.name",
        icon: <AssignmentIndIcon />,
        resource: "myOwnedCases",
        action: "list",
      },
    ],
  },
};
