import { Column, type ColumnOptions, type DataSource } from "typeorm";

/** Columns whose MySQL type differs from the neutral one in the decorator, by entity class. */
const largeTextColumns = new WeakMap<Function, Set<string>>();

/**
 * A UTC timestamp: `datetime` in the decorator; millisecond precision (datetime(3)) is added
 * on MySQL when the data source is set up (`applyDialectColumnTypes`), so entity classes do not
 * depend on which database the process opens.
 */
export function dateColumn(options: Omit<ColumnOptions, "type"> = {}) {
  return Column({ ...options, type: "datetime" });
}

/** Precision for a datetime column in a migration (3 on MySQL, none on SQLite). */
export function datetimePrecision(driverType: string): number | undefined {
  return driverType === "mysql" || driverType === "mariadb" ? 3 : undefined;
}

/**
 * A long text column: TEXT on SQLite (no limit), MEDIUMTEXT on MySQL (16 MB) because MySQL's TEXT
 * stops at 65,535 bytes, about 21,000 Chinese characters. TEXT in the decorator; MEDIUMTEXT is set
 * when a MySQL data source is set up.
 */
export function largeTextColumn(options: Omit<ColumnOptions, "type"> = {}): PropertyDecorator {
  return markLargeText(Column({ ...options, type: "text" }));
}

/** Records the column as large text (MEDIUMTEXT on MySQL, set per data source), then applies it. */
function markLargeText(column: PropertyDecorator): PropertyDecorator {
  return (target, propertyName) => {
    const set = largeTextColumns.get(target.constructor) ?? new Set<string>();
    set.add(String(propertyName));
    largeTextColumns.set(target.constructor, set);
    column(target, propertyName);
  };
}

/**
 * Gives one data source's column metadata the types of its dialect (called after the metadata is
 * built, before migrations and queries): the same entity classes serve a SQLite and a MySQL data
 * source in one process.
 */
export function applyDialectColumnTypes(ds: DataSource): void {
  const driverType = ds.options.type;
  const mysql = driverType === "mysql" || driverType === "mariadb";
  if (!mysql) return;
  for (const meta of ds.entityMetadatas) {
    const large = typeof meta.target === "function" ? largeTextColumns.get(meta.target) : undefined;
    for (const col of meta.columns) {
      if (col.type === "datetime" && col.precision == null) col.precision = datetimePrecision(driverType);
      if (large?.has(col.propertyName)) col.type = "mediumtext";
    }
  }
}

/**
 * A JSON value in a text column: written with JSON.stringify, read back parsed, so entity code
 * sees objects and never parses by hand. The column type is the one a migration created (text,
 * or with `large` the large text type), so switching a column to JSON changes no schema.
 */
export function jsonColumn(options: Omit<ColumnOptions, "type" | "transformer"> & { large?: boolean } = {}) {
  const { large, ...rest } = options;
  const transformer = {
    to: (value: unknown) => (value === undefined ? undefined : value === null ? null : JSON.stringify(value)),
    from: (value: unknown) =>
      value === null || value === undefined || value === ""
        ? null
        : typeof value === "string"
          ? JSON.parse(value)
          : value,
  };
  const column = Column({ ...rest, type: "text", transformer });
  return large ? markLargeText(column) : column;
}

/** The same type for a migration. */
export function largeTextType(driverType: string): string {
  return driverType === "mysql" || driverType === "mariadb" ? "mediumtext" : "text";
}

/** `%search%` for `LIKE … ESCAPE '!'`: SQLite has no default escape character, so name one. */
export function likeContains(search: string): string {
  return `%${search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
export const LIKE_ESCAPE = "ESCAPE '!'";
