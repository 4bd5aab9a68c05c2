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
