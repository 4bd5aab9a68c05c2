import { spawn, type ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";
import { dataDir as defaultDataDir, readSecret, repoRoot } from "@prp/kit";
import { SUBGRAPHS, type RegisteredSubgraph } from "./subgraphs";
import { urlEnvName } from "./health";

export interface LaunchOptions {
  /** Embedded databases and generated secrets; default DATA_DIR, else <repo>/data. */
  dataDir?: string;
  /** mysql://…/prefix; default DATABASE_URL, else SQLite files in dataDir. */
  databaseUrl?: string;
  /** The gateway's port (default 4000); subgraph i (registry order) gets basePort + 1 + i. */
  basePort?: number;
  /** Extra environment for every child (e.g. NODE_ENV, DEMO_DATA, INITIAL_ADMIN_PASSWORD). */
  env?: Record<string, string>;
  /** Do not forward the children's output (it is still kept for error messages). */
  quiet?: boolean;
  /** Start only these subgraphs; the gateway still routes to all and reports the others missing. */
  only?: string[];
  /** Where the launcher's own lines and the forwarded output go (default: stdout). */
  log?: (line: string) => void;
}

export interface RunningSubgraphProcess {
  url: string;
  /** The child's process id (fault tests freeze a subgraph with SIGSTOP). */
  pid: number | undefined;
  stop(): Promise<void>;
}

export interface RunningPlatform {
  gatewayUrl: string;
  /** The subgraphs this launch started (see `only`). */
  subgraphs: Record<string, RunningSubgraphProcess>;
  dataDir: string;
  databaseUrl?: string;
  stopSubgraph(name: string): Promise<void>;
  /** Gateway first (so no request lands on a stopping subgraph), then the subgraphs. */
  stop(): Promise<void>;
}

// generous: a first start seeds a year of demo data through the use cases, slower on a busy machine
const STARTUP_TIMEOUT_MS = 180_000;
const KILL_AFTER_MS = 10_000;
const KEEP_LINES = 200;

/** A child process with its recent output, for error messages. */
class Child {
  readonly recent: string[] = [];
  readonly exited: Promise<number | null>;
  /** stop() was called: its exit is expected. */
  stopRequested = false;
  private exitCode: number | null | undefined;
  private exitSignal: NodeJS.Signals | null = null;
  private stopping?: Promise<void>;

  constructor(
    readonly name: string,
    readonly proc: ChildProcess,
    forward: ((line: string) => void) | undefined,
  ) {
    const onLine = (line: string) => {
      this.recent.push(line);
      if (this.recent.length > KEEP_LINES) this.recent.shift();
      // Subgraphs prefix their own lines with [name]; only unprefixed ones (stack traces…) get it here.
      forward?.(line.startsWith(`[${name}]`) ? line : `[${name}] ${line}`);
    };
    for (const stream of [proc.stdout, proc.stderr]) {
      let partial = "";
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk: string) => {
        const lines = (partial + chunk).split(/\r?\n/);
        partial = lines.pop() ?? "";
        lines.forEach(onLine);
      });
      stream?.on("end", () => {
        if (partial) onLine(partial);
        partial = "";
      });
    }
    this.exited = new Promise((res) => {
      proc.once("exit", (code, signal) => {
        this.exitCode = code ?? (signal ? null : 0);
        this.exitSignal = signal;
        res(this.exitCode);
      });
      // spawn failures (e.g. ENOENT) emit "error" without "exit"
      proc.once("error", (err) => {
        onLine(`failed to start: ${err.message}`);
        this.exitCode = -1;
        res(-1);
      });
    });
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** "code 1" or "signal SIGKILL", for messages. */
  get exitDescription(): string {
    return this.exitSignal ? `signal ${this.exitSignal}` : `code ${this.exitCode}`;
  }

  tail(lines = 40): string {
    return this.recent.slice(-lines).join("\n");
  }

  /** SIGTERM, then SIGKILL if it has not exited after 10 s. */
  stop(): Promise<void> {
    this.stopRequested = true;
    return (this.stopping ??= (async () => {
      if (!this.running) return;
      this.proc.kill("SIGTERM");
      const timer = setTimeout(() => this.proc.kill("SIGKILL"), KILL_AFTER_MS);
      await this.exited;
      clearTimeout(timer);
    })());
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Fetches a /health URL and hands its JSON to `ready`; false if there is no usable answer. */
async function healthAnswer(url: string, ready: (status: number, body: any) => boolean): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return ready(res.status, await res.json());
  } catch {
    return false;
  }
}

/** Polls until `ready`, failing early (with the child's output) if the child exits. */
async function waitUntilHealthy(child: Child, url: string, ready: (status: number, body: any) => boolean) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!child.running) {
      throw new Error(
        `${child.name} exited during startup (${child.exitDescription}); its last output:\n${child.tail()}`,
      );
    }
    if (await healthAnswer(url, ready)) return;
    await Promise.race([sleep(250), child.exited]);
  }
  throw new Error(
    `${child.name} did not report healthy at ${url} within ${STARTUP_TIMEOUT_MS / 1000} s; its last output:\n${child.tail()}`,
  );
}

/**
 * Starts the whole platform as child processes: every registered subgraph, then the gateway,
 * each awaited until its /health says so. Needs a prior build (the children run dist/).
 */
