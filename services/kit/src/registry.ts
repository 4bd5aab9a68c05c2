/**
 * THE list of the platform's subgraphs, the one place a new subgraph is added. Everything else
 * is derived from it: the launcher's processes and ports, the gateway's composition, the
 * service client's URLs, jest's and TypeScript's module paths (by the `@prp/<name>` convention).
 *
 * Order matters: it is the composition order (and so the order in schema/supergraph.graphql)
 * and the launcher's port order. Add new subgraphs at the end.
 *
 * Conventions a registered subgraph follows: package `@prp/<name>` in `services/<name>`, whose
 * `src/subgraph.ts` exports `subgraph` (its SubgraphDefinition) and whose `src/index.ts` runs it.
 */
export const SUBGRAPH_REGISTRY = [
  { name: "directory", port: 4001 },
  { name: "intake", port: 4002 },
  { name: "training", port: 4005 },
  { name: "cases", port: 4003 },
  { name: "leadership", port: 4004 },
] as const satisfies readonly { name: string; port: number }[];

export type SubgraphName = (typeof SUBGRAPH_REGISTRY)[number]["name"];

/** The registered subgraph's default port (its place in the registry). */
export function defaultPort(name: string): number {
  const hit = SUBGRAPH_REGISTRY.find((s) => s.name === name);
  if (!hit) throw new Error(`unknown subgraph "${name}" (known: ${SUBGRAPH_REGISTRY.map((s) => s.name).join(", ")})`);
  return hit.port;
}
