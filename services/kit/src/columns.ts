import { Column, type ColumnOptions } from "typeorm";

/**
 * A UTC timestamp with millisecond precision on MySQL (datetime(3)); SQLite stores the same as text.
 * Decided at decoration time from DATABASE_URL, the same switch that picks the database.
 */
export function dateColumn(options: Omit<ColumnOptions, "type"> = {}) {
  const mysql = !!process.env.DATABASE_URL;
  return Column({ ...options, type: "datetime", ...(mysql ? { precision: 3 } : {}) });
}

/** Precision for a datetime column in a migration (3 on MySQL, none on SQLite). */
export function datetimePrecision(driverType: string): number | undefined {
  return driverType === "mysql" || driverType === "mariadb" ? 3 : undefined;
}

/**
 * A long text column: TEXT on SQLite (no limit), MEDIUMTEXT on MySQL (16 MB) because MySQL's TEXT
 * stops at 65,535 bytes, about 21,000 Chinese characters.
 */
export function largeTextColumn(options: Omit<ColumnOptions, "type"> = {}) {
  const mysql = !!process.env.DATABASE_URL;
  return Column({ ...options, type: mysql ? "mediumtext" : "text" });
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
    from: (value: unknown) => (value === null || value === undefined || value === "" ? null : typeof value === "string" ? JSON.parse(value) : value),
  };
  if (large) {
    const mysql = !!process.env.DATABASE_URL;
    return Column({ ...rest, type: mysql ? "mediumtext" : "text", transformer });
  }
  return Column({ ...rest, type: "text", transformer });
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
