import { Opening } from "./enums";

/**
 * What intake's routing decision opens here, by its disposition (intake's Disposition values,
 * read from the ReportRouted contract):
 * - handled inside the commission (谈话函询, 初步核实, 审查调查, 转送 and 交办 to a lower unit): a case;
 * - outside scope, to the competent department (双向移交): a transfer;
 * - held for later (暂存待查) or closed (予以了结): nothing to handle.
 */
export function openingFor(disposition: string): Opening {
  switch (disposition) {
    case "TALK_OR_LETTER_INQUIRY":
    case "PRELIMINARY_VERIFICATION":
    case "INVESTIGATION":
    case "TRANSFER_DOWN":
    case "ASSIGN_DOWN":
      return Opening.CASE;
    case "TRANSFER_TO_DEPARTMENT":
      return Opening.TRANSFER;
    default:
      return Opening.NOTHING;
  }
}

/** The routing's grade hint as a first grade: a complex report starts as KEY. */
export function initialGrade(gradeHint: string): "ROUTINE" | "KEY" {
  return gradeHint === "COMPLEX" ? "KEY" : "ROUTINE";
}

/** The routing facts that decide whether a case is a 交办 item and whose due date it carries. */
export interface AssignmentFacts {
  disposition: string;
  origin: string | null;
  forwardingAuthority: string | null;
  /** This commission's own due date when it assigns the item down (ASSIGN_DOWN). */
  dueDate: string | null;
  /** The higher authority's due date (上级交办期限), recorded at intake. */
  authorityDueDate: string | null;
}

/**
 * 交办: an item assigned by a higher authority (上级交办), or forwarded from above with a due date
 * of the authority's, carries THAT authority's due date, and its closing report (办结报告) is
 * wanted before the case is concluded (byHigherAuthority). An item this commission assigns down
 * (ASSIGN_DOWN) carries our own due date; its closing report is wanted before the case closes.
 * Anything else is no 交办 item (null).
 */
export function assignmentFor(
  e: AssignmentFacts,
): { authority: string | null; dueDate: string | null; byHigherAuthority: boolean } | null {
  const fromAbove = e.origin === "ASSIGNED_BY_SUPERIOR" || e.origin === "FORWARDED_FROM_SUPERIOR";
  const byHigherAuthority = e.origin === "ASSIGNED_BY_SUPERIOR" || (fromAbove && !!e.authorityDueDate);
  if (byHigherAuthority)
    return { authority: e.forwardingAuthority, dueDate: e.authorityDueDate ?? e.dueDate, byHigherAuthority };
  if (e.disposition === "ASSIGN_DOWN")
    return { authority: e.forwardingAuthority, dueDate: e.dueDate, byHigherAuthority: false };
  return null;
}
