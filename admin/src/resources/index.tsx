import type { MenuGroup, PortalResource } from "./types";
import { directoryScreens } from "./directory";
import { intakeAdminItems, intakeScreens } from "./intake";
import { trainingScreens } from "./training";
import { casesAdminItems, casesScreens } from "./cases";
import { leadershipScreens } from "./leadership";
import { analysisScreens } from "./analysis";

/**
 * Every subgraph's screens. Adding a subgraph: a folder like resources/intake (operations.ts,
 * messages.ts, screens, index.tsx), then one line each here, in data/operationTable.ts,
 * resources/messages.ts and auth/access.ts.
 */
const SCREENS = [intakeScreens, casesScreens, directoryScreens, trainingScreens, leadershipScreens, analysisScreens];

export const RESOURCES: PortalResource[] = SCREENS.flatMap((s) => s.resources);
export const CUSTOM_ROUTES = SCREENS.flatMap((s) => s.routes);
export const MENU_GROUPS: MenuGroup[] = [
  intakeScreens.menu,
  casesScreens.menu,
  leadershipScreens.menu,
  analysisScreens.menu,
  { ...directoryScreens.menu, items: [...directoryScreens.menu.items, ...intakeAdminItems, ...casesAdminItems] },
  trainingScreens.menu,
];
