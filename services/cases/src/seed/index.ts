import type { DataSource } from "typeorm";

/**
 * Case handling has nothing to seed on an empty database: its cases and transfers are opened by
 * intake's routing events (demo routings included) through the consumer.
 */
export async function seedCases(_db: DataSource, _log: (line: string) => void, _opts: { demoData: boolean }): Promise<void> {}
