import { WorkingCalendar, badInput, conflict, notFound } from "@prp/kit/core";
import type { DirectoryDepartment, DirectoryPort } from "../app/ports";
import type { DirectorySnapshot } from "./directory-snapshot";

/**
 * The directory as the demo seed's use cases see it: answered from the snapshot taken once at
 * first start, with the same refusals as the directory subgraph (an unknown department, a
 * department that is not competent, one without a liaison office or group).
 */
export function snapshotDirectory(dir: DirectorySnapshot): DirectoryPort {
  const calendar = new WorkingCalendar(dir.calendarOverrides ?? []);
  const departments = new Map<string, DirectoryDepartment>();
  const add = (unit: { id: string; name: string } | null | undefined, kind: string) => {
    if (unit && !departments.has(unit.id))
      departments.set(unit.id, { id: unit.id, name: unit.name, kind, active: true });
  };
  add(dir.petitionOffice, "PETITION_OFFICE");
  add(dir.caseSupervisionOffice, "CASE_SUPERVISION_OFFICE");
  dir.supervisionOffices.forEach((u) => add(u, "SUPERVISION_OFFICE"));
  dir.stationedGroups.forEach((u) => add(u, "STATIONED_GROUP"));
  dir.townCommittees.forEach((u) => add(u, "TOWN_COMMITTEE"));
  dir.competentDepartments.forEach((u) => add(u, "COMPETENT_DEPARTMENT"));
  // liaison targets the lists above may not hold
  dir.competentDepartments.forEach((u) => add(u.stationedGroup, "STATIONED_GROUP"));
  dir.competentDepartments.forEach((u) => add(u.copyTo, "SUPERVISION_OFFICE"));
  const leaders = new Map(dir.leaders.map((l) => [l.id, l]));
  const towns = new Set(dir.towns.map((t) => t.id));
  const competent = new Map(dir.competentDepartments.map((c) => [c.id, c]));

  const department = async (id: string) => {
    const d = departments.get(id);
    if (!d) throw notFound("部门", id);
    return d;
  };
  return {
    calendar: async () => calendar,
    department,
    async leader(id) {
      const l = leaders.get(id);
      if (!l) throw notFound("领导", id);
      return { id: l.id, displayName: l.displayName };
    },
    async copyTo(departmentId) {
      const d = await department(departmentId);
      const c = competent.get(departmentId);
      if (!c) throw badInput(`“${d.name}”不是主管部门，业务范围外事项应移交主管部门`);
      if (!c.copyTo) throw conflict(`主管部门“${d.name}”尚未设置联系室或派驻组，请先由管理员在组织机构中设置联系关系`);
      return { copyToId: c.copyTo.id, copyToName: c.copyTo.name, departmentName: c.name };
    },
    async unknownIds(ids) {
      return {
        towns: ids.towns.filter((id) => !towns.has(id)),
        departments: ids.departments.filter((id) => !departments.has(id)),
      };
    },
  };
}
