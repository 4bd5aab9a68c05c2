import { config, systemClock, type SubgraphContext } from "@prp/kit";
import type { CasesDeps } from "../app/cases-deps";
import { directoryClient } from "../infra/directory-client";

/** A request's collaborators for the use cases: its database, its user, the real clock, the directory over the graph. */
export function casesDeps(ctx: SubgraphContext): CasesDeps {
  return {
    db: ctx.db,
    actor: ctx.user ?? null,
    clock: systemClock,
    directory: directoryClient,
    settings: { transferFeedbackWorkingDays: config().transferFeedbackWorkingDays },
  };
}
