#!/usr/bin/env node
// What the gateway costs on top of the subgraph calls it makes, measured in one run.
//
//   npm run bench:gateway                       (builds first; ≈ 1–2 min)
//   node bench/gateway-overhead/run.js [--rounds 20] [--slice 25] [--no-hive] [--router-runtime] [--record] [--profile DIR]
//
// Starts the platform (built dist/, SQLite in a temporary DATA_DIR, spare loopback ports), logs
// in as the demo analyst, and times two queries at one connection (one request in flight):
//   departments  { departments(limit: 50) { items { id name } } }  (one directory call)
//   reports      20 reports with their town and handling department (intake, then directory _entities)
// each through our gateway, as the direct subgraph calls of the gateway's query plan (same
// subgraph operations, gateway secret and token; the entity call built from the intake answer),
// and through Hive Gateway serving the same schema/supergraph.graphql (--no-hive to skip;
// --router-runtime adds Hive Gateway with the Rust query planner). Cases are interleaved in
// slices (round-robin, shuffled per round) so that machine noise hits all of them alike; the
// ratio gateway/direct is taken within the run. Also prints each gateway's CPU per request
// (Linux /proc). --record appends the result to bench/RESULTS.md; --profile DIR writes a CPU
// profile of every process it starts into DIR (.cpuprofile, for Chrome DevTools).
//
// Every process it starts is preloaded with loopback-guard.cjs, which refuses and reports any
// connection or name lookup beyond 127.0.0.1; the run fails if one happened.
"use strict";
const http = require("node:http");
const net = require("node:net");
const os = require("node:os");
const { spawn } = require("node:child_process");
const { randomBytes } = require("node:crypto");
const {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} = require("node:fs");
const { dirname, join, relative } = require("node:path");
const { parse } = require("graphql");

const ROOT = join(__dirname, "..", "..");
const SUPERGRAPH = join(ROOT, "schema", "supergraph.graphql");
const GUARD = join(__dirname, "loopback-guard.cjs");
const HIVE_CONFIG = join(__dirname, "hive-gateway.config.mjs");

const QUERIES = {
  departments: "{ departments(limit: 50) { items { id name } } }",
  reports: "{ reports(limit: 20) { items { id serial town { name } handlingDepartment { name } } } }",
};

// ---------------------------------------------------------------- options

