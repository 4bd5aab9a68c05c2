import { Login, LoginForm, useTranslate } from "react-admin";
import { Link, Typography } from "@mui/material";

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
      <Typography variant="body2" align="center" sx={{ mb: 2 }}>
        <Link href="#/public/receptions" data-testid="public-schedule-link">
          {translate("app.public_schedule_link")}
        </Link>
      </Typography>
    </Login>
  );
}
