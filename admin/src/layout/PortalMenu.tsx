import { Menu, usePermissions, useTranslate } from "react-admin";
import { Divider, ListSubheader } from "@mui/material";
import { canAccess } from "../auth/access";
import { MENU_GROUPS } from "../resources";

/** The menu shows only what the signed-in roles may open, grouped by area of the work. */
export function PortalMenu() {
  const { permissions } = usePermissions<string[]>();
  const translate = useTranslate();
  const roles = permissions ?? [];
  return (
    <Menu>
      <Menu.DashboardItem />
      {MENU_GROUPS.map((group) => {
        const items = group.items.filter((i) => canAccess(roles, i.resource, i.action));
        if (!items.length) return null;
        return [
          <Divider key={`${group.label}-divider`} />,
          <ListSubheader key={group.label} sx={{ lineHeight: "32px", bgcolor: "transparent" }}>
            {translate(group.label)}
          </ListSubheader>,
          ...items.map((i) => (
            <Menu.Item
              key={i.to}
              to={i.to}
              primaryText={translate(i.label, { smart_count: 2 })}
              leftIcon={i.icon}
              data-menu={i.id}
            />
          )),
        ];
      })}
    </Menu>
  );
}
