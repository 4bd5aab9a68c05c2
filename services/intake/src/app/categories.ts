import type { EntityManager } from "typeorm";
import { badInput, writeAudit } from "@prp/kit";
import { ProblemCategoryOption } from "../entities/ProblemCategoryOption";
import { DEFAULT_PROBLEM_CATEGORIES } from "../domain/labels";
import { reader, transaction, type IntakeDeps } from "./intake-deps";

/** A category a new report may still use; BAD_USER_INPUT for an unknown or retired one. */
export async function activeCategory(em: EntityManager, code: string): Promise<ProblemCategoryOption> {
  const c = await em.findOneBy(ProblemCategoryOption, { code });
  if (!c || !c.active) throw badInput(`问题类别“${code}”不存在或已停用`);
  return c;
}

/** The categories to choose from (retired ones too when asked). */
export function listProblemCategories(
  deps: Pick<IntakeDeps, "db">,
  includeInactive: boolean,
): Promise<ProblemCategoryOption[]> {
  return reader(deps).find(ProblemCategoryOption, {
    where: includeInactive ? {} : { active: true },
    order: { code: "ASC" },
  });
}

/** Adds or changes a category; a retired one can no longer be chosen, reports already registered keep it. */
export async function setProblemCategory(
  deps: IntakeDeps,
  input: { code: string; label: string; active: boolean },
): Promise<ProblemCategoryOption> {
  if (!/^[A-Z][A-Z0-9_]{1,31}$/.test(input.code))
    throw badInput("类别编码应为 2–32 位大写字母、数字或下划线，以字母开头");
  if (!input.label.trim() || input.label.length > 50) throw badInput("类别名称应为 1–50 字");
  return transaction(deps, async (em) => {
    const before = await em.findOneBy(ProblemCategoryOption, { code: input.code });
    const row = em.create(ProblemCategoryOption, { code: input.code, label: input.label.trim(), active: input.active });
    await em.save(ProblemCategoryOption, row);
    await writeAudit(em, deps.actor, {
      action: "category.set",
      entity: "ProblemCategory",
      entityId: input.code,
      before: before ? { ...before } : null,
      after: { ...row },
      at: deps.clock.now(),
    });
    return row;
  });
}

/** The default categories, on an empty table only (first start; administrators may change them later). */
export async function ensureDefaultCategories(deps: Pick<IntakeDeps, "db">): Promise<void> {
  await transaction(deps, async (em) => {
    if ((await em.count(ProblemCategoryOption)) > 0) return;
    await em.insert(
      ProblemCategoryOption,
      DEFAULT_PROBLEM_CATEGORIES.map((c) => ({ code: c.code, label: c.label, active: true })),
    );
  });
}
