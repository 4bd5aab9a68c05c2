import type { SubgraphContext } from "@prp/kit";
import type { FieldWorkDeps } from "../app/field-work-ports";
import { intakeReportsClient } from "../infra/intake-reports-client";
import { leaderDirectoryClient } from "../infra/leader-directory-client";
import { leadershipDeps } from "./leadership-deps";

/** A request's collaborators for receptions and case visits: leadership's, plus intake and the directory's posts. */
export function fieldWorkDeps(ctx: SubgraphContext): FieldWorkDeps {
  return { ...leadershipDeps(ctx), intake: intakeReportsClient, leaders: leaderDirectoryClient };
}
