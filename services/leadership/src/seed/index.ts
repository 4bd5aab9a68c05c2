import type { DataSource } from "typeorm";

/**
 * Leadership's data comes from the other subgraphs' events, so the seed writes nothing at start:
 * the demo ownerships (seed/demo-ownership.ts) follow once demo cases have been screened.
 */
export async function seedLeadership(
  _db: DataSource,
  _log: (line: string) => void,
  _opts: { demoData: boolean },
): Promise<void> {}

export { demoOwnershipOnceScreened } from "./demo-ownership";
export { demoCampaignFromHotspot } from "./demo-campaign";

/** Follow-up steps run one after the other: each is retried until it returns true, then the next. */
export function inTurn<D>(...steps: ((deps: D) => Promise<boolean>)[]): (deps: D) => Promise<boolean> {
  return async (deps) => {
    while (steps.length) {
      if (!(await steps[0](deps))) return false;
      steps.shift();
    }
    return true;
  };
}
