import type { GroupFigures, HotspotDimension } from "../domain/analysis";
import type { LeadershipDeps } from "./leadership-deps";

/** A period as intake's `Period.intakeGroups` takes it (Beijing dates, both ends included). */
export interface DatePeriod {
  from: string;
  to: string;
}

/** What the analysis asks intake (adapter: infra/intake-figures-client.ts). */
export interface IntakeFiguresPort {
  /** Each period's reports grouped by the dimension, in one call; `keyReportIds` are counted per group. */
  groups(
    periods: readonly DatePeriod[],
    dimension: HotspotDimension,
    keyReportIds: readonly string[],
  ): Promise<GroupFigures[][]>;
}

/** What the analysis asks the directory (adapter: infra/place-names-client.ts). */
export interface PlacesPort {
  /** The names of these towns and units (unknown ids left out), in one call. */
  names(ids: { towns: readonly string[]; units: readonly string[] }): Promise<Map<string, string>>;
  /** The active towns (镇街), ids in the directory's order. */
  activeTowns(): Promise<string[]>;
}

/** The analysis use cases need intake's figures and the directory's names besides leadership's own. */
export interface AnalysisDeps extends LeadershipDeps {
  intakeFigures: IntakeFiguresPort;
  places: PlacesPort;
}
