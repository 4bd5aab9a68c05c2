import type { DataSource } from "typeorm";
import { Report } from "../entities/Report";
import { ensureDefaultCategories } from "../app/categories";
import { seedDemoReports } from "./demo-reports";
import { fetchDirectorySnapshot, type DirectorySource } from "./directory-snapshot";

export type { DirectorySnapshot, DirectorySource, DirectoryPerson, DirectoryUnit } from "./directory-snapshot";
export { fetchDirectorySnapshot } from "./directory-snapshot";

/**
 * First start: the default categories; with demo data on and an empty register, about 300
 * demo reports (demo-reports.ts). Those need the directory's ids, asked of the directory
 * subgraph (`directory`, replaceable in tests); when it never answers, the register stays
 * empty and the next start tries again.
 */
export async function seedIntake(
  db: DataSource,
  log: (line: string) => void,
  opts: { demoData: boolean },
  directory: DirectorySource = fetchDirectorySnapshot,
): Promise<void> {
  await ensureDefaultCategories({ db });
  if (!opts.demoData) return;
  if ((await db.getRepository(Report).count()) > 0) return;
  const snapshot = await directory(log);
  if (!snapshot) return;
  const result = await seedDemoReports(db, snapshot);
  if (!result) return;
  const share = (k: number) => `${Math.round((k / result.reports) * 100)}%`;
  const channels = (["LETTER", "ONLINE", "VISIT", "PHONE"] as const)
    .map((c) => `${{ LETTER: "信", ONLINE: "网", VISIT: "访", PHONE: "电" }[c]} ${share(result.byChannel[c] ?? 0)}`)
    .join("、");
  log(
    `演示数据：已生成 ${result.reports} 件信访举报（近 12 个月；${channels}；上级转交办 ${share(result.forwarded)}；实名 ${share(result.realName)}；` +
      `已审定 ${result.decided} 件，业务范围外 ${result.outOfScope} 件，待签收 ${result.unsigned} 件，待领导批示 ${result.pendingEscalations} 件；用时 ${result.ms} ms）`,
  );
}
