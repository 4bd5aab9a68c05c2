// The gateway alone, in front of two stub subgraphs (plain HTTP servers): header forwarding,
// health aggregation, query limits, partial failure, GraphiQL and the portal. The platform's
// end-to-end behaviour (real subgraphs, login, roles) is tested elsewhere.
import http, { type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getIntrospectionQuery, parse } from "graphql";
import { composeServices } from "@apollo/composition";
import { ConfigError, resetConfig } from "@prp/kit";
import { armorConfig, startGateway, subgraphTimeoutMs, type RunningGateway } from "../src/gateway";

jest.setTimeout(30_000);

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
const STUBS = {
  alpha: `${LINK}
type Query { alpha: String node: Node nodes(offset: Int! = 0, limit: Int! = 50): NodePage! roots: [Node!]! }
type Node { id: ID child: Node children: [Node!]! }
type NodePage { total: Int! items: [Node!]! }`,
  beta: `${LINK}\ntype Query { beta: String }`,
};

interface Stub {
  url: string;
  seen: IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** A subgraph stand-in: answers /health and resolves every root field to a fixed string. */
async function startStub(name: string): Promise<Stub> {
  const seen: IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    if (req.url === "/health") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: "ok", subgraph: name }));
      return;
    }
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push(req.headers);
      const { query } = JSON.parse(body) as { query: string };
      const data: Record<string, unknown> = {};
      for (const field of ["alpha", "beta"])
        if (new RegExp(`\\b${field}\\b`).test(query)) data[field] = field.toUpperCase();
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    seen,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

let tmp: string;
let supergraphPath: string;
let alpha: Stub;
let beta: Stub;
let gw: RunningGateway;
let origin: string;

async function gql(query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) {
  const res = await fetch(`${origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "gateway-test-"));
  process.env.GATEWAY_SECRET = "test-gateway-secret";
  const result = composeServices(
    Object.entries(STUBS).map(([name, sdl]) => ({ name, typeDefs: parse(sdl), url: `http://127.0.0.1:1/${name}` })),
  );
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join("\n"));
  supergraphPath = join(tmp, "supergraph.graphql");
  writeFileSync(supergraphPath, result.supergraphSdl);

  alpha = await startStub("alpha");
  beta = await startStub("beta");
  const adminDir = join(tmp, "admin");
  mkdirSync(adminDir);
  writeFileSync(join(adminDir, "index.html"), "<!doctype html><title>portal</title>");
  writeFileSync(join(adminDir, "app.js"), "console.log('portal')");
  gw = await startGateway({
    port: 0,
    host: "127.0.0.1",
    supergraphPath,
    adminDir,
    subgraphUrls: { alpha: alpha.url, beta: beta.url },
    log: () => undefined,
  });
  origin = new URL(gw.url).origin;
});

afterAll(async () => {
  await gw?.stop();
  await alpha?.close();
  await beta?.close().catch(() => undefined);
  rmSync(tmp, { recursive: true, force: true });
});

