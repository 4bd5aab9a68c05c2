import { resolve } from "node:path";
import { existsSync } from "node:fs";
import { config } from "./config";

/** The repository root: the nearest folder above this file that holds turbo.json. */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    if (existsSync(resolve(dir, "turbo.json"))) return dir;
    dir = resolve(dir, "..");
  }
  return process.cwd();
}

/** Where embedded databases and generated dev secrets live (DATA_DIR, else <repo>/data). */
export function dataDir(): string {
  return config().dataDir;
}
