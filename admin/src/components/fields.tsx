import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { Chip, Stack } from "@mui/material";

/** record.a.b for source "a.b". */
function get(record: any, path: string): any {
  return path.split(".").reduce((v, k) => (v == null ? v : v[k]), record);
}

/** An enum value shown with its label from app.<prefix>.<VALUE>. */
export function EnumField({ source, prefix }: { source: string; prefix: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record ? get(record, source) : null;
  if (value === null || value === undefined) return null;
  return <span>{translate(`${prefix}.${value}`, { _: String(value) })}</span>;
}

/** Several enum values as chips. */
export function EnumChips({ source, prefix }: { source: string; prefix: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const values: string[] = (record ? get(record, source) : null) ?? [];
  if (!values.length) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: "wrap" }}>
      {values.map((v) => (
        <Chip key={v} size="small" label={translate(`${prefix}.${v}`, { _: v })} />
      ))}
    </Stack>
  );
}

/** Names of nested objects (towns { name }) joined. */
export function NamesField({ source }: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const items: { name: string }[] = (record ? get(record, source) : null) ?? [];
  return <span>{items.map((i) => i.name).join("、")}</span>;
}

/** A date-time in the portal's language, Beijing time. */
export function formatDateTime(value: string | null | undefined, locale: string, withTime = true): string {
  if (!value) return "";
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleString(locale === "en" ? "en-GB" : "zh-CN", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    ...(withTime ? { hour: "2-digit", minute: "2-digit", hour12: false } : {}),
  });
}

export function DateTimeField({
  source,
  showTime = true,
}: {
  source: string;
  label?: string;
  sortable?: boolean;
  showTime?: boolean;
}) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const value = record ? get(record, source) : null;
  return <span>{formatDateTime(value, locale, showTime)}</span>;
}

/** Working days left on a deadline ({ workingDaysLeft, overdue }) as a coloured countdown. */
export function CountdownField({ source }: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const d = record ? get(record, source) : null;
  if (!d) return null;
  const left: number = d.workingDaysLeft;
  const label =
    left < 0
      ? translate("app.intake.overdue_days", { days: -left })
      : left === 0
        ? translate("app.intake.due_today")
        : translate("app.intake.days_left", { days: left });
  const color = left < 0 ? "error" : left <= 3 ? "warning" : "default";
  return <Chip size="small" color={color} label={`${label}（${d.dueDate}）`} data-countdown={left} />;
}

/** Today in Beijing (YYYY-MM-DD): the same-day rule is counted in Beijing's calendar. */
export function beijingToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function beijingDate(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
