/** The periods an analysis page offers, as Beijing dates (YYYY-MM-DD), from today's date. */
export type PeriodPreset = "LAST_MONTH" | "LAST_3_MONTHS" | "LAST_6_MONTHS" | "THIS_YEAR" | "LAST_YEAR";

export const PERIOD_PRESETS: PeriodPreset[] = [
  "LAST_MONTH",
  "LAST_3_MONTHS",
  "LAST_6_MONTHS",
  "THIS_YEAR",
  "LAST_YEAR",
];

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Full calendar months end yesterday's month; a year runs to today (or the whole last year). */
export function presetPeriod(preset: PeriodPreset, today: string): { from: string; to: string } {
  const [y, m] = today.split("-").map(Number);
  const monthsBack = (n: number) => ({
    from: iso(new Date(Date.UTC(y, m - 1 - n, 1))),
    to: iso(new Date(Date.UTC(y, m - 1, 0))),
  });
  switch (preset) {
    case "LAST_MONTH":
      return monthsBack(1);
    case "LAST_3_MONTHS":
      return monthsBack(3);
    case "LAST_6_MONTHS":
      return monthsBack(6);
    case "THIS_YEAR":
      return { from: `${y}-01-01`, to: today };
    case "LAST_YEAR":
      return { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` };
  }
}
