import { callSubgraph, serviceUnavailable } from "@prp/kit";
import type { CasesPort } from "../app/ports";

interface CaseDates {
  id: string;
  serial: string;
  status: string;
  supervisionDueDate: string | null;
  assignment: { dueDate: string | null; late: boolean; closingReportAt: string | null } | null;
  resultFeedback: { state: string; dueDate: string | null } | null;
  tasks: { title: string; dueDate: string; status: string; overdue: boolean }[];
}

/**
 * Case handling over the graph (service token): the cases' deadlines as case handling resolves
 * them, several cases in one call through the federation entry point (`_entities`).
 */
export const casesClient: CasesPort = {
  async deadlines(caseIds) {
    if (!caseIds.length) return [];
    let r: { _entities: (CaseDates | null)[] };
    try {
      r = await callSubgraph<{ _entities: (CaseDates | null)[] }>(
        "leadership",
        "cases",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id serial status supervisionDueDate
          assignment { dueDate late closingReportAt } resultFeedback { state dueDate } tasks { title dueDate status overdue } } } }`,
        { r: caseIds.map((id) => ({ __typename: "Case", id })) },
      );
    } catch {
      throw serviceUnavailable("办理服务（案件期限）");
    }
    return r._entities
      .filter((c): c is CaseDates => !!c)
      .map((c) => ({
        caseId: c.id,
        serial: c.serial,
        status: c.status,
        supervisionDueDate: c.supervisionDueDate,
        assignedDueDate: c.assignment?.dueDate ?? null,
        assignmentLate: c.assignment?.late ?? false,
        assignmentReported: !!c.assignment?.closingReportAt,
        feedbackDueDate: c.resultFeedback?.dueDate ?? null,
        feedbackState: c.resultFeedback?.state ?? null,
        tasks: c.tasks,
      }));
  },
  async overdueOn(caseIds, day) {
    if (!caseIds.length) return new Set();
    let r: { _entities: ({ id: string; overdueOn: boolean } | null)[] };
    try {
      r = await callSubgraph<typeof r>(
        "leadership",
        "cases",
        `query($r: [_Any!]!, $day: String!) { _entities(representations: $r) { ... on Case { id overdueOn(day: $day) } } }`,
        { r: caseIds.map((id) => ({ __typename: "Case", id })), day },
      );
    } catch {
      throw serviceUnavailable("办理服务（逾期事项）");
    }
    return new Set(r._entities.filter((c) => c?.overdueOn).map((c) => c!.id));
  },
};