describe("routing", () => {
  it("forwards the token, the client address, the secret and the preflight header", async () => {
    const { body } = await gql("{ alpha }", { authorization: "Bearer abc" });
    expect(body).toEqual({ data: { alpha: "ALPHA" } });
    const h = alpha.seen.at(-1)!;
    expect(h["x-gateway-secret"]).toBe("test-gateway-secret");
    expect(h["authorization"]).toBe("Bearer abc");
    expect(h["apollo-require-preflight"]).toBe("true");
    expect(h["x-client-ip"]).toMatch(/127\.0\.0\.1/);
  });

  it("answers /health with every subgraph", async () => {
    const res = await fetch(`${origin}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", subgraphs: { alpha: "ok", beta: "ok" } });
  });

  it("answers a malformed body in GraphQL's shape", async () => {
    const res = await fetch(`${origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("rejects requests that could be cross-site (CSRF prevention)", async () => {
    const res = await fetch(`${origin}/graphql?query=${encodeURIComponent("{ alpha }")}`, {
      headers: { accept: "application/json" },
    });
    expect(res.status).toBe(400);
  });

  it("rejects a simple POST (a form or text/plain, which skips the browser's preflight) unless it carries a preflight header", async () => {
    const seenBefore = alpha.seen.length;
    const body = JSON.stringify({ query: "{ alpha }" });
    const plain = await fetch(`${origin}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/Cross-Site Request Forgery/);
    const form = await fetch(`${origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "query=%7B%20alpha%20%7D",
    });
    expect(form.status).toBe(400);
    expect(alpha.seen.length).toBe(seenBefore); // nothing reached the subgraph
    // with the header a browser cannot add without a preflight, the request passes CSRF
    // prevention, and is then refused for not being JSON
    const flagged = await fetch(`${origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain", "apollo-require-preflight": "true" },
      body,
    });
    expect(flagged.status).toBe(400);
    expect(await flagged.text()).not.toMatch(/Cross-Site Request Forgery/);
  });

  it("refuses a body over 2 MB with 413, in GraphQL's shape", async () => {
    const huge = JSON.stringify({ query: "{ alpha }", variables: { pad: "x".repeat(2 * 1024 * 1024) } });
    const res = await fetch(`${origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: huge,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ errors: [{ message: "请求体过大", extensions: { code: "BAD_USER_INPUT" } }] });
    // and a body just under the limit is still served
    const fits = JSON.stringify({ query: "{ alpha }", variables: { pad: "x".repeat(2 * 1024 * 1024 - 100) } });
    const ok = await fetch(`${origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: fits,
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { alpha: "ALPHA" } });
  });

  it("answers JSON that is not an object as a bad request", async () => {
    const res = await fetch(`${origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '"{ alpha }"',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("sends no ETag (no GraphQL client revalidates; hashing every answer costs CPU)", async () => {
    const res = await fetch(`${origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ alpha }" }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeNull();
    expect(res.headers.get("content-type")).toMatch(/json/);
    await res.arrayBuffer();
    const health = await fetch(`${origin}/health`);
    expect(health.headers.get("etag")).toBeNull();
    await health.arrayBuffer();
  });
});

describe("query limits (graphql-armor) reach clients as BAD_USER_INPUT", () => {
  const codes = (body: { errors?: any[] }) => body.errors?.map((e) => e.extensions?.code);

  it.each([
    ["depth > 10", `{ node { ${"child { ".repeat(10)}id${" }".repeat(10)} } }`, /嵌套层数/],
    ["aliases > 15", `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: alpha`).join(" ")} }`, /别名/],
    ["directives > 50", `{ alpha ${"@include(if: true) ".repeat(51)}}`, /指令/],
    ["tokens > 2000", `{ ${"alpha ".repeat(2100)}}`, /查询过长/],
    // 100 items × 100 ids > 10 000: list sizes count
    ["cost > 10 000", `{ nodes(limit: 100) { items { ${"id ".repeat(100)}} } }`, /过于复杂/],
  ])("%s", async (_label, query, message) => {
    const { status, body } = await gql(query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(body.data).toBeUndefined();
    expect(codes(body)).toContain("BAD_USER_INPUT");
    expect(codes(body)!.every((c: string) => c === "BAD_USER_INPUT")).toBe(true);
  });

  it("unknown fields are BAD_USER_INPUT too", async () => {
    const { body } = await gql("{ nope }");
    expect(codes(body)).toEqual(["BAD_USER_INPUT"]);
  });

  it("limits are configurable through the environment; a bad value stops the start", () => {
    const cfg = armorConfig({ GRAPHQL_MAX_DEPTH: "4" });
    expect(cfg.maxDepth?.n).toBe(4);
    expect(cfg.maxAliases?.n).toBe(15);
    expect(() => armorConfig({ GRAPHQL_MAX_COST: "oops" })).toThrow(ConfigError);
  });
});

describe("malformed queries are the client's fault: HTTP 400 with BAD_USER_INPUT, never 500", () => {
  const refused = async (query: string, message: RegExp) => {
    const { status, body } = await gql(query);
    expect({ status, codes: body.errors?.map((e) => e.extensions?.code) }).toEqual({
      status: 400,
      codes: ["BAD_USER_INPUT"],
    });
    expect(body.errors![0].message).toMatch(message);
    expect(body.data).toBeUndefined();
  };

  it("a syntax error (an unclosed brace)", async () => {
    await refused("{ alpha", /^请求语法错误/);
  });

  it("a lone UTF-16 surrogate, in a string and outside one", async () => {
    await refused('{ alpha(x: "\ud800") }', /^请求语法错误/);
    await refused("{ alpha \udc00 }", /^请求语法错误/);
  });

  it("1,000 aliases (over the token limit, refused while parsing)", async () => {
    await refused(
      `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: alpha`).join(" ")} }`,
      /查询过长（最多 2000 个词法单元）/,
    );
  });

  it("the token limit counts the whole document, even after a syntax error would be found", async () => {
    await refused(`{ ${"alpha ".repeat(2100)}`, /查询过长/);
  });
});

describe("the cost limit weighs list sizes", () => {
  const ids = (n: number) => "id ".repeat(n);

  it("counts a page's items once per item its limit allows", async () => {
    // nodes 1 + total 1 + items (1 + 99 × 100) = 9903: allowed; 1 + 1 + 1 + 100 × 100 = 10 003: refused
    expect((await gql(`{ nodes(limit: 99) { total items { ${ids(100)}} } }`)).status).toBe(200);
    const over = await gql(`{ nodes(limit: 100) { total items { ${ids(100)}} } }`);
    expect(over.status).toBe(400);
    expect(over.body.errors![0].message).toMatch(/查询过于复杂（复杂度 10003，上限 10000）/);
  });

  it("reads a limit given as a variable, and assumes the argument's default when there is none", async () => {
    const q = `query($n: Int!) { nodes(limit: $n) { items { ${ids(20)}} } }`;
    expect((await gql(q, {}, { n: 10 })).status).toBe(200);
    expect((await gql(q, {}, { n: 500 })).status).toBe(400);
    // default 50 × 201 > 10 000
    expect((await gql(`{ nodes { items { ${ids(201)}} } }`)).status).toBe(400);
    expect((await gql(`{ nodes { items { ${ids(190)}} } }`)).status).toBe(200);
  });

  it("refuses many aliases of a large page, which one alias alone would pass", async () => {
    // each: 1 + 1 + 100 × (id 1 + child 2 + children (1 + 10 × 1)) = 1402
    const page = `nodes(limit: 100) { items { id child { id } children { id } } }`;
    expect((await gql(`{ a0: ${page} }`)).status).toBe(200);
    const fifteen = Array.from({ length: 15 }, (_, i) => `a${i}: ${page}`).join(" ");
    const { status, body } = await gql(`{ ${fifteen} }`);
    expect(status).toBe(400);
    expect(body.errors!.map((e) => e.extensions.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("weighs unpaged lists at the page-size cap at the root and at 10 inside an item", async () => {
    // roots: 1 + 100 × children (1 + 10 × 10) = 10 101
    expect((await gql(`{ roots { children { ${ids(10)}} } }`)).status).toBe(400);
    // 1 + 100 × (1 + 10 × 9) = 9101
    expect((await gql(`{ roots { children { ${ids(9)}} } }`)).status).toBe(200);
  });
});

describe("GraphiQL, served without any CDN", () => {
  it("serves the page at /graphiql and at /graphql for browsers", async () => {
    for (const path of ["/graphiql", "/graphql"]) {
      const res = await fetch(`${origin}${path}`, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('src="/graphiql/assets/yoga-graphiql.umd.js"');
      expect(html).toContain('href="/graphiql/assets/graphiql.css"');
      // nothing the browser loads may come from another host
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });

  it("serves the bundle, the stylesheet and the editor workers", async () => {
    for (const asset of ["yoga-graphiql.umd.js", "graphiql.css", "monacoeditorwork/editor.worker.bundle.js"]) {
      const res = await fetch(`${origin}/graphiql/assets/${asset}`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    expect((await fetch(`${origin}/graphiql/assets/nope.js`)).status).toBe(404);
  });

  it("allows introspection outside production, within the query limits", async () => {
    const { body } = await gql("{ __schema { queryType { name } } }");
    expect(body.data.__schema.queryType.name).toBe("Query");
    // what GraphiQL sends to load the docs: deep, but exempt from the depth and cost limits
    const full = await gql(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    );
    expect(full.body.errors).toBeUndefined();
    expect(full.body.data.__schema.types.length).toBeGreaterThan(0);
  });
});

describe("admin portal", () => {
  it("serves files and falls back to index.html for client-side routes", async () => {
    expect(await (await fetch(`${origin}/`)).text()).toContain("portal");
    expect(await (await fetch(`${origin}/app.js`)).text()).toContain("console.log");
    const route = await fetch(`${origin}/cases/12`, { headers: { accept: "text/html" } });
    expect(await route.text()).toContain("<title>portal</title>");
    expect((await fetch(`${origin}/missing.js`)).status).toBe(404);
  });
});

describe("production mode", () => {
  let prod: RunningGateway;
  let prodOrigin: string;
  const previous = { ...process.env };

  beforeAll(async () => {
    // production refuses to start without strong secrets; the gateway reads the configuration once
    Object.assign(process.env, {
      NODE_ENV: "production",
      JWT_SECRET: "j".repeat(32),
      GATEWAY_SECRET: "g".repeat(32),
      PII_KEY: Buffer.alloc(32, 7).toString("base64"),
    });
    resetConfig();
    prod = await startGateway({
      port: 0,
      supergraphPath,
      adminDir: join(tmp, "none"),
      subgraphUrls: { alpha: alpha.url, beta: beta.url },
      log: () => undefined,
    });
    prodOrigin = new URL(prod.url).origin;
  });
  afterAll(async () => {
    for (const name of ["NODE_ENV", "JWT_SECRET", "GATEWAY_SECRET", "PII_KEY"]) {
      if (previous[name] === undefined) delete process.env[name];
      else process.env[name] = previous[name];
    }
    resetConfig();
    await prod?.stop();
  });

  it("has no GraphiQL and no introspection", async () => {
    expect((await fetch(`${prodOrigin}/graphiql`, { headers: { accept: "text/html" } })).status).toBe(404);
    const res = await fetch(`${prodOrigin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }),
    });
    const body = (await res.json()) as { errors?: any[] };
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("a subgraph that refuses the gateway", () => {
  it("is a server fault (INTERNAL), not the client's FORBIDDEN, and leaks no URL", async () => {
    const refusing = http.createServer((_req, res) => {
      res.writeHead(403, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: "只接受经网关转发的请求", extensions: { code: "FORBIDDEN" } }] }));
    });
    await new Promise<void>((r) => refusing.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/graphql`;
    const lines: string[] = [];
    const other = await startGateway({
      port: 0,
      supergraphPath,
      adminDir: join(tmp, "none"),
      subgraphUrls: { alpha: alpha.url, beta: url },
      log: (l) => lines.push(l),
    });
    try {
      const res = await fetch(other.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ alpha beta }" }),
      });
      const body = (await res.json()) as any;
      expect(body.data).toEqual({ alpha: "ALPHA", beta: null });
      expect(body.errors.map((e: any) => e.extensions.code)).toEqual(["INTERNAL"]);
      expect(JSON.stringify(body)).not.toContain("127.0.0.1");
      expect(lines.join("\n")).toMatch(/subgraph beta unavailable: HTTP 403/);
    } finally {
      await other.stop();
      await new Promise((r) => refusing.close(r));
    }
  });
});

describe("a subgraph that does not answer", () => {
  it("is given up after the timeout: the other fields still come, with an error naming it", async () => {
    const frozen = http.createServer(() => undefined); // accepts, reads, never answers
    await new Promise<void>((r) => frozen.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(frozen.address() as AddressInfo).port}/graphql`;
    const lines: string[] = [];
    const other = await startGateway({
      port: 0,
      supergraphPath,
      adminDir: join(tmp, "none"),
      subgraphUrls: { alpha: alpha.url, beta: url },
      subgraphTimeoutMs: 300,
      log: (l) => lines.push(l),
    });
    try {
      const res = await fetch(other.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ alpha beta }" }),
      });
      const body = (await res.json()) as any;
      expect(body.data).toEqual({ alpha: "ALPHA", beta: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]).toEqual({
        message: "部分服务暂时不可用（beta），相关数据未能加载，请稍后重试",
        path: ["beta"],
        extensions: { code: "SERVICE_UNAVAILABLE", subgraph: "beta" },
      });
      expect(lines.join("\n")).toMatch(/subgraph beta unavailable: no answer within 300 ms/);
    } finally {
      await other.stop();
      frozen.closeAllConnections();
      await new Promise((r) => frozen.close(r));
    }
  });

  it("waits SUBGRAPH_TIMEOUT_MS, else 10 s", () => {
    expect(subgraphTimeoutMs(undefined, { SUBGRAPH_TIMEOUT_MS: "2500" })).toBe(2500);
    expect(() => subgraphTimeoutMs(undefined, { SUBGRAPH_TIMEOUT_MS: "soon" })).toThrow(ConfigError);
    expect(subgraphTimeoutMs(undefined, {})).toBe(10_000);
    expect(subgraphTimeoutMs(700, { SUBGRAPH_TIMEOUT_MS: "2500" })).toBe(700);
  });
});

describe("a subgraph that is down", () => {
  beforeAll(async () => {
    await beta.close();
  });

  it("still gets the other subgraphs' fields, with an error for the missing part", async () => {
    const { body } = await gql("{ alpha beta }");
    expect(body.data).toEqual({ alpha: "ALPHA", beta: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toEqual({ code: "SERVICE_UNAVAILABLE", subgraph: "beta" });
    expect(body.errors![0].path).toEqual(["beta"]);
    expect(body.errors![0].message).toContain("beta");
  });

  it("makes /health report degraded", async () => {
    const res = await fetch(`${origin}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "degraded", subgraphs: { alpha: "ok", beta: "unreachable" } });
  });
});
