import type { ReportRoutedV2 } from "@prp/contracts";
import {
  WorkingCalendar,
  dropDatabase,
  openDatabase,
  type AuthUser,
  type Clock,
  type DatabaseTarget,
  type Role,
} from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import type { DataSource } from "typeorm";
import { entities } from "../../src/entities";
import { migrations } from "../../src/migrations";
import type { DirectoryPort } from "../../src/app/ports";
import type { CasesDeps } from "../../src/app/cases-deps";

/** A fresh cases database (SQLite file or MySQL database of its own) for one test file. */
export async function openCasesDatabase(name: string): Promise<{ db: DataSource; close(): Promise<void> }> {
  const { dataSource, target } = await openDatabase({
    subgraph: name,
    entities,
    migrations,
    databaseUrl: isolatedDatabaseUrl(),
  });
  return {
    db: dataSource,
    async close() {
      await dataSource.destroy();
      if ((target as DatabaseTarget).dialect === "mysql") await dropDatabase(target);
    },
  };
}

/** The directory as the tests need it: the published calendar, every unit active, regions as given. */
export function fakeDirectory(regions: Record<string, string[]> = {}): DirectoryPort {
  const calendar = new WorkingCalendar();
  return {
    calendar: async () => calendar,
    unit: async (id) => ({ id, name: `单位${id}`, kind: "SUPERVISION_OFFICE", active: true }),
    regionUnits: async (regionId) => ({ regionId, name: `片区${regionId}`, unitIds: regions[regionId] ?? [] }),
  };
}

/** A signed-in user of case handling, with only what the tests need to vary. */
export const caseUser = (id: string, roles: Role[], departmentId: string | null, displayName = id): AuthUser => ({
  id,
  username: id,
  displayName,
  roles,
  departmentId,
  townIds: [],
});

/** The use cases' collaborators in a test: its database, the actor, its clock, the fake directory. */
export const testDeps = (db: DataSource, actor: AuthUser | null, clock: Clock): CasesDeps => ({
  db,
  actor,
  clock,
  directory: fakeDirectory(),
  settings: { transferFeedbackWorkingDays: 15 },
});

/** intake's routing decision for report `n`: in scope, to office-1, real name, decided 2026-03-02. */
export const routedFacts = (n: number, serial: string, over: Partial<ReportRoutedV2> = {}): ReportRoutedV2 => ({
  reportId: `report-${n}`,
  serial,
  disposition: "PRELIMINARY_VERIFICATION",
  handlingDepartmentId: "office-1",
  copyToDepartmentId: null,
  dueDate: null,
  gradeHint: "SIMPLE",
  realName: true,
  decidedAt: "2026-03-02T02:00:00.000Z",
  decidedBy: "leader-1",
  origin: "SELF_RECEIVED",
  forwardingAuthority: null,
  townId: null,
  ...over,
});