function parseOptions(argv) {
  const opts = {
    rounds: 20,
    slice: 25,
    warmup: 40,
    hive: true,
    routerRuntime: false,
    record: false,
    profileDir: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${a} needs a positive whole number`);
      return n;
    };
    if (a === "--rounds") opts.rounds = num();
    else if (a === "--slice") opts.slice = num();
    else if (a === "--warmup") opts.warmup = num();
    else if (a === "--no-hive") opts.hive = false;
    else if (a === "--router-runtime") opts.routerRuntime = true;
    else if (a === "--record") opts.record = true;
    else if (a === "--profile") {
      opts.profileDir = argv[++i] && require("node:path").resolve(argv[i]);
      if (!opts.profileDir) throw new Error("--profile needs a directory");
    } else throw new Error(`unknown option ${a}`);
  }
  if (!opts.hive) opts.routerRuntime = false;
  return opts;
}

// ---------------------------------------------------------------- loopback HTTP at one connection

/**
 * One keep-alive connection per target: requests are sent one after another. A request that
 * fails because the server had just closed the idle connection is sent again on a new one
 * (counted in `resent`).
 */
function client(origin) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const stats = { resent: 0 };
  const post = (path, body, headers, retry = true) => {
    const payload = Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = http.request(
        `${origin}${path}`,
        {
          method: "POST",
          agent,
          headers: { "content-type": "application/json", "content-length": payload.length, ...headers },
        },
        (res) => {
          const chunks = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let json;
            try {
              json = JSON.parse(text);
            } catch {
              return reject(new Error(`${origin}${path}: HTTP ${res.statusCode}, not JSON: ${text.slice(0, 200)}`));
            }
            if (res.statusCode !== 200 || json.errors) {
              return reject(
                new Error(
                  `${origin}${path}: HTTP ${res.statusCode} ${JSON.stringify(json.errors ?? json).slice(0, 400)}`,
                ),
              );
            }
            resolve(json.data);
          });
          res.on("error", reject);
        },
      );
      req.on("error", (err) => {
        if (retry && req.reusedSocket && err.code === "ECONNRESET") {
          stats.resent++;
          post(path, body, headers, false).then(resolve, reject);
        } else {
          reject(new Error(`${origin}${path}: ${err.message}`));
        }
      });
      req.end(payload);
    });
  };
  return { post, stats, origin, close: () => agent.destroy() };
}

// ---------------------------------------------------------------- the gateway's query plan, replayed directly

/** The plan @apollo/gateway makes for a query (same planner, same supergraph). */
function queryPlanner() {
  const gatewayDir = dirname(require.resolve("@apollo/gateway/package.json", { paths: [join(ROOT, "gateway")] }));
  const fromGateway = (name) => require(require.resolve(name, { paths: [gatewayDir] }));
  const { QueryPlanner, prettyFormatQueryPlan } = fromGateway("@apollo/query-planner");
  const { Supergraph, operationFromDocument } = fromGateway("@apollo/federation-internals");
  const supergraph = Supergraph.build(readFileSync(SUPERGRAPH, "utf8"));
  const planner = new QueryPlanner(supergraph);
  const apiSchema = supergraph.apiSchema();
  return (query) => {
    const plan = planner.buildQueryPlan(operationFromDocument(apiSchema, parse(query)));
    return { node: plan.node, text: prettyFormatQueryPlan(plan) };
  };
}

/** The objects at a plan path such as ["reports", "items", "@", "town"] ("@" = every list element). */
function entitiesAt(value, path) {
  if (value === null || value === undefined) return [];
  if (path.length === 0) return Array.isArray(value) ? value.flatMap((v) => entitiesAt(v, path)) : [value];
  const [head, ...rest] = path;
  if (head === "@") return Array.isArray(value) ? value.flatMap((v) => entitiesAt(v, rest)) : [];
  return entitiesAt(value[head], rest);
}

/** A representation: the entity's fields named by the fetch's `requires` selection. */
function representation(entity, requires) {
  for (const fragment of requires) {
    if (fragment.kind !== "InlineFragment" || fragment.typeCondition !== entity.__typename) continue;
    const pick = (obj, selections) =>
      Object.fromEntries(selections.map((s) => [s.name, s.selections ? pick(obj[s.name], s.selections) : obj[s.name]]));
    return pick(entity, fragment.selections);
  }
  return undefined;
}

/**
 * Executes a plan by calling the subgraphs directly, as the gateway would: fetches in
 * sequence or in parallel as planned, entity fetches with representations taken from the
 * data fetched so far. Returns the number of subgraph calls made.
 */
async function runPlanDirectly(node, root, callSubgraph) {
  switch (node.kind) {
    case "Sequence": {
      let calls = 0;
      for (const n of node.nodes) calls += await runPlanDirectly(n, root, callSubgraph);
      return calls;
    }
    case "Parallel":
      return (await Promise.all(node.nodes.map((n) => runPlanDirectly(n, root, callSubgraph)))).reduce(
        (a, b) => a + b,
        0,
      );
    case "Flatten":
      return runFetch(node.node, entitiesAt(root, node.path), callSubgraph);
    case "Fetch":
      return runFetch(node, [root], callSubgraph);
    default:
      throw new Error(`plan node ${node.kind} is not replayed by this benchmark`);
  }
}

async function runFetch(fetch, entities, callSubgraph) {
  if (!fetch.requires) {
    const data = await callSubgraph(fetch.serviceName, fetch.operation, {}, fetch.operationName);
    for (const e of entities) Object.assign(e, data);
    return 1;
  }
  const targets = [];
  const representations = [];
  for (const e of entities) {
    const r = representation(e, fetch.requires);
    if (r) {
      targets.push(e);
      representations.push(r);
    }
  }
  if (representations.length === 0) return 0;
  const data = await callSubgraph(fetch.serviceName, fetch.operation, { representations }, fetch.operationName);
  if (!Array.isArray(data._entities) || data._entities.length !== representations.length) {
    throw new Error(
      `${fetch.serviceName} answered ${data._entities?.length} entities for ${representations.length} representations`,
    );
  }
  data._entities.forEach((found, i) => Object.assign(targets[i], found));
  return 1;
}

// ---------------------------------------------------------------- processes, ports, CPU

async function portIsFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

/** `count` consecutive free loopback ports. */
async function sparePorts(count) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 30000 + Math.floor(Math.random() * 3000) * 10;
    const ports = Array.from({ length: count }, (_, i) => base + i);
    if ((await Promise.all(ports.map(portIsFree))).every(Boolean)) return ports;
  }
  throw new Error("no free ports found between 30000 and 60000");
}

const MS_PER_CLOCK_TICK = 10; // USER_HZ is 100 on Linux

/** CPU time (user + system, ms) a process has used so far; undefined where /proc is missing. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_CLOCK_TICK;
  } catch {
    return undefined;
  }
}

/** The pid of this process's child started with `entry` (the launcher does not expose pids). */
function childPid(entry) {
  try {
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        if (ppid !== process.pid) continue;
        if (readFileSync(`/proc/${name}/cmdline`, "utf8").includes(entry)) return Number(name);
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    // no /proc: CPU is not reported
  }
  return undefined;
}

/** Hive Gateway as a child process; resolves once /readiness answers 200. */
async function startHive({ port, directoryUrl, intakeUrl, secret, routerRuntime, guardLines, nodeOptions }) {
  const bin = join(dirname(require.resolve("@graphql-hive/gateway/package.json", { paths: [ROOT] })), "dist", "bin.js");
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NODE_OPTIONS: nodeOptions,
    BENCH_GATEWAY_SECRET: secret,
    BENCH_DIRECTORY_URL: directoryUrl,
    BENCH_INTAKE_URL: intakeUrl,
    ...(process.env.BENCH_CPU_PROFILE_DIR ? { BENCH_CPU_PROFILE_DIR: process.env.BENCH_CPU_PROFILE_DIR } : {}),
    ...(routerRuntime ? { HIVE_ROUTER_RUNTIME: "true" } : {}),
  };
  const args = [
    bin,
    "supergraph",
    SUPERGRAPH,
    "--host",
    "127.0.0.1",
    "--port",
    String(port),
    "--fork",
    "1",
    "-c",
    HIVE_CONFIG,
  ];
  const proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const output = [];
  const onData = (chunk) => {
    for (const line of String(chunk).split("\n")) {
      if (!line) continue;
      output.push(line);
      if (line.includes("[loopback-guard]")) guardLines.push(`hive${routerRuntime ? "-rust" : ""}: ${line}`);
    }
  };
  proc.stdout.on("data", onData);
  proc.stderr.on("data", onData);
  const exited = new Promise((resolve) => proc.once("exit", resolve));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`hive-gateway exited during startup:\n${output.slice(-30).join("\n")}`);
    if (Date.now() > deadline) {
      proc.kill("SIGTERM");
      throw new Error(`hive-gateway not ready within 60 s:\n${output.slice(-30).join("\n")}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readiness`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    pid: proc.pid,
    origin: `http://127.0.0.1:${port}`,
    output,
    stop: async () => {
      if (proc.exitCode === null) proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------- statistics and report

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function shuffle(list) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

const median = (values) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/**
 * Ratios to the direct calls: of the whole run's p50 and p99, and the median over rounds of
 * each round's p50 ratio (slices of one round ran seconds apart, so this one is the least
 * moved by other load on the machine).
 */
function table(results, queries) {
  const lines = [
    "| query | via | requests | p50 ms | p99 ms | ratio p50 | ratio p99 | ratio p50, median of rounds | gateway CPU ms/request |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const q of queries) {
    const direct = results.find((r) => r.query === q && r.via === "direct");
    for (const r of results.filter((x) => x.query === q)) {
      const isDirect = r.via === "direct";
      const perRound = median(r.roundP50.map((p, i) => p / direct.roundP50[i]));
      lines.push(
        `| ${q} | ${r.via} | ${r.samples.length} | ${fmt(r.p50)} | ${fmt(r.p99)} | ` +
          (isDirect
            ? "1.00× | 1.00× | 1.00× | |"
            : `${fmt(r.p50 / direct.p50)}× | ${fmt(r.p99 / direct.p99)}× | ${fmt(perRound)}× | ${fmt(r.cpuPerRequest)} |`),
      );
    }
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  delete process.env.DATABASE_URL; // SQLite, always: the figures compare gateways, not databases

  const gatewayDist = join(ROOT, "gateway", "dist", "platform.js");
  if (!existsSync(gatewayDist))
    throw new Error("gateway/dist is missing: run `npm run build` first (npm run bench:gateway does)");
  const { launchPlatform } = require(gatewayDist);

  const dataDir = mkdtempSync(join(os.tmpdir(), "prp-bench-gateway-"));
  const [basePort, , , hivePort, hiveRustPort] = await sparePorts(5);
  const secrets = {
    GATEWAY_SECRET: randomBytes(24).toString("base64url"),
    JWT_SECRET: randomBytes(32).toString("base64url"),
  };
  const demoPassword = `Bench${randomBytes(6).toString("hex")}`;
  const guardLines = [];
  const nodeOptions = [
    `--require=${GUARD}`,
    ...(opts.profileDir ? [`--require=${join(__dirname, "cpu-profile.cjs")}`] : []),
  ].join(" ");
  if (opts.profileDir) {
    mkdirSync(opts.profileDir, { recursive: true });
    process.env.BENCH_CPU_PROFILE_DIR = opts.profileDir; // inherited by every child
  }

  console.log(`starting the platform on 127.0.0.1:${basePort}… (SQLite in ${dataDir})`);
  const platform = await launchPlatform({
    dataDir,
    basePort,
    quiet: false,
    // keep the children's output for guard lines only; startup chatter would drown the report
    log: (line) => {
      if (line.includes("[loopback-guard]")) guardLines.push(line);
    },
    env: { ...secrets, DEMO_PASSWORD: demoPassword, INITIAL_ADMIN_PASSWORD: demoPassword, NODE_OPTIONS: nodeOptions },
  });
  const hives = [];
  const clients = [];
  try {
    const directoryUrl = platform.subgraphs.directory.url;
    const intakeUrl = platform.subgraphs.intake.url;
    const subgraphUrl = { directory: directoryUrl, intake: intakeUrl };
    const gatewayPid = childPid("gateway/dist/index.js");

    if (opts.hive) {
      console.log("starting Hive Gateway…");
      hives.push({
        via: "hive",
        ...(await startHive({
          port: hivePort,
          directoryUrl,
          intakeUrl,
          secret: secrets.GATEWAY_SECRET,
          routerRuntime: false,
          guardLines,
          nodeOptions,
        })),
      });
      if (opts.routerRuntime) {
        console.log("starting Hive Gateway with the Rust query planner…");
        hives.push({
          via: "hive-rust",
          ...(await startHive({
            port: hiveRustPort,
            directoryUrl,
            intakeUrl,
            secret: secrets.GATEWAY_SECRET,
            routerRuntime: true,
            guardLines,
            nodeOptions,
          })),
        });
      }
    }

    const gateway = client(new URL(platform.gatewayUrl).origin);
    clients.push(gateway);
    const login = await gateway.post(
      "/graphql",
      {
        query: "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
        variables: { u: "analyst", p: demoPassword },
      },
      {},
    );
    const authorization = `Bearer ${login.login.token}`;

    const subgraphClients = Object.fromEntries(
      Object.entries(subgraphUrl).map(([name, url]) => [name, client(new URL(url).origin)]),
    );
    clients.push(...Object.values(subgraphClients));
    const callSubgraph = (name, query, variables, operationName) =>
      subgraphClients[name].post(
        new URL(subgraphUrl[name]).pathname,
        { query, variables, ...(operationName ? { operationName } : {}) },
        { authorization, "x-gateway-secret": secrets.GATEWAY_SECRET, "apollo-require-preflight": "true" },
      );

    const plan = queryPlanner();
    const cases = [];
    for (const [name, query] of Object.entries(QUERIES)) {
      const { node, text } = plan(query);
      console.log(`\n${name}: ${query}\nquery plan:\n${text}`);
      cases.push({ query: name, via: "direct", run: () => runPlanDirectly(node, {}, callSubgraph) });
      cases.push({
        query: name,
        via: "gateway",
        pid: gatewayPid,
        run: () => gateway.post("/graphql", { query }, { authorization }),
      });
      for (const hive of hives) {
        const c = client(hive.origin);
        clients.push(c);
        cases.push({
          query: name,
          via: hive.via,
          pid: hive.pid,
          run: () => c.post("/graphql", { query }, { authorization }),
        });
      }
    }

    // Same answer everywhere, and a query that really crosses subgraphs.
    for (const name of Object.keys(QUERIES)) {
      const viaGateway = await cases.find((c) => c.query === name && c.via === "gateway").run();
      const direct = {};
      const calls = await runPlanDirectly(plan(QUERIES[name]).node, direct, callSubgraph);
      const items = viaGateway[name].items;
      const detail =
        name === "reports"
          ? `, ${items.filter((r) => r.town).length} with a town, ${items.filter((r) => r.handlingDepartment).length} with a handling department`
          : "";
      console.log(`${name}: ${items.length} items${detail}; ${calls} direct subgraph call(s)`);
      for (const c of cases.filter((x) => x.query === name && x.via.startsWith("hive"))) {
        const other = await c.run();
        if (JSON.stringify(other) !== JSON.stringify(viaGateway))
          throw new Error(`${c.via} answers ${name} differently from our gateway`);
      }
    }

    console.log(`\nwarm-up: ${opts.warmup} requests per case`);
    for (const c of cases) for (let i = 0; i < opts.warmup; i++) await c.run();

    console.log(
      `measuring: ${opts.rounds} rounds × ${opts.slice} requests per case, interleaved, one request in flight`,
    );
    for (const c of cases) {
      c.samples = [];
      c.roundP50 = [];
      c.cpu = 0;
    }
    const started = Date.now();
    for (let round = 0; round < opts.rounds; round++) {
      for (const c of shuffle(cases)) {
        const cpuBefore = c.pid ? cpuMs(c.pid) : undefined;
        const slice = [];
        for (let i = 0; i < opts.slice; i++) {
          const t0 = process.hrtime.bigint();
          await c.run();
          slice.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
        c.samples.push(...slice);
        c.roundP50.push(median(slice));
        if (cpuBefore !== undefined) c.cpu += cpuMs(c.pid) - cpuBefore;
      }
    }
    const seconds = (Date.now() - started) / 1000;

    const results = cases.map((c) => {
      const sorted = [...c.samples].sort((a, b) => a - b);
      return {
        ...c,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        cpuPerRequest: c.pid ? c.cpu / c.samples.length : NaN,
      };
    });
    const report = table(results, Object.keys(QUERIES));
    console.log(`\n${report}\n`);
    const guard = guardLines.length ? guardLines.join("\n") : "none";
    console.log(`connections or lookups beyond loopback refused: ${guard}`);
    const resent = clients.filter((c) => c.stats.resent > 0).map((c) => `${c.origin}: ${c.stats.resent}`);
    if (resent.length)
      console.log(`requests sent again after the server closed an idle connection: ${resent.join(", ")}`);
    console.log(`measured in ${seconds.toFixed(0)} s`);

    if (opts.record) {
      const file = join(ROOT, "bench", "RESULTS.md");
      const cpu = os.cpus();
      const command = `node ${relative(ROOT, __filename)} ${process.argv.slice(2).join(" ")}`.trim();
      const section = [
        "",
        `## Gateway overhead, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
        "",
        `\`${command}\` (\`npm run bench:gateway\` builds first); Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? "CPU"}; ` +
          `SQLite; ${opts.rounds} rounds × ${opts.slice} requests per case, interleaved, one request in flight; ` +
          `load average ${os
            .loadavg()
            .map((l) => l.toFixed(1))
            .join(" / ")} at the end (2 cores shared with other work).`,
        "",
        "```",
        `departments: ${QUERIES.departments}`,
        `reports:     ${QUERIES.reports}`,
        "```",
        "",
        report,
        "",
      ].join("\n");
      if (!existsSync(file))
        writeFileSync(
          file,
          "# Benchmark results\n\nEach section: the command, the machine, the figures. Newest last.\n",
        );
      appendFileSync(file, section);
      console.log(`appended to ${relative(process.cwd(), file)}`);
    }
    if (guardLines.length) process.exitCode = 1;
  } finally {
    for (const c of clients) c.close();
    for (const h of hives) await h.stop();
    await platform.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`bench:gateway failed: ${err?.stack ?? err}`);
  process.exit(1);
});
