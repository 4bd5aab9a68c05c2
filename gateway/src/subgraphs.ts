import type { SubgraphDefinition } from "@prp/kit";

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

/**
 * THE list of subgraphs. Order matters: it is the composition order (and so the order in
 * schema/supergraph.graphql) and the launcher's port order. Add new subgraphs at the end.
 */
export const SUBGRAPHS: readonly RegisteredSubgraph[] = [
  {
    name: "directory",
    port: 4001,
    entry: "services/directory/dist/index.js",
    definition: () => (require("@prp/directory") as typeof import("@prp/directory")).directorySubgraph,
  },
  {
    name: "intake",
    port: 4002,
    entry: "services/intake/dist/index.js",
    definition: () => (require("@prp/intake") as typeof import("@prp/intake")).intakeSubgraph,
  },
];

export function findSubgraph(name: string): RegisteredSubgraph {
  const hit = SUBGRAPHS.find((s) => s.name === name);
  if (!hit) throw new Error(`unknown subgraph "${name}" (known: ${SUBGRAPHS.map((s) => s.name).join(", ")})`);
  return hit;
}
