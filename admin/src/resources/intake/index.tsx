import InboxIcon from "@mui/icons-material/Inbox";
import NoteAddIcon from "@mui/icons-material/NoteAdd";
import DrawIcon from "@mui/icons-material/Draw";
import AltRouteIcon from "@mui/icons-material/AltRoute";
import AlarmIcon from "@mui/icons-material/Alarm";
import GavelIcon from "@mui/icons-material/Gavel";
import CategoryIcon from "@mui/icons-material/Category";
import type { SubgraphScreens } from "../types";
import { ReportList, ReportShow } from "./reports";
import { ReportCreate } from "./register";
import { CategoryCreate, CategoryEdit, CategoryList, EscalationList, NoticesDueList, UnsignedList } from "./worklists";
import { TriagePage } from "./triage";
import { IN_TRIAGE } from "./choices";

const triageQueue = `/reports?filter=${encodeURIComponent(JSON.stringify({ statuses: IN_TRIAGE }))}`;

/** 受理 (intake): the officer's and the leader's screens. */
export const intakeScreens: SubgraphScreens = {
  resources: [
    {
      name: "reports",
      list: ReportList,
      show: ReportShow,
      create: ReportCreate,
      icon: InboxIcon,
      recordRepresentation: "serial",
    },
    { name: "unsignedReports", list: UnsignedList, icon: DrawIcon },
    { name: "acceptanceNoticesDue", list: NoticesDueList, icon: AlarmIcon },
    { name: "myPendingEscalations", list: EscalationList, icon: GavelIcon },
    {
      name: "problemCategories",
      list: CategoryList,
      create: CategoryCreate,
      edit: CategoryEdit,
      icon: CategoryIcon,
      recordRepresentation: "label",
    },
  ],
  routes: [{ path: "/reports/:id/triage", element: <TriagePage /> }],
  menu: {
    label: "app.intake.menu",
    items: [
      {
        id: "reports",
        to: "/reports",
        label: "resources.reports.name",
        icon: <InboxIcon />,
        resource: "reports",
        action: "list",
      },
      {
        id: "register",
        to: "/reports/create",
        label: "app.intake.register_title",
        icon: <NoteAddIcon />,
        resource: "reports",
        action: "create",
      },
      {
        id: "unsignedReports",
        to: "/unsignedReports",
        label: "resources.unsignedReports.name",
        icon: <DrawIcon />,
        resource: "unsignedReports",
        action: "list",
      },
      {
        id: "triage",
        to: triageQueue,
        label: "app.intake.triage_queue",
        icon: <AltRouteIcon />,
        resource: "reports",
        action: "triage",
      },
      {
        id: "acceptanceNoticesDue",
        to: "/acceptanceNoticesDue",
        label: "resources.acceptanceNoticesDue.name",
        icon: <AlarmIcon />,
        resource: "acceptanceNoticesDue",
        action: "list",
      },
      {
        id: "myPendingEscalations",
        to: "/myPendingEscalations",
        label: "resources.myPendingEscalations.name",
        icon: <GavelIcon />,
        resource: "myPendingEscalations",
        action: "list",
      },
    ],
  },
};

/** Intake's part of the administration menu. */
export const intakeAdminItems = [
  {
    id: "problemCategories",
    to: "/problemCategories",
    label: "resources.problemCategories.name",
    icon: <CategoryIcon />,
    resource: "problemCategories",
    action: "list",
  },
];
