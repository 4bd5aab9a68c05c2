import type { DataSource } from "typeorm";
import { DEFAULT_PROBLEM_CATEGORIES } from "../domain/labels";
import { ProblemCategoryOption } from "../entities/support";

/** The default problem categories, on an empty table only (administrators may change them later). */
export async function seedCategories(db: DataSource): Promise<void> {
  const repo = db.getRepository(ProblemCategoryOption);
  if ((await repo.count()) > 0) return;
  await repo.insert(DEFAULT_PROBLEM_CATEGORIES.map((c) => ({ code: c.code, label: c.label, active: true })));
}
