import { callSubgraph, serviceUnavailable } from "@prp/kit";
import type { IntakeFiguresPort } from "../app/analysis-ports";
import type { GroupFigures } from "../domain/analysis";

/**
 * intake over the graph (service token): the reports of several periods grouped for the analysis,
 * in one `_entities` call on intake's part of `Period` (never intake's tables).
 */
export const intakeFiguresClient: IntakeFiguresPort = {
  async groups(periods, dimension, keyReportIds) {
    if (!periods.length) return [];
    let r: { _entities: ({ intakeGroups: GroupFigures[] } | null)[] };
    try {
      r = await callSubgraph<typeof r>(
        "leadership",
        "intake",
        `query($r: [_Any!]!, $d: HotspotDimension!, $k: [ID!]!) { _entities(representations: $r) { ... on Period {
          intakeGroups(dimension: $d, keyReportIds: $k) { key label count repeatCount realNameCount keyCount byMonth { month count } } } } }`,
        { r: periods.map((p) => ({ __typename: "Period", from: p.from, to: p.to })), d: dimension, k: keyReportIds },
      );
    } catch {
      throw serviceUnavailable("受理（热点统计）");
    }
    return r._entities.map((e) => e?.intakeGroups ?? []);
  },
};
