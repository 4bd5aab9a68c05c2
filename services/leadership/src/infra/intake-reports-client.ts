import { callSubgraph, serviceUnavailable } from "@prp/kit";
import type { IntakeReportsPort, ReportSummary } from "../app/field-work-ports";

/** intake over the graph (service token): which reports exist, several in one `_entities` call. */
export const intakeReportsClient: IntakeReportsPort = {
  async reports(ids) {
    if (!ids.length) return [];
    let r: { _entities: (ReportSummary | null)[] };
    try {
      r = await callSubgraph<{ _entities: (ReportSummary | null)[] }>(
        "leadership",
        "intake",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Report { id serial } } }`,
        { r: ids.map((id) => ({ __typename: "Report", id })) },
      );
    } catch {
      throw serviceUnavailable("受理");
    }
    return r._entities.filter((x): x is ReportSummary => !!x && !!x.id);
  },
};
