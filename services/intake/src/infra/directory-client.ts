import { DirectoryCalendar, askSubgraph, badInput, conflict, notFound } from "@prp/kit";
import type { DirectoryDepartment, DirectoryPort, UnitSector, UnitSectorsPort } from "../app/ports";

function askDirectory<T>(query: string, variables: Record<string, unknown>, what: string): Promise<T> {
  return askSubgraph<T>("intake", "directory", query, variables, what);
}

/** The working-day calendar with the directory's overrides (cached). */
const calendar = new DirectoryCalendar("intake");

/** The units' sectors from the directory's entity resolver (one IN (…) query there). */
export const unitSectors: UnitSectorsPort = async (unitIds) => {
  const ids = [...new Set(unitIds)];
  if (!ids.length) return new Map();
  const r = await askDirectory<{ _entities: ((UnitSector & { id: string }) | null)[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Department { id sector sectorName } } }`,
    { r: ids.map((id) => ({ __typename: "Department", id })) },
    "单位所属行业系统",
  );
  return new Map(
    r._entities.flatMap((d) => (d?.id ? [[d.id, { sector: d.sector, sectorName: d.sectorName }] as const] : [])),
  );
};

/** The directory subgraph over the graph (service token), as the API's use cases see it. */
export const directoryClient: DirectoryPort = {
  calendar: () => calendar.get(),

  async department(id) {
    const r = await askDirectory<{ department: DirectoryDepartment | null }>(
      `query($id: ID!) { department(id: $id) { id name kind active } }`,
      { id },
      "部门",
    );
    if (!r.department) throw notFound("部门", id);
    if (!r.department.active) throw conflict(`部门“${r.department.name}”已停用`);
    return r.department;
  },

  async leader(id) {
    const r = await askDirectory<{
      user: { id: string; displayName: string; roles: string[]; active: boolean } | null;
    }>(`query($id: ID!) { user(id: $id) { id displayName roles active } }`, { id }, "领导");
    if (!r.user || !r.user.active) throw notFound("领导", id);
    if (!r.user.roles.includes("LEADER")) throw badInput(`“${r.user.displayName}”不是委领导，紧急事项只能呈报领导`);
    return r.user;
  },

  async copyTo(departmentId, on) {
    const r = await askDirectory<{
      liaisonFor: {
        department: { name: string; kind: string };
        contactOffice: { id: string; name: string } | null;
        stationedGroup: { id: string; name: string } | null;
      };
    }>(
      `query($d: ID!, $on: String) { liaisonFor(departmentId: $d, on: $on) { department { name kind } contactOffice { id name } stationedGroup { id name } } }`,
      { d: departmentId, on },
      "主管部门",
    );
    const l = r.liaisonFor;
    if (l.department.kind !== "COMPETENT_DEPARTMENT")
      throw badInput(`“${l.department.name}”不是主管部门，业务范围外事项应移交主管部门`);
    const target = l.contactOffice ?? l.stationedGroup;
    if (!target)
      throw conflict(`主管部门“${l.department.name}”尚未设置联系室或派驻组，请先由管理员在组织机构中设置联系关系`);
    return { copyToId: target.id, copyToName: target.name, departmentName: l.department.name };
  },

  async unknownIds({ towns, departments }) {
    // the directory's entity resolver answers many references with one IN (…) query each; null for an unknown id
    const representations = [
      ...towns.map((id) => ({ __typename: "Town", id })),
      ...departments.map((id) => ({ __typename: "Department", id })),
    ];
    if (!representations.length) return { towns: [], departments: [] };
    const r = await askDirectory<{ _entities: ({ id: string } | null)[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Town { id } ... on Department { id } } }`,
      { r: representations },
      "镇（街道）和部门",
    );
    const missing = (i: number) => !r._entities[i]?.id;
    return {
      towns: towns.filter((_, i) => missing(i)),
      departments: departments.filter((_, i) => missing(towns.length + i)),
    };
  },
};
