import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { notFound } from "./core/errors";

/** The row with this id, or NOT_FOUND naming what was looked for (`label`, in Chinese). */
export async function mustFind<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string | null | undefined,
  label: string,
): Promise<T> {
  const row = id ? await em.findOneBy(entity, { id } as any) : null;
  if (!row) throw notFound(label, id ?? undefined);
  return row;
}

/** A plain copy of a row for the audit summary, without the named fields (secrets, large texts). */
export function snapshot<T extends object>(row: T, omit: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (!omit.includes(k) && typeof v !== "function") out[k] = v;
  return out;
}

/** Copies the fields the caller actually sent (undefined = not sent; null = clear). */
export function applyPatch<T extends object>(row: T, patch: Partial<T>): void {
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) (row as any)[k] = v;
}
