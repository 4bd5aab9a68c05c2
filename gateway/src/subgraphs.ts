import { SUBGRAPH_REGISTRY, type SubgraphDefinition } from "@prp/kit";

/** One subgraph of the platform, as the launcher and the schema tool know it. */
export interface RegisteredSubgraph {
  /** Short lower-case name: the federation subgraph name and the `[name]` log prefix. */
  name: string;
  /** Default port; the launcher assigns basePort + 1 + index instead. */
  port: number;
  /** The subgraph's process entry, relative to the repository root. */
  entry: string;
  /**
   * The type-graphql definition, loaded lazily: only the schema tool needs it, and the
   * gateway process must not pull every subgraph's resolvers and entities into memory.
   */
  definition: () => SubgraphDefinition;
}

/** The kit's registry (services/kit/src/registry.ts), with where each subgraph's code lives. */
export const SUBGRAPHS: readonly RegisteredSubgraph[] = SUBGRAPH_REGISTRY.map(({ name, port }) => ({
  name,
  port,
  entry: `services/${name}/dist/index.js`,
  definition: () => (require(`@prp/${name}`) as { subgraph: SubgraphDefinition }).subgraph,
}));

export function findSubgraph(name: string): RegisteredSubgraph {
  const hit = SUBGRAPHS.find((s) => s.name === name);
  if (!hit) throw new Error(`unknown subgraph "${name}" (known: ${SUBGRAPHS.map((s) => s.name).join(", ")})`);
  return hit;
}
