import { randomBytes } from "node:crypto";

/**
 * A database URL of its own for one test file: SQLite (undefined, with DATA_DIR a temp folder)
 * when DATABASE_URL is unset, else the same MySQL server under a fresh prefix.
 */
export function isolatedDatabaseUrl(base = process.env.DATABASE_URL): string | undefined {
  if (!base) return undefined;
  const url = new URL(base);
  const prefix = url.pathname.replace(/^\//, "") || "prp_test";
  url.pathname = `/${prefix}_${randomBytes(3).toString("hex")}`;
  return url.toString();
}
