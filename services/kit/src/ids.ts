import { PrimaryColumn } from "typeorm";

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
