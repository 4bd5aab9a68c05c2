import { callSubgraph, serviceUnavailable } from "@prp/kit";
import type { PlacesPort } from "../app/analysis-ports";

/** The directory over the graph (service token): names of towns and units, the active towns. */
export const placesClient: PlacesPort = {
  async names({ towns, units }) {
    const reps = [
      ...[...new Set(towns)].map((id) => ({ __typename: "Town", id })),
      ...[...new Set(units)].map((id) => ({ __typename: "Department", id })),
    ];
    if (!reps.length) return new Map();
    let r: { _entities: ({ id: string; name: string } | null)[] };
    try {
      r = await callSubgraph<typeof r>(
        "leadership",
        "directory",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Town { id name } ... on Department { id name } } }`,
        { r: reps },
      );
    } catch {
      throw serviceUnavailable("组织机构（名称）");
    }
    return new Map(r._entities.filter((e): e is { id: string; name: string } => !!e?.id).map((e) => [e.id, e.name]));
  },

  async activeTowns() {
    let r: { towns: { id: string }[] | null };
    try {
      r = await callSubgraph<typeof r>("leadership", "directory", `{ towns(active: true) { id } }`);
    } catch {
      throw serviceUnavailable("组织机构（镇街）");
    }
    return (r.towns ?? []).map((t) => t.id);
  },
};
