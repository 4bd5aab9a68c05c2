import { config, systemClock, type SubgraphContext } from "@prp/kit";
import type { LeadershipDeps } from "../app/leadership-deps";
import { directoryClient } from "../infra/directory-client";
import { casesClient } from "../infra/cases-client";

/** A request's collaborators for the use cases: its database, its user, the real clock, the neighbours over the graph. */
export function leadershipDeps(ctx: SubgraphContext): LeadershipDeps {
  return {
    db: ctx.db,
    actor: ctx.user ?? null,
    clock: systemClock,
    directory: directoryClient,
    cases: casesClient,
    settings: { commissionHead: config().commissionHead },
  };
}
