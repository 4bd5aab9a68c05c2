import { systemClock, type SubgraphContext } from "@prp/kit";
import type { IntakeDeps } from "../app/intake-deps";
import { directoryClient } from "../infra/directory-client";
import { similarityIndexFor } from "../infra/similarity-index";

/** A request's collaborators for the use cases: its database, its user, the real clock, the directory over the graph. */
export function intakeDeps(ctx: SubgraphContext): IntakeDeps {
  return {
    db: ctx.db,
    actor: ctx.user ?? null,
    clock: systemClock,
    directory: directoryClient,
    similarity: similarityIndexFor(ctx.db),
  };
}
