import type { DataSource } from "typeorm";

/** Demo data: owned cases with their analysis sessions, once case handling's demo cases have reached us. */
export async function seedLeadership(
  _db: DataSource,
  _log: (line: string) => void,
  opts: { demoData: boolean },
): Promise<void> {
  if (!opts.demoData) return;
}
