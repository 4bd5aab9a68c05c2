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
