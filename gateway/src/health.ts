import { Kind, parse, type ConstValueNode } from "graphql";
import { config } from "@prp/kit";

/** A subgraph as the gateway routes to it. */
export interface SubgraphEndpoint {
  name: string;
  /** The subgraph's GraphQL endpoint (…/graphql). */
  url: string;
}

/** What the gateway's /health reports per subgraph. */
export type SubgraphHealth = "ok" | "down" | "unreachable";

export interface HealthReport {
  status: "ok" | "degraded";
  subgraphs: Record<string, SubgraphHealth>;
}

function stringArg(args: readonly { name: { value: string }; value: ConstValueNode }[] | undefined, name: string) {
  const v = args?.find((a) => a.name.value === name)?.value;
  return v?.kind === Kind.STRING ? v.value : undefined;
}

/**
 * The subgraphs named in a composed supergraph, read from its `join__Graph` enum
 * (`DIRECTORY @join__graph(name: "directory", url: "…")`). The supergraph file is the single
 * source of truth for what the gateway routes to, so /health checks exactly those.
 */
export function subgraphsFromSupergraph(supergraphSdl: string): SubgraphEndpoint[] {
  const doc = parse(supergraphSdl, { noLocation: true });
  const out: SubgraphEndpoint[] = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value !== "join__Graph") continue;
    for (const value of def.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === "join__graph");
      const name = stringArg(directive?.arguments, "name");
      const url = stringArg(directive?.arguments, "url");
      if (name) out.push({ name, url: url ?? "" });
    }
  }
  return out;
}

/** `directory` → `DIRECTORY_URL`: the environment variable that overrides a subgraph's URL. */
export function urlEnvName(subgraph: string): string {
  return `${subgraph.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_URL`;
}

/** Explicit option, else `<NAME>_URL` (in the configuration), else the URL composed into the supergraph. */
export function resolveSubgraphUrl(
  endpoint: SubgraphEndpoint,
  overrides: Record<string, string> | undefined,
  configured: Record<string, string> = config().subgraphUrls,
): string {
  return overrides?.[endpoint.name] || configured[endpoint.name] || endpoint.url;
}

/**
 * A subgraph's /health next to its GraphQL endpoint: `http://h:4001/graphql` →
 * `http://h:4001/health` (a path prefix such as `/dir/graphql` is kept: `/dir/health`).
 */
export function healthUrlFor(graphqlUrl: string): string {
  const base = new URL(graphqlUrl);
  base.pathname = base.pathname.replace(/\/+$/, "");
  base.search = "";
  base.hash = "";
  return new URL("health", base).toString();
}

/** 200 only when every subgraph answers ok; a gateway that can serve only part of the graph is degraded. */
export function aggregateHealth(results: Record<string, SubgraphHealth>): {
  httpStatus: 200 | 503;
  body: HealthReport;
} {
  const allOk = Object.values(results).every((r) => r === "ok");
  return { httpStatus: allOk ? 200 : 503, body: { status: allOk ? "ok" : "degraded", subgraphs: results } };
}

/**
 * Asks one subgraph's /health. "down" = it answered but said so (e.g. its database is gone);
 * "unreachable" = no usable answer within the timeout.
 */
export async function probeSubgraph(healthUrl: string, timeoutMs = 2000): Promise<SubgraphHealth> {
  try {
    const res = await fetch(healthUrl, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: "application/json" },
    });
    const body = (await res.json().catch(() => undefined)) as { status?: string } | undefined;
    return res.ok && body?.status === "ok" ? "ok" : "down";
  } catch {
    return "unreachable";
  }
}

/** Probes all subgraphs in parallel, so the whole check takes at most one timeout. */
export async function checkSubgraphs(endpoints: SubgraphEndpoint[], timeoutMs = 2000) {
  const entries = await Promise.all(
    endpoints.map(async (e) => [e.name, await probeSubgraph(healthUrlFor(e.url), timeoutMs)] as const),
  );
  return aggregateHealth(Object.fromEntries(entries));
}