export async function launchPlatform(opts: LaunchOptions = {}): Promise<RunningPlatform> {
  const root = repoRoot();
  const log = opts.log ?? ((line: string) => console.log(line));
  const forward = opts.quiet ? undefined : log;
  const basePort = opts.basePort ?? 4000;
  const dir = resolve(opts.dataDir ?? opts.env?.DATA_DIR ?? defaultDataDir());
  const databaseUrl = opts.databaseUrl ?? opts.env?.DATABASE_URL ?? process.env.DATABASE_URL;

  const unknown = (opts.only ?? []).filter((n) => !SUBGRAPHS.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown subgraph(s): ${unknown.join(", ")}`);

  // Every subgraph must verify the same gateway secret and JWT signature: settle both here,
  // before spawning, and hand them over explicitly.
  const secrets = withDataDir(dir, () => ({
    GATEWAY_SECRET: opts.env?.GATEWAY_SECRET || readSecret("GATEWAY_SECRET"),
    JWT_SECRET: opts.env?.JWT_SECRET || readSecret("JWT_SECRET"),
  }));

  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...opts.env,
    ...secrets,
    DATA_DIR: dir,
    APOLLO_TELEMETRY_DISABLED: "true",
  };
  if (databaseUrl) baseEnv.DATABASE_URL = databaseUrl;
  else delete baseEnv.DATABASE_URL;

  const urls = new Map(SUBGRAPHS.map((s, i) => [s.name, `http://127.0.0.1:${basePort + 1 + i}/graphql`] as const));
  // The gateway binds HOST (default loopback); subgraphs always bind loopback, only the gateway calls them.
  const gatewayHost = opts.env?.HOST ?? process.env.HOST ?? "127.0.0.1";
  const reachableHost = gatewayHost === "0.0.0.0" || gatewayHost === "::" ? "127.0.0.1" : gatewayHost;
  const gatewayOrigin = `http://${reachableHost.includes(":") ? `[${reachableHost}]` : reachableHost}:${basePort}`;
  const selected = SUBGRAPHS.filter((s) => !opts.only || opts.only.includes(s.name));
  const children = new Map<string, Child>();
  let gatewayChild: Child | undefined;

  const spawnChild = (name: string, entry: string, env: NodeJS.ProcessEnv) => {
    const proc = spawn(process.execPath, [join(root, entry)], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    return new Child(name, proc, forward);
  };

  // Should the launching process end without stop(), its children must not live on.
  const killAll = () => {
    for (const c of [gatewayChild, ...children.values()]) if (c?.running) c.proc.kill("SIGTERM");
  };
  process.on("exit", killAll);

  let stopping = false;
  const stopAll = async () => {
    stopping = true;
    await gatewayChild?.stop();
    await Promise.all([...children.values()].map((c) => c.stop()));
    process.off("exit", killAll);
  };

  try {
    // Subgraphs start in parallel; each migrates and seeds its own database.
    await Promise.all(
      selected.map(async (s: RegisteredSubgraph) => {
        const url = urls.get(s.name)!;
        // every subgraph knows where the others are, for service-to-service calls
        const peers = Object.fromEntries([...urls].map(([name, u]) => [urlEnvName(name), u]));
        const child = spawnChild(s.name, s.entry, {
          ...baseEnv,
          ...peers,
          PORT: String(new URL(url).port),
          HOST: "127.0.0.1",
        });
        children.set(s.name, child);
        await waitUntilHealthy(
          child,
          new URL("/health", url).toString(),
          (status, body) => status === 200 && body?.status === "ok",
        );
      }),
    );

    const gatewayEnv: NodeJS.ProcessEnv = { ...baseEnv, PORT: String(basePort), HOST: gatewayHost };
    for (const [name, url] of urls) gatewayEnv[urlEnvName(name)] = url;
    gatewayChild = spawnChild("gateway", "gateway/dist/index.js", gatewayEnv);
    // The gateway is up when its /health answers and reports ok for every subgraph started here.
    await waitUntilHealthy(gatewayChild, `${gatewayOrigin}/health`, (_status, body) =>
      selected.every((s) => body?.subgraphs?.[s.name] === "ok"),
    );
  } catch (err) {
    await stopAll();
    throw err;
  }

  // After startup a child that dies is reported, not restarted: the gateway keeps serving the rest.
  for (const c of [gatewayChild, ...children.values()]) {
    void c.exited.then(() => {
      if (!stopping && !c.stopRequested) log(`[launcher] ${c.name} exited unexpectedly (${c.exitDescription})`);
    });
  }

  const subgraphs: Record<string, RunningSubgraphProcess> = {};
  for (const [name, child] of children) {
    subgraphs[name] = { url: urls.get(name)!, pid: child.proc.pid, stop: () => child.stop() };
  }

  return {
    gatewayUrl: `${gatewayOrigin}/graphql`,
    subgraphs,
    dataDir: dir,
    databaseUrl,
    stopSubgraph: async (name) => {
      const child = children.get(name);
      if (!child) throw new Error(`subgraph "${name}" was not started by this launch`);
      await child.stop();
    },
    stop: stopAll,
  };
}

/** kit's readSecret reads and writes DATA_DIR's folder; point it at the launch's data folder. */
function withDataDir<T>(dir: string, fn: () => T): T {
  const previous = process.env.DATA_DIR;
  process.env.DATA_DIR = dir;
  try {
    return fn();
  } finally {
    if (previous === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previous;
  }
}
