/**
 * Counts items by one or more keys each (null/undefined keys are not counted), keeping the
 * order keys were first seen.
 */
export function countBy<T>(
  items: readonly T[],
  key: (item: T) => string | readonly string[] | null | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k === null || k === undefined) continue;
    for (const one of typeof k === "string" ? [k] : k) counts.set(one, (counts.get(one) ?? 0) + 1);
  }
  return counts;
}
