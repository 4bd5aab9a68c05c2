import type { SubgraphContext } from "@prp/kit";
import type { AnalysisDeps } from "../app/analysis-ports";
import { intakeFiguresClient } from "../infra/intake-figures-client";
import { placesClient } from "../infra/places-client";
import { leadershipDeps } from "./leadership-deps";

/** A request's collaborators for the analysis: leadership's, plus intake's figures and the directory's names. */
export function analysisDeps(ctx: SubgraphContext): AnalysisDeps {
  return { ...leadershipDeps(ctx), intakeFigures: intakeFiguresClient, places: placesClient };
}
