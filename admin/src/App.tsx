import { Admin, CustomRoutes, Resource } from "react-admin";
import { Route } from "react-router-dom";
import { dataProvider } from "./data/dataProvider";
import { authProvider } from "./auth/authProvider";
import { i18nProvider } from "./i18n/i18nProvider";
import { PortalLayout } from "./layout/PortalLayout";
import { LoginPage } from "./layout/LoginPage";
import { portalTheme } from "./layout/theme";
import { Dashboard } from "./dashboard/Dashboard";
import { RESOURCES, CUSTOM_ROUTES } from "./resources";

export function App() {
  return (
    <Admin
      title="信访举报工作平台"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={PortalLayout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      theme={portalTheme}
      requireAuth
      disableTelemetry
    >
      {RESOURCES.map((r) => (
        <Resource
          key={r.name}
          name={r.name}
          list={r.list}
          show={r.show}
          create={r.create}
          edit={r.edit}
          icon={r.icon}
          recordRepresentation={r.recordRepresentation}
        />
      ))}
      <CustomRoutes>
        {CUSTOM_ROUTES.filter((r) => !r.public).map((r) => (
          <Route key={r.path} path={r.path} element={r.element} />
        ))}
      </CustomRoutes>
      {/* react-admin renders routes without the layout whatever the sign-in state */}
      <CustomRoutes noLayout>
        {CUSTOM_ROUTES.filter((r) => r.public).map((r) => (
          <Route key={r.path} path={r.path} element={r.element} />
        ))}
      </CustomRoutes>
    </Admin>
  );
}
