import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GraphQLClient, ClientError } from "graphql-request";
import { dropDatabase, resolveDatabaseTarget } from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import { launchPlatform, type RunningPlatform } from "../../gateway/src/platform";
import { SUBGRAPHS } from "../../gateway/src/subgraphs";

export const ADMIN_PASSWORD = "AdminPass2026";
export const DEMO_PASSWORD = "DemoPass2026";

export interface TestPlatform {
  platform: RunningPlatform;
  url: string;
  client(token?: string): GraphQLClient;
  login(username: string, password?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The whole platform as `npm start` runs it (built dist/, one process per subgraph plus the
 * gateway), on its own data folder or MySQL prefix and its own ports.
 */
export async function startTestPlatform(env: Record<string, string> = {}): Promise<TestPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), "prp-e2e-"));
  const databaseUrl = isolatedDatabaseUrl();
  const basePort = 20000 + Math.floor(Math.random() * 400) * 10;
  const platform = await launchPlatform({
    dataDir,
    databaseUrl,
    basePort,
    quiet: true,
    env: { INITIAL_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO_PASSWORD, NODE_ENV: "test", ...env },
  });
  const url = platform.gatewayUrl;
  const client = (token?: string) =>
    new GraphQLClient(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return {
    platform,
    url,
    client,
    async login(username, password = username === "admin" ? ADMIN_PASSWORD : DEMO_PASSWORD) {
      const r = await client().request<{ login: { token: string } }>(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        { u: username, p: password },
      );
      return r.login.token;
    },
    async stop() {
      await platform.stop();
      if (databaseUrl) for (const s of SUBGRAPHS) await dropDatabase(resolveDatabaseTarget(s.name, databaseUrl));
    },
  };
}

/** The error a request got: its code, message and the data that still came back. */
export async function failure(
  p: Promise<unknown>,
): Promise<{ code: string; message: string; data: any; errors: any[] }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ClientError) {
      const errors = err.response.errors ?? [];
      return {
        code: String(errors[0]?.extensions?.code),
        message: errors[0]?.message ?? "",
        data: err.response.data,
        errors: [...errors],
      };
    }
    throw err;
  }
  throw new Error("expected the request to fail, but it succeeded");
}
