import { notFound } from "@prp/kit";
import type { StaffMember } from "../domain/coverage";

export type { StaffMember } from "../domain/coverage";

/**
 * What training needs to know about people and departments; the directory owns them
 * (src/infra/directory-client.ts asks it over the graph, tests pass a fixed list).
 */
export interface PeopleDirectory {
  /** Every active person, with their department. */
  activeStaff(): Promise<StaffMember[]>;
  /** Every active department. */
  departments(): Promise<Array<{ id: string; name: string }>>;
}

/** The named people, or NOT_FOUND listing the ids that are not active staff. */
export async function requireStaff(people: PeopleDirectory, ids: string[], what: string): Promise<StaffMember[]> {
  const staff = await people.activeStaff();
  const byId = new Map(staff.map((s) => [s.id, s]));
  const missing = [...new Set(ids)].filter((id) => !byId.has(id));
  if (missing.length) throw notFound(`${what}（在职人员）`, missing.join(", "));
  return [...new Set(ids)].map((id) => byId.get(id)!);
}

export async function requireDepartments(people: PeopleDirectory, ids: string[]): Promise<void> {
  const known = new Set((await people.departments()).map((d) => d.id));
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (missing.length) throw notFound("部门", missing.join(", "));
}
