import { systemClock, unauthenticated, type SubgraphContext } from "@prp/kit";
import type { UseCaseDeps } from "../app/deps";
import type { PeopleDirectory } from "../app/people";
import { directoryPeople } from "../infra/directory-client";

/** The use cases' collaborators for one request: its database, its caller, the real clock. */
export function depsOf(ctx: SubgraphContext): UseCaseDeps {
  if (!ctx.user) throw unauthenticated();
  return { db: ctx.db, actor: ctx.user, clock: systemClock };
}

/** The directory's people (cached briefly). */
export const people: PeopleDirectory = directoryPeople;
