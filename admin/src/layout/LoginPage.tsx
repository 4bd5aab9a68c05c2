import { Login, LoginForm, useTranslate } from "react-admin";
import { Typography } from "@mui/material";

export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <Typography variant="h6" align="center" sx={{ mt: 1 }}>
        {translate("app.login_title")}
      </Typography>
      <Typography variant="body2" align="center" color="text.secondary">
        {translate("app.login_subtitle")}
      </Typography>
      <LoginForm />
    </Login>
  );
}
