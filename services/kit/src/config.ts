import { resolve } from "node:path";
import { repoRoot } from "./paths";
import { Role } from "./core/roles";

/**
 * The platform's configuration, read from the environment once per process and validated as a
 * whole: a process with a bad setting refuses to start and names every problem, instead of
 * failing later in the middle of a request. Modules ask `config()`; nothing else reads
 * `process.env` (the launcher only passes it on to the processes it starts).
 */
export interface PlatformConfig {
  nodeEnv: string;
  production: boolean;
  /** Stack traces in error responses, GraphiQL. */
  development: boolean;
  /** `mysql://user:pass@host:port/prefix`; unset = embedded SQLite. */
  databaseUrl: string | undefined;
  /** SQLite files and generated development secrets. */
  dataDir: string;
  sqlLogging: boolean;
  dbPoolSize: number;
  /** Port of this process (subgraph: its registry port unless set; gateway: 4000 unless set). */
  port: number | undefined;
  host: string;
  /** Seed the demo organisation and reports on an empty database (off by default in production). */
  demoData: boolean;
  tokenTtlSeconds: number;
  /** `<NAME>_URL` overrides of where a subgraph is reached, by lower-case name. */
  subgraphUrls: Record<string, string>;
  /** Secrets given in the environment; unset ones are generated into dataDir outside production. */
  secrets: { JWT_SECRET?: string; GATEWAY_SECRET?: string; PII_KEY?: string };
  /** First-start passwords of the administrator and the demo accounts (generated when unset). */
  initialPasswords: { INITIAL_ADMIN_PASSWORD?: string; DEMO_PASSWORD?: string };
  /** Intake: estimated Jaccard similarity above which a report is proposed as 贴牌 (templated). */
  similarityThreshold: number | undefined;
  /** How often a subgraph's event consumers ask a producer for new events (ms). */
  eventPollMs: number;
  /** Cases: working days a competent department has to feed back on a transfer (默认 15 个工作日). */
  transferFeedbackWorkingDays: number;
  /**
   * MAX_PAGE_SIZE: the largest page a list may be asked for (default 100, at most 10 000). The
   * gateway's cost limit counts a list at this size; raise it only with the cost limit in mind.
   */
  maxPageSize: number;
  /**
   * Leadership: the commission head (委主要负责人) who may move a case's ownership between leaders,
   * `role:<ROLE>` (anyone holding the role) or `user:<user id or username>` (COMMISSION_HEAD, default role:ADMIN).
   */
  commissionHead: string;
  gateway: {
    supergraphPath: string;
    adminDir: string;
    trustProxy: string | undefined;
  };
  /** What one client request may ask of the gateway (GRAPHQL_MAX_*). */
  graphqlLimits: GraphQLLimits;
  /** A call to a subgraph (from the gateway or another subgraph) without an answer after this long fails. */
  subgraphTimeoutMs: number;
}

export interface GraphQLLimits {
  maxDepth: number;
  maxAliases: number;
  /** Weighted cost (list fields count once per item they may return), see the gateway's operation-cost. */
  maxCost: number;
  /** Lexical tokens of the query text, enforced while parsing. */
  maxTokens: number;
  maxDirectives: number;
}

export const DEFAULT_GRAPHQL_LIMITS: GraphQLLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 10_000,
  maxTokens: 2000,
  maxDirectives: 50,
};
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;
/** The page cap when MAX_PAGE_SIZE is not set: enough for a screen or an export step, small enough that no query returns megabytes. */
export const DEFAULT_MAX_PAGE_SIZE = 100;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误 / invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

const MIN_SECRET_BYTES = 32;

function flag(value: string | undefined, fallback: boolean, name: string, problems: string[]): boolean {
  if (value === undefined || value === "") return fallback;
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  problems.push(`${name} 应为 true 或 false（现为“${value}”）`);
  return fallback;
}

function positiveInt(
  value: string | undefined,
  fallback: number | undefined,
  name: string,
  problems: string[],
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > max) {
    problems.push(`${name} 应为 1 到 ${max} 之间的整数（现为“${value}”）`);
    return fallback;
  }
  return n;
}

/** The 32-byte AES key a PII_KEY value stands for, or null when it is not one. */
export function decodePiiKey(raw: string): Buffer | null {
  const decoded = Buffer.from(raw, /^[A-Za-z0-9+/]+=*$/.test(raw) && raw.length === 44 ? "base64" : "base64url");
  return decoded.length === 32 ? decoded : null;
}

