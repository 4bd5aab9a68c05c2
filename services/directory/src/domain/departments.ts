import { DepartmentKind, LiaisonKind } from "./kinds";

export interface DepartmentShape {
  id?: string;
  kind: DepartmentKind;
  townId: string | null;
  parentId: string | null;
}

/** Problems with a department's own fields, in words an administrator understands. */
export function departmentShapeProblems(d: DepartmentShape): string[] {
  const problems: string[] = [];
  if (d.kind === DepartmentKind.TOWN_COMMITTEE && !d.townId)
    problems.push("镇（街道）纪（工）委必须指定所属镇（街道）");
  if (d.kind !== DepartmentKind.TOWN_COMMITTEE && d.townId)
    problems.push("只有镇（街道）纪（工）委可以指定所属镇（街道）");
  if (d.id && d.parentId === d.id) problems.push("上级部门不能是部门自身");
  return problems;
}

/** True when making `parentId` the parent of `id` would close a loop in the hierarchy. */
export function createsParentCycle(
  id: string,
  parentId: string | null,
  parentOf: (id: string) => string | null | undefined,
): boolean {
  const seen = new Set<string>();
  let cursor = parentId;
  while (cursor) {
    if (cursor === id) return true;
    if (seen.has(cursor)) return true; // an existing loop: refuse rather than spin
    seen.add(cursor);
    cursor = parentOf(cursor) ?? null;
  }
  return false;
}

/** The kind of department a liaison mapping of this kind must point to. */
export function liaisonTargetKind(kind: LiaisonKind): DepartmentKind {
  return kind === LiaisonKind.CONTACT_OFFICE ? DepartmentKind.SUPERVISION_OFFICE : DepartmentKind.STATIONED_GROUP;
}

/** A town's committee among the departments attached to it: the active one (at most one, by the uniqueness rule). */
export function activeTownCommittee<D extends { kind: DepartmentKind; active: boolean }>(attached: D[]): D | null {
  return attached.find((d) => d.kind === DepartmentKind.TOWN_COMMITTEE && d.active) ?? null;
}
