import { isDateOnly } from "@prp/kit/core";

/**
 * What is wrong with a date a person typed, named by the label they know the field by:
 * nothing for a real YYYY-MM-DD day (the one pattern lives in the kit's core).
 */
export function dateProblems(label: string, value: string): string[] {
  return isDateOnly(value) ? [] : [`${label}格式应为 YYYY-MM-DD`];
}
