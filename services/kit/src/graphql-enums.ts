import { registerEnumType } from "type-graphql";

/**
 * Makes a domain enum (plain TypeScript, no GraphQL) a GraphQL enum whose values carry their
 * Chinese labels as descriptions, so the schema documents itself in the words of the work.
 */
export function registerLabelledEnum<E extends object>(
  enumObject: E,
  name: string,
  description: string,
  labels: Record<string, string>,
): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(labels).map(([value, label]) => [value, { description: label }]),
    ) as Partial<Record<keyof E, { description: string }>>,
  });
}
