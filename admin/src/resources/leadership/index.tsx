import HowToRegIcon from "@mui/icons-material/HowToReg";
import AssignmentIndIcon from "@mui/icons-material/AssignmentInd";
import GroupsIcon from "@mui/icons-material/Groups";
import RecordVoiceOverIcon from "@mui/icons-material/RecordVoiceOver";
import EventAvailableIcon from "@mui/icons-material/EventAvailable";
import DirectionsWalkIcon from "@mui/icons-material/DirectionsWalk";
import CampaignIcon from "@mui/icons-material/Campaign";
import type { MenuEntry, SubgraphScreens } from "../types";
import { ScreeningQueueList } from "./queue";
import { MyOwnedCasesList } from "./owned";
import { CaseVisitList, TownMeetingList } from "./fieldWork";
import { PublicSchedulePage, PublishedSchedulePage, ReceptionList } from "./receptions";
import { CampaignList, CampaignShow } from "./campaigns";

const item = (id: string, label: string, icon: MenuEntry["icon"], resource = id, action = "list"): MenuEntry => ({
  id,
  to: `/${id}`,
  label,
  icon,
  resource,
  action,
});

/**
 * 领导包案 (leadership): the screening queue to claim from, the leader's own cases with their
 * reminders, and the work outside them: linked-town meetings, public receptions (with the
 * published schedule), case visits and special rectification campaigns.
 */
export const leadershipScreens: SubgraphScreens = {
  resources: [
    { name: "screeningQueue", list: ScreeningQueueList, icon: HowToRegIcon, recordRepresentation: "serial" },
    { name: "myOwnedCases", list: MyOwnedCasesList, icon: AssignmentIndIcon, recordRepresentation: "serial" },
    { name: "ownershipReminders" },
    { name: "townMeetings", list: TownMeetingList, icon: GroupsIcon },
    { name: "receptions", list: ReceptionList, icon: RecordVoiceOverIcon },
    { name: "caseVisits", list: CaseVisitList, icon: DirectionsWalkIcon },
    { name: "campaigns", list: CampaignList, show: CampaignShow, icon: CampaignIcon, recordRepresentation: "topic" },
  ],
  routes: [
    { path: "/receptionSchedule", element: <PublishedSchedulePage /> },
    { path: "/public/receptions", element: <PublicSchedulePage />, public: true },
  ],
  menu: {
    label: "app.leadership.menu",
    items: [
      item("screeningQueue", "resources.screeningQueue.name", <HowToRegIcon />),
      item("myOwnedCases", "resources.myOwnedCases.name", <AssignmentIndIcon />),
      item("townMeetings", "resources.townMeetings.name", <GroupsIcon />),
      item("receptions", "resources.receptions.name", <RecordVoiceOverIcon />),
      item("receptionSchedule", "app.leadership.field.published", <EventAvailableIcon />, "receptions"),
      item("caseVisits", "resources.caseVisits.name", <DirectionsWalkIcon />),
      item("campaigns", "resources.campaigns.name", <CampaignIcon />),
    ],
  },
};
