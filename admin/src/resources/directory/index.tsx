import ApartmentIcon from "@mui/icons-material/Apartment";
import MapIcon from "@mui/icons-material/Map";
import HolidayVillageIcon from "@mui/icons-material/HolidayVillage";
import PeopleIcon from "@mui/icons-material/People";
import LinkIcon from "@mui/icons-material/Link";
import EventIcon from "@mui/icons-material/Event";
import type { SubgraphScreens } from "../types";
import {
  CalendarCreate,
  CalendarList,
  DepartmentCreate,
  DepartmentEdit,
  DepartmentList,
  LiaisonCreate,
  LiaisonList,
  RegionCreate,
  RegionEdit,
  RegionList,
  TownCreate,
  TownEdit,
  TownList,
  UserCreate,
  UserEdit,
  UserList,
} from "./screens";

/** 机构与人员 (directory): the administrator's screens. */
export const directoryScreens: SubgraphScreens = {
  resources: [
    {
      name: "departments",
      list: DepartmentList,
      create: DepartmentCreate,
      edit: DepartmentEdit,
      icon: ApartmentIcon,
      recordRepresentation: "name",
    },
    {
      name: "regions",
      list: RegionList,
      create: RegionCreate,
      edit: RegionEdit,
      icon: MapIcon,
      recordRepresentation: "name",
    },
    {
      name: "towns",
      list: TownList,
      create: TownCreate,
      edit: TownEdit,
      icon: HolidayVillageIcon,
      recordRepresentation: "name",
    },
    {
      name: "users",
      list: UserList,
      create: UserCreate,
      edit: UserEdit,
      icon: PeopleIcon,
      recordRepresentation: "displayName",
    },
    { name: "liaisonMappings", list: LiaisonList, create: LiaisonCreate, icon: LinkIcon },
    {
      name: "calendarOverrides",
      list: CalendarList,
      create: CalendarCreate,
      icon: EventIcon,
      recordRepresentation: "date",
    },
  ],
  routes: [],
  menu: {
    label: "app.directory.menu",
    items: [
      {
        id: "departments",
        to: "/departments",
        label: "resources.departments.name",
        icon: <ApartmentIcon />,
        resource: "departments",
        action: "list",
      },
      {
        id: "regions",
        to: "/regions",
        label: "resources.regions.name",
        icon: <MapIcon />,
        resource: "regions",
        action: "list",
      },
      {
        id: "towns",
        to: "/towns",
        label: "resources.towns.name",
        icon: <HolidayVillageIcon />,
        resource: "towns",
        action: "list",
      },
      {
        id: "users",
        to: "/users",
        label: "resources.users.name",
        icon: <PeopleIcon />,
        resource: "users",
        action: "list",
      },
      {
        id: "liaisonMappings",
        to: "/liaisonMappings",
        label: "resources.liaisonMappings.name",
        icon: <LinkIcon />,
        resource: "liaisonMappings",
        action: "list",
      },
      {
        id: "calendarOverrides",
        to: "/calendarOverrides",
        label: "resources.calendarOverrides.name",
        icon: <EventIcon />,
        resource: "calendarOverrides",
        action: "list",
      },
    ],
  },
};
