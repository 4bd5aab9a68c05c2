import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  aggregateHealth,
  checkSubgraphs,
  healthUrlFor,
  resolveSubgraphUrl,
  subgraphsFromSupergraph,
  urlEnvName,
} from "../src/health";
import { loadConfig } from "@prp/kit";

const SUPERGRAPH = `
schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.5", for: EXECUTION) { query: Query }
directive @join__graph(name: String!, url: String!) on ENUM_VALUE
enum join__Graph {
  DIRECTORY @join__graph(name: "directory", url: "http://127.0.0.1:4001/graphql")
  CASES @join__graph(name: "cases", url: "http://127.0.0.1:4003/graphql")
}
type Query { x: Int }
`;

describe("subgraph URLs", () => {
  it("reads names and routing URLs from the supergraph", () => {
    expect(subgraphsFromSupergraph(SUPERGRAPH)).toEqual([
      { name: "directory", url: "http://127.0.0.1:4001/graphql" },
      { name: "cases", url: "http://127.0.0.1:4003/graphql" },
    ]);
  });

  it("prefers the option, then <NAME>_URL, then the supergraph", () => {
    const ep = { name: "directory", url: "http://127.0.0.1:4001/graphql" };
    const configured = loadConfig({ DIRECTORY_URL: "http://127.0.0.1:5001/graphql" }).subgraphUrls;
    expect(resolveSubgraphUrl(ep, { directory: "http://127.0.0.1:6001/graphql" }, configured)).toBe(
      "http://127.0.0.1:6001/graphql",
    );
    expect(resolveSubgraphUrl(ep, {}, configured)).toBe("http://127.0.0.1:5001/graphql");
    expect(resolveSubgraphUrl(ep, undefined, {})).toBe(ep.url);
    expect(urlEnvName("case-files")).toBe("CASE_FILES_URL");
  });

  it("derives /health next to the GraphQL endpoint", () => {
    expect(healthUrlFor("http://127.0.0.1:4001/graphql")).toBe("http://127.0.0.1:4001/health");
    expect(healthUrlFor("http://127.0.0.1:4001/graphql/")).toBe("http://127.0.0.1:4001/health");
    expect(healthUrlFor("http://host/api/directory/graphql?x=1")).toBe("http://host/api/directory/health");
  });
});

describe("health aggregation", () => {
  it("is ok only when every subgraph is ok", () => {
    expect(aggregateHealth({ directory: "ok", cases: "ok" })).toEqual({
      httpStatus: 200,
      body: { status: "ok", subgraphs: { directory: "ok", cases: "ok" } },
    });
    expect(aggregateHealth({ directory: "ok", cases: "unreachable" })).toEqual({
      httpStatus: 503,
      body: { status: "degraded", subgraphs: { directory: "ok", cases: "unreachable" } },
    });
  });

  it("probes real endpoints: ok, down (503) and unreachable", async () => {
    const server = http.createServer((req, res) => {
      const down = req.url!.startsWith("/down/");
      res.writeHead(down ? 503 : 200, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: down ? "down" : "ok" }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    // a port that was just free: nothing listens there
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    try {
      const report = await checkSubgraphs(
        [
          { name: "a", url: `http://127.0.0.1:${port}/graphql` },
          { name: "b", url: `http://127.0.0.1:${port}/down/graphql` },
          { name: "c", url: `http://127.0.0.1:${closedPort}/graphql` },
        ],
        1000,
      );
      expect(report).toEqual({
        httpStatus: 503,
        body: { status: "degraded", subgraphs: { a: "ok", b: "down", c: "unreachable" } },
      });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
