import { useMemo } from "react";
import { useDataProvider } from "react-admin";
import type { PortalDataProvider } from "../../data/dataProvider";
import type { ActionOption } from "../../components/ActionDialog";

/** "serial summary", cut to a readable length. */
const withSummary = (serial: string, summary?: string | null) =>
  summary ? `${serial} ${summary.length > 30 ? `${summary.slice(0, 30)}…` : summary}` : serial;

/**
 * The choices the leader's forms offer, loaded when a dialog opens: the caller's linked towns,
 * the cases leadership follows for them, the active leaders, the units, reports by serial.
 * Stable functions (the dialogs load again only when they open).
 */
export function useLeadershipLookups() {
  const dataProvider = useDataProvider<PortalDataProvider>();
  return useMemo(
    () => ({
      linkedTowns: async (): Promise<ActionOption[]> =>
        (await dataProvider.run<any[]>("townMeetings", "linkedTowns", {})).map((t) => ({
          value: t.id,
          label: t.name,
        })),
      followedCases: async (): Promise<ActionOption[]> => {
        const cases = await dataProvider.run<any[]>("caseVisits", "followedCases", {});
        const seen = new Set<string>();
        return cases
          .filter((c) => !seen.has(c.id) && seen.add(c.id))
          .map((c) => ({ value: c.id, label: withSummary(c.serial, c.report?.summary) }));
      },
      leaders: async (): Promise<ActionOption[]> =>
        (await dataProvider.run<any[]>("receptions", "leaders", {})).map((u) => ({
          value: u.id,
          label: u.post ? `${u.displayName}（${u.post}）` : u.displayName,
        })),
      units: async (): Promise<ActionOption[]> =>
        (await dataProvider.run<any[]>("campaigns", "units", {})).map((u) => ({ value: u.id, label: u.name })),
      reports: async (search: string): Promise<ActionOption[]> =>
        (await dataProvider.run<any[]>("receptions", "findReports", { search })).map((r) => ({
          value: r.id,
          label: withSummary(r.serial, r.summary),
        })),
    }),
    [dataProvider],
  );
}
