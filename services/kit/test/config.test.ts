import { ConfigError, loadConfig } from "../src/config";

const strong = "x".repeat(32);
const piiKey = Buffer.alloc(32, 4).toString("base64");

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

describe("platform configuration", () => {
  it("defaults to embedded SQLite with demo data outside production", () => {
    const c = loadConfig({ NODE_ENV: "test" });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.demoData).toBe(true);
    expect(c.tokenTtlSeconds).toBe(8 * 3600);
    expect(c.port).toBeUndefined();
    expect(c.host).toBe("127.0.0.1");
  });

  it("caps pages at 100 unless MAX_PAGE_SIZE says otherwise, and refuses a cap that is no whole number in 1–10000", () => {
    expect(loadConfig({ NODE_ENV: "test" }).maxPageSize).toBe(100);
    expect(loadConfig({ NODE_ENV: "test", MAX_PAGE_SIZE: "500" }).maxPageSize).toBe(500);
    for (const bad of ["0", "-5", "12.5", "abc", "10001"])
      expect(problemsOf({ NODE_ENV: "test", MAX_PAGE_SIZE: bad }).join("\n")).toMatch(/MAX_PAGE_SIZE/);
  });

  it("in production requires every secret and names each missing one", () => {
    const problems = problemsOf({ NODE_ENV: "production" });
    expect(problems.join("\n")).toMatch(/JWT_SECRET/);
    expect(problems.join("\n")).toMatch(/GATEWAY_SECRET/);
    expect(problems.join("\n")).toMatch(/PII_KEY/);
  });

  it("in production refuses secrets shorter than 32 bytes and a PII key that is not 32 bytes", () => {
    const problems = problemsOf({
      NODE_ENV: "production",
      JWT_SECRET: "short",
      GATEWAY_SECRET: strong,
      PII_KEY: Buffer.alloc(16).toString("base64"),
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/JWT_SECRET 过短/);
    expect(problems[1]).toMatch(/PII_KEY/);
  });

  it("turns demo data off by default in production, on when asked", () => {
    const env = { NODE_ENV: "production", JWT_SECRET: strong, GATEWAY_SECRET: strong, PII_KEY: piiKey };
    expect(loadConfig(env).demoData).toBe(false);
    expect(loadConfig({ ...env, DEMO_DATA: "true" }).demoData).toBe(true);
  });

  it("refuses malformed numbers, flags and URLs, all at once", () => {
    const problems = problemsOf({
      PORT: "99999",
      DEMO_DATA: "maybe",
      DATABASE_URL: "postgres://x/y",
      DIRECTORY_URL: "not a url",
      TOKEN_TTL_SECONDS: "-5",
    });
    expect(problems).toHaveLength(5);
  });

  it("collects subgraph URL overrides by lower-case name, not DATABASE_URL", () => {
    const c = loadConfig({
      DATABASE_URL: "mysql://root@127.0.0.1:3306/prp",
      INTAKE_URL: "http://127.0.0.1:9999/graphql",
    });
    expect(c.subgraphUrls).toEqual({ intake: "http://127.0.0.1:9999/graphql" });
  });

  it("reads the gateway's query limits and the subgraph timeout, with defaults", () => {
    const defaults = loadConfig({ NODE_ENV: "test" });
    expect(defaults.graphqlLimits).toEqual({
      maxDepth: 10,
      maxAliases: 15,
      maxCost: 10_000,
      maxTokens: 2000,
      maxDirectives: 50,
    });
    expect(defaults.subgraphTimeoutMs).toBe(10_000);
    const set = loadConfig({
      GRAPHQL_MAX_DEPTH: "6",
      GRAPHQL_MAX_ALIASES: "5",
      GRAPHQL_MAX_COST: "2500",
      GRAPHQL_MAX_TOKENS: "800",
      GRAPHQL_MAX_DIRECTIVES: "3",
      SUBGRAPH_TIMEOUT_MS: "1500",
    });
    expect(set.graphqlLimits).toEqual({ maxDepth: 6, maxAliases: 5, maxCost: 2500, maxTokens: 800, maxDirectives: 3 });
    expect(set.subgraphTimeoutMs).toBe(1500);
  });

  it("refuses limits and a timeout that are not positive integers in range, naming each", () => {
    const problems = problemsOf({
      GRAPHQL_MAX_COST: "lots",
      GRAPHQL_MAX_DEPTH: "0",
      GRAPHQL_MAX_TOKENS: "-5",
      SUBGRAPH_TIMEOUT_MS: "999999999",
    });
    expect(problems).toHaveLength(4);
    for (const name of ["GRAPHQL_MAX_COST", "GRAPHQL_MAX_DEPTH", "GRAPHQL_MAX_TOKENS", "SUBGRAPH_TIMEOUT_MS"]) {
      expect(problems.some((p) => p.startsWith(name))).toBe(true);
    }
  });
});
