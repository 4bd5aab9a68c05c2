import { useEffect, useState } from "react";
import { Link, useDataProvider, useTranslate } from "react-admin";
import { Alert, Box, Typography } from "@mui/material";
import type { PortalDataProvider } from "../../data/dataProvider";
import { formatDateTime } from "../../components/fields";

/** How long typing must pause before the server is asked. */
const DEBOUNCE_MS = 600;

/** The registration form's values → the graph's RegistrationHintsInput (null: too little to compare yet). */
export function hintsInput(v: any): Record<string, unknown> | null {
  const summary = String(v?.summary ?? "").trim();
  if (summary.length < 4) return null;
  return {
    summary: summary.slice(0, 500),
    content: String(v?.content ?? "")
      .trim()
      .slice(0, 20000),
    category: v?.category || null,
    townId: v?.townId || null,
    subjects: (v?.subjects ?? [])
      .filter((s: any) => String(s?.name ?? "").trim())
      .slice(0, 20)
      .map((s: any) => ({ name: String(s.name).trim(), unitId: s.unitId || null, townId: s.townId || null })),
  };
}

function Match({ r, similarity }: { r: any; similarity?: number }) {
  return (
    <Box component="li" sx={{ fontSize: 14 }}>
      <Link to={`/reports/${encodeURIComponent(r.id)}/show`} target="_blank">
        {r.serial}
      </Link>{" "}
      {r.summary}（{formatDateTime(r.receivedAt, "zh-CN", false)}，{r.statusLabel}
      {similarity != null ? `，${Math.round(similarity * 100)}%` : ""}）
    </Box>
  );
}

/**
 * While the officer types the summary (and the text, subjects…): earlier reports that look
 * templated (贴牌) or repeat the same matter, as the registration would propose them for 查.
 * Asks the server after a pause in typing; the latest answer wins.
 */
export function RegistrationHints({ values }: { values: any }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PortalDataProvider>();
  const [hints, setHints] = useState<any | null>(null);
  const input = hintsInput(values);
  const key = JSON.stringify(input);
  useEffect(() => {
    if (!input) {
      setHints(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      dataProvider
        .run("reports", "hints", { input })
        .then((h) => current && setHints(h))
        // a hint that cannot be fetched is no reason to stop a registration
        .catch(() => current && setHints(null));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, dataProvider]);
  if (!hints || (!hints.templatedWith.length && !hints.repeatOf.length && !hints.flags.includes("NO_SUBSTANCE")))
    return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, width: "100%" }} data-testid="registration-hints">
      {hints.templatedWith.length > 0 && (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {translate("app.intake.hint_templated")}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {hints.templatedWith.map((t: any) => (
              <Match key={t.report.id} r={t.report} similarity={t.similarity} />
            ))}
          </Box>
        </>
      )}
      {hints.repeatOf.length > 0 && (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {translate("app.intake.hint_repeat", { count: hints.repeatCount })}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {hints.repeatOf.map((r: any) => (
              <Match key={r.id} r={r} />
            ))}
          </Box>
        </>
      )}
      {hints.flags.includes("NO_SUBSTANCE") && (
        <Typography variant="body2">{translate("app.intake.hint_no_substance")}</Typography>
      )}
      <Typography variant="caption" color="text.secondary">
        {translate("app.intake.hint_note")}
      </Typography>
    </Alert>
  );
}
