import type { DataSource } from "typeorm";
import { Not } from "typeorm";
import { Case } from "../entities/Case";
import { CaseStatus } from "../domain/enums";
import type { CasesDeps } from "../app/cases-deps";
import { readDemoDirectory } from "./demo-directory";
import { seedDemoHandling } from "./demo-handling";
import { seedDemoExtras } from "./demo-extras";

/**
 * Case handling has nothing to seed on an empty database: its cases and transfers are opened by
 * intake's routing events (the demo routings included) through the consumer. The demo handling
 * (demoHandlingOnceOpened) follows once they are.
 */
export async function seedCases(
  _db: DataSource,
  _log: (line: string) => void,
  _opts: { demoData: boolean },
): Promise<void> {}

/**
 * After a poll of intake's events: when demo cases are open and none has been worked on yet, take
 * some of them further through the use cases. Returns true when there is nothing more to do.
 */
export function demoHandlingOnceOpened(db: DataSource, log: (line: string) => void) {
  return async (deps: Omit<CasesDeps, "db" | "actor">): Promise<boolean> => {
    const repo = db.getRepository(Case);
    if ((await repo.count()) === 0) return false; // the demo routings have not arrived yet
    if ((await repo.countBy({ status: Not(CaseStatus.PENDING_ACCEPTANCE) })) > 0) return true; // already done (or real work began)
    const dir = await readDemoDirectory(log);
    if (!dir) return false;
    await seedDemoHandling(db, dir, deps.directory, deps.settings, log);
    // then the reporter loop, transfer supervision and colour labels on what the handling produced
    await seedDemoExtras(db, dir, deps.directory, deps.settings, log);
    return true;
  };
}
