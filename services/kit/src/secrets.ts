import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "./paths";
import { config } from "./config";

/** The header by which a subgraph knows a call comes from the gateway (or another subgraph). */
export const GATEWAY_SECRET_HEADER = "x-gateway-secret";

const cache = new Map<string, string>();

/**
 * A secret from the environment, or, for the embedded default, one generated once into
 * data/ so that every local process shares it and it survives restarts. Never logged.
 */
export function readSecret(name: string): string {
  const fromEnv = (config().secrets as Record<string, string | undefined>)[name];
  if (fromEnv) return fromEnv;
  const hit = cache.get(name);
  if (hit) return hit;
  if (config().production) {
    throw new Error(`${name} must be set in production`);
  }
  const dir = dataDir();
  const file = join(dir, `.${name.toLowerCase().replace(/_/g, "-")}`);
  let value: string;
  if (existsSync(file)) {
    value = readFileSync(file, "utf8").trim();
  } else {
    mkdirSync(dir, { recursive: true });
    value = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, value, { mode: 0o600, flag: "wx" });
    } catch (err: any) {
      // another process of the platform created it first: use theirs
      if (err?.code !== "EEXIST") throw err;
      value = readFileSync(file, "utf8").trim();
    }
  }
  cache.set(name, value);
  return value;
}