/** Parses and checks the environment; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? "development";
  const production = nodeEnv === "production";

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl) {
    try {
      const u = new URL(databaseUrl);
      if (u.protocol !== "mysql:" && u.protocol !== "mariadb:")
        problems.push(`DATABASE_URL 须以 mysql:// 开头（现为 ${u.protocol}//…）`);
    } catch {
      problems.push("DATABASE_URL 不是有效的地址（应为 mysql://user:pass@host:port/prefix）");
    }
  }

  const secrets: PlatformConfig["secrets"] = {};
  for (const name of ["JWT_SECRET", "GATEWAY_SECRET", "PII_KEY"] as const) {
    const value = env[name];
    if (value) secrets[name] = value;
    else if (production) problems.push(`生产环境必须设置 ${name}`);
  }
  if (production) {
    for (const name of ["JWT_SECRET", "GATEWAY_SECRET"] as const) {
      const value = secrets[name];
      if (value && Buffer.byteLength(value) < MIN_SECRET_BYTES)
        problems.push(`${name} 过短：生产环境至少 ${MIN_SECRET_BYTES} 字节`);
    }
  }
  if (secrets.PII_KEY && !decodePiiKey(secrets.PII_KEY)) problems.push("PII_KEY 必须是 32 字节密钥的 base64 编码");

  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const m = key.match(/^([A-Z][A-Z0-9]*)_URL$/);
    if (!m || key === "DATABASE_URL" || !value) continue;
    try {
      new URL(value);
      subgraphUrls[m[1].toLowerCase()] = value;
    } catch {
      problems.push(`${key} 不是有效的地址`);
    }
  }

  let similarityThreshold: number | undefined;
  if (env.SIMILARITY_THRESHOLD) {
    similarityThreshold = Number(env.SIMILARITY_THRESHOLD);
    if (!(similarityThreshold > 0 && similarityThreshold < 1))
      problems.push(`SIMILARITY_THRESHOLD 应为 0 到 1 之间的小数（现为“${env.SIMILARITY_THRESHOLD}”）`);
  }

  const commissionHead = env.COMMISSION_HEAD || "role:ADMIN";
  const head = commissionHead.match(/^(role|user):(.+)$/);
  if (!head) problems.push(`COMMISSION_HEAD 应为 role:<角色> 或 user:<用户ID或登录名>（现为“${commissionHead}”）`);
  else if (head[1] === "role" && !(Object.values(Role) as string[]).includes(head[2]))
    problems.push(`COMMISSION_HEAD 中的角色“${head[2]}”不存在`);

  const root = repoRoot();
  const config: PlatformConfig = {
    nodeEnv,
    production,
    development: nodeEnv === "development",
    databaseUrl,
    dataDir: env.DATA_DIR ? resolve(env.DATA_DIR) : resolve(root, "data"),
    sqlLogging: flag(env.SQL_LOGGING, false, "SQL_LOGGING", problems),
    dbPoolSize: positiveInt(env.DB_POOL_SIZE, 10, "DB_POOL_SIZE", problems, 1000)!,
    port: positiveInt(env.PORT, undefined, "PORT", problems, 65535),
    host: env.HOST || "127.0.0.1",
    demoData: flag(env.DEMO_DATA, !production, "DEMO_DATA", problems),
    tokenTtlSeconds: positiveInt(env.TOKEN_TTL_SECONDS, 8 * 3600, "TOKEN_TTL_SECONDS", problems, 30 * 24 * 3600)!,
    subgraphUrls,
    secrets,
    initialPasswords: {
      ...(env.INITIAL_ADMIN_PASSWORD ? { INITIAL_ADMIN_PASSWORD: env.INITIAL_ADMIN_PASSWORD } : {}),
      ...(env.DEMO_PASSWORD ? { DEMO_PASSWORD: env.DEMO_PASSWORD } : {}),
    },
    similarityThreshold,
    eventPollMs: positiveInt(env.EVENT_POLL_MS, 2000, "EVENT_POLL_MS", problems, 3_600_000)!,
    transferFeedbackWorkingDays: positiveInt(
      env.TRANSFER_FEEDBACK_WORKING_DAYS,
      15,
      "TRANSFER_FEEDBACK_WORKING_DAYS",
      problems,
      250,
    )!,
    maxPageSize: positiveInt(env.MAX_PAGE_SIZE, DEFAULT_MAX_PAGE_SIZE, "MAX_PAGE_SIZE", problems, 10_000)!,
    commissionHead,
    gateway: {
      supergraphPath: env.SUPERGRAPH_PATH || resolve(root, "schema", "supergraph.graphql"),
      adminDir: resolve(env.ADMIN_DIR || resolve(root, "admin", "dist")),
      trustProxy: env.TRUST_PROXY || undefined,
    },
    graphqlLimits: {
      maxDepth: positiveInt(
        env.GRAPHQL_MAX_DEPTH,
        DEFAULT_GRAPHQL_LIMITS.maxDepth,
        "GRAPHQL_MAX_DEPTH",
        problems,
        100,
      )!,
      maxAliases: positiveInt(
        env.GRAPHQL_MAX_ALIASES,
        DEFAULT_GRAPHQL_LIMITS.maxAliases,
        "GRAPHQL_MAX_ALIASES",
        problems,
        1000,
      )!,
      maxCost: positiveInt(
        env.GRAPHQL_MAX_COST,
        DEFAULT_GRAPHQL_LIMITS.maxCost,
        "GRAPHQL_MAX_COST",
        problems,
        10_000_000,
      )!,
      maxTokens: positiveInt(
        env.GRAPHQL_MAX_TOKENS,
        DEFAULT_GRAPHQL_LIMITS.maxTokens,
        "GRAPHQL_MAX_TOKENS",
        problems,
        1_000_000,
      )!,
      maxDirectives: positiveInt(
        env.GRAPHQL_MAX_DIRECTIVES,
        DEFAULT_GRAPHQL_LIMITS.maxDirectives,
        "GRAPHQL_MAX_DIRECTIVES",
        problems,
        1000,
      )!,
    },
    // at most 10 minutes: a longer wait is a hang in all but name
    subgraphTimeoutMs: positiveInt(
      env.SUBGRAPH_TIMEOUT_MS,
      DEFAULT_SUBGRAPH_TIMEOUT_MS,
      "SUBGRAPH_TIMEOUT_MS",
      problems,
      600_000,
    )!,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

let current: PlatformConfig | undefined;

/** This process's configuration, read and checked on first use. */
export function config(): PlatformConfig {
  current ??= loadConfig();
  return current;
}

/** Forgets the configuration read so far (tests that change the environment between cases). */
export function resetConfig(): void {
  current = undefined;
}
