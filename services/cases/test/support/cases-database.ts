import { WorkingCalendar, dropDatabase, openDatabase, type DatabaseTarget } from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import type { DataSource } from "typeorm";
import { entities } from "../../src/entities";
import { migrations } from "../../src/migrations";
import type { DirectoryPort } from "../../src/app/ports";

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
