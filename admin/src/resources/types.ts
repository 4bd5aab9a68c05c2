import type { ComponentType, ReactElement, ReactNode } from "react";

/** One react-admin resource of a subgraph's screens. */
export interface PortalResource {
  name: string;
  list?: ComponentType;
  show?: ComponentType;
  create?: ComponentType;
  edit?: ComponentType;
  icon?: ComponentType;
  recordRepresentation?: string | ((record: any) => string);
}

export interface MenuEntry {
  /** Stable id for tests (data-menu). */
  id: string;
  to: string;
  /** Translation key (with smart_count for resource names). */
  label: string;
  icon: ReactElement;
  /** Shown when canAccess(roles, resource, action). */
  resource: string;
  action: string;
}

export interface MenuGroup {
  label: string;
  items: MenuEntry[];
}

/** What a subgraph folder contributes to the portal. */
export interface SubgraphScreens {
  resources: PortalResource[];
  /** Pages outside the resources; `public` ones show without the layout and without signing in. */
  routes: { path: string; element: ReactNode; public?: boolean }[];
  menu: MenuGroup;
}
