import { randomUUID } from "node:crypto";
import { PrimaryColumn } from "typeorm";

/** Entity ids are UUIDs made by the application, so both databases store them the same way. */
export const newId = (): string => randomUUID();

export function IdColumn() {
  return PrimaryColumn({ type: "varchar", length: 36 });
}

/** Migration column for an id or a reference to one. */
export const idColumn = (name: string, opts: { primary?: boolean; nullable?: boolean } = {}) => ({
  name,
  type: "varchar",
  length: "36",
  isPrimary: !!opts.primary,
  isNullable: !!opts.nullable,
});
