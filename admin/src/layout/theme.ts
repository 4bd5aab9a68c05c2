import { defaultTheme, type RaThemeOptions } from "react-admin";

/** react-admin's default theme with fonts that have Chinese glyphs first. */
export const portalTheme: RaThemeOptions = {
  ...defaultTheme,
  typography: {
    fontFamily: [
      '"Noto Sans CJK SC"',
      '"PingFang SC"',
      '"Microsoft YaHei"',
      '"Source Han Sans SC"',
      "Roboto",
      "sans-serif",
    ].join(","),
  },
  palette: { ...defaultTheme.palette, primary: { main: "#b71c1c" }, secondary: { main: "#8d1b1b" } },
};
