/** 全员培训: the share of each department's active staff who attended at least one session. */

export interface StaffMember {
  id: string;
  displayName: string;
  departmentId: string | null;
  departmentName: string | null;
}

export interface DepartmentCoverage {
  departmentId: string | null;
  departmentName: string;
  staff: number;
  trained: number;
  /** trained ÷ staff, three decimals (0 for a department without staff). */
  share: number;
  missing: StaffMember[];
}

export interface Coverage {
  staff: number;
  trained: number;
  share: number;
  departments: DepartmentCoverage[];
}

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : 0);

/** Staff are the directory's active people; someone trained but no longer active does not count. */
export function computeCoverage(staff: StaffMember[], trainedUserIds: ReadonlySet<string>): Coverage {
  const groups = new Map<string, { name: string; id: string | null; members: StaffMember[] }>();
  for (const m of staff) {
    const key = m.departmentId ?? "";
    if (!groups.has(key)) groups.set(key, { id: m.departmentId, name: m.departmentName ?? "未分配部门", members: [] });
    groups.get(key)!.members.push(m);
  }
  const departments = [...groups.values()]
    .map((g) => {
      const trained = g.members.filter((m) => trainedUserIds.has(m.id)).length;
      return {
        departmentId: g.id,
        departmentName: g.name,
        staff: g.members.length,
        trained,
        share: share(trained, g.members.length),
        missing: g.members.filter((m) => !trainedUserIds.has(m.id)),
      };
    })
    .sort((a, b) => a.share - b.share || a.departmentName.localeCompare(b.departmentName, "zh"));
  const trained = staff.filter((m) => trainedUserIds.has(m.id)).length;
  return { staff: staff.length, trained, share: share(trained, staff.length), departments };
}
