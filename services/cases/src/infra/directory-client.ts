import { DirectoryCalendar, askSubgraph, conflict, notFound } from "@prp/kit";
import type { DirectoryPort, DirectoryUnit } from "../app/ports";

function askDirectory<T>(query: string, variables: Record<string, unknown>, what: string): Promise<T> {
  return askSubgraph<T>("cases", "directory", query, variables, what);
}

/** The working-day calendar with the directory's overrides (cached). */
const calendar = new DirectoryCalendar("cases");

/** The commission's own units serve every region: a 片区 coordination may draw on them. */
const CITY_WIDE_KINDS = ["SUPERVISION_OFFICE", "STATIONED_GROUP"];

/** The directory subgraph over the graph (service token), as case handling's use cases see it. */
export const directoryClient: DirectoryPort = {
  calendar: () => calendar.get(),

  async unit(id) {
    const r = await askDirectory<{ department: DirectoryUnit | null }>(
      `query($id: ID!) { department(id: $id) { id name kind active } }`,
      { id },
      "单位",
    );
    if (!r.department) throw notFound("单位", id);
    if (!r.department.active) throw conflict(`单位“${r.department.name}”已停用`);
    return r.department;
  },

  async regionUnits(regionId) {
    const r = await askDirectory<{
      region: { id: string; name: string; active: boolean; towns: { committee: { id: string } | null }[] } | null;
      departments: { items: { id: string }[] };
    }>(
      `query($id: ID!, $kinds: [DepartmentKind!]) { region(id: $id) { id name active towns { committee { id } } } departments(kinds: $kinds, active: true, limit: 100) { items { id } } }`,
      { id: regionId, kinds: CITY_WIDE_KINDS },
      "片区",
    );
    if (!r.region) throw notFound("片区", regionId);
    if (!r.region.active) throw conflict(`片区“${r.region.name}”已停用`);
    const committees = r.region.towns.map((t) => t.committee?.id).filter((x): x is string => !!x);
    return {
      regionId: r.region.id,
      name: r.region.name,
      unitIds: [...committees, ...r.departments.items.map((d) => d.id)],
    };
  },
};
