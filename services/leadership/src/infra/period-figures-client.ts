import { callSubgraph, type DateSpan } from "@prp/kit";
import type { PeriodFiguresPort } from "../app/half-year-report";

/**
 * The other subgraphs' Period fields over the graph (service token): both halves in one
 * `_entities` call per subgraph. A subgraph that does not answer (or answers with errors) gives
 * null, and the report says that part could not be had.
 */
async function periodEntities<T>(target: string, selection: string, spans: readonly DateSpan[]): Promise<T[] | null> {
  try {
    const r = await callSubgraph<{ _entities: (T | null)[] }>(
      "leadership",
      target,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Period { ${selection} } } }`,
      { r: spans.map((s) => ({ __typename: "Period", from: s.from, to: s.to })) },
    );
    return r._entities.every((e) => !!e) ? (r._entities as T[]) : null;
  } catch {
    return null;
  }
}

const pair = <T>(rows: T[] | null): [T, T] | null => (rows && rows.length === 2 ? [rows[0], rows[1]] : null);
const KEYED = "key label count";

export const periodFiguresClient: PeriodFiguresPort = {
  async intake(spans) {
    const rows = await periodEntities<{ intake: any }>(
      "intake",
      `intake { total realNameShare forwardedCount byChannel { ${KEYED} } byCategory { ${KEYED} } byScope { ${KEYED} } byDisposition { ${KEYED} } }`,
      spans,
    );
    return pair(rows?.map((r) => r.intake) ?? null);
  },
  async cases(spans) {
    const rows = await periodEntities<any>(
      "cases",
      `cases { newCases concluded closed overdue byGrade { key count } }
       dispatch { feedbackGiven satisfied basicallySatisfied dissatisfied satisfactionRate labelledByColour { colour count } }`,
      spans,
    );
    return pair(rows?.map((r) => ({ cases: r.cases, dispatch: r.dispatch })) ?? null);
  },
  async training(spans) {
    const rows = await periodEntities<{ training: any }>(
      "training",
      `training { sessions hours attendance trainedPeople coverage averageQuizScore }`,
      spans,
    );
    return pair(rows?.map((r) => r.training) ?? null);
  },
};
