import { useEffect, type ReactNode } from "react";
import { Layout, useLocaleState, useNotify } from "react-admin";
import { ThemeProvider, createTheme, type Theme } from "@mui/material/styles";
import { zhCN, enUS } from "@mui/material/locale";
import { PortalMenu } from "./PortalMenu";
import { onPartialFailure } from "../data/partialFailures";

/** Tells the user when part of a page's data could not be loaded (a subgraph is down). */
function PartialFailureNotifier() {
  const notify = useNotify();
  useEffect(
    () => onPartialFailure((message) => notify(message, { type: "warning", autoHideDuration: 8000 })),
    [notify],
  );
  return null;
}

/** MUI's own component texts and date pickers follow the chosen language. */
function MuiLocale({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  return (
    <ThemeProvider theme={(outer: Theme) => createTheme(outer, locale === "en" ? enUS : zhCN)}>
      {children}
    </ThemeProvider>
  );
}

export function PortalLayout({ children }: { children: ReactNode }) {
  return (
    <MuiLocale>
      <Layout menu={PortalMenu}>
        <PartialFailureNotifier />
        {children}
      </Layout>
    </MuiLocale>
  );
}
