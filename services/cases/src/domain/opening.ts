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
