import { callSubgraph } from "@prp/kit";

/** What the demo handling needs from the directory: people who act, and units to hand tasks to. */
export interface DemoDirectory {
  leaders: { id: string; displayName: string }[];
  handlers: { id: string; displayName: string; departmentId: string | null }[];
  stationedGroups: string[];
  /** Supervision offices and stationed groups: they serve every region. */
  cityWide: string[];
  regions: { id: string; committees: string[] }[];
}

/** Asked once, over the graph; null when the directory does not answer (the next start tries again). */
export async function readDemoDirectory(log: (line: string) => void): Promise<DemoDirectory | null> {
  try {
    const r = await callSubgraph<{
      leaders: { items: { id: string; displayName: string }[] };
      handlers: { items: { id: string; displayName: string; department: { id: string } | null }[] };
      departments: { items: { id: string }[] };
      offices: { items: { id: string }[] };
      regions: { id: string; towns: { committee: { id: string } | null }[] }[];
    }>(
      "cases",
      "directory",
      `{
      leaders: users(role: LEADER, active: true, limit: 50) { items { id displayName } }
      handlers: users(role: CASE_HANDLER, active: true, limit: 100) { items { id displayName department { id } } }
      departments(kinds: [STATIONED_GROUP], active: true, limit: 100) { items { id } }
      offices: departments(kinds: [SUPERVISION_OFFICE, STATIONED_GROUP], active: true, limit: 100) { items { id } }
      regions(active: true) { id towns { committee { id } } }
    }`,
    );
    return {
      leaders: r.leaders.items,
      handlers: r.handlers.items.map((h) => ({
        id: h.id,
        displayName: h.displayName,
        departmentId: h.department?.id ?? null,
      })),
      stationedGroups: r.departments.items.map((d) => d.id),
      cityWide: r.offices.items.map((d) => d.id),
      regions: r.regions.map((g) => ({
        id: g.id,
        committees: g.towns.map((t) => t.committee?.id).filter((x): x is string => !!x),
      })),
    };
  } catch (err) {
    log(`演示办理数据：暂时无法读取组织机构（${(err as Error).message}），下次启动再试`);
    return null;
  }
}
