import { Column } from "typeorm";

/**
 * A small JSON value (id lists, options, weights) in a TEXT column: both databases store it the
 * same way, and nothing queries inside it (lookups go through their own indexed columns).
 */
export function JsonColumn(options: { nullable?: boolean } = {}) {
  return Column({
    type: "text",
    nullable: options.nullable ?? false,
    transformer: {
      to: (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value)),
      from: (value: string | null) => (value === null || value === undefined ? null : JSON.parse(value)),
    },
  });
}
