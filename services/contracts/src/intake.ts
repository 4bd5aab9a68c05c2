import type { EventContract } from "./contract";
import { isBoolean, isDate, isIsoInstant, isString, nullable, objectProblems, oneOf } from "./checks";

/**
 * Events of the intake (受理) subgraph. Values of enumerations are repeated here on purpose:
 * a consumer must not import the producer to read its events.
 */

/** What the leader decided at 定 (intake's Disposition). */
export const DISPOSITIONS = [
  "TALK_OR_LETTER_INQUIRY", "PRELIMINARY_VERIFICATION", "HOLD", "CLOSE", "INVESTIGATION",
  "TRANSFER_DOWN", "ASSIGN_DOWN", "TRANSFER_TO_DEPARTMENT",
] as const;
export type RoutedDisposition = (typeof DISPOSITIONS)[number];

/** A first guess at how hard the case is; case handling grades for real. */
export const GRADE_HINTS = ["SIMPLE", "COMPLEX"] as const;
export type GradeHintValue = (typeof GRADE_HINTS)[number];

/** A report was decided (定) and is routed to its handler: case handling opens a case. */
export interface ReportRoutedV1 {
  reportId: string;
  /** 编号, e.g. 2026-000123. */
  serial: string;
  disposition: RoutedDisposition;
  handlingDepartmentId: string | null;
  /** The liaison office or stationed group a transfer to a competent department is copied to. */
  copyToDepartmentId: string | null;
  /** ASSIGN_DOWN: the date (YYYY-MM-DD) the closing report is due. */
  dueDate: string | null;
  gradeHint: GradeHintValue;
  realName: boolean;
  /** ISO 8601 UTC instant. */
  decidedAt: string;
  /** The deciding leader's user id. */
  decidedBy: string;
}

export const ReportRouted: EventContract<ReportRoutedV1> = {
  name: "ReportRouted",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      reportId: isString,
      serial: isString,
      disposition: oneOf(DISPOSITIONS),
      handlingDepartmentId: nullable(isString),
      copyToDepartmentId: nullable(isString),
      dueDate: nullable(isDate),
      gradeHint: oneOf(GRADE_HINTS),
      realName: isBoolean,
      decidedAt: isIsoInstant,
      decidedBy: isString,
    }),
};

/** A leader withdrew a decision: whatever was opened for the routed report waits for a new one. */
export interface ReportReopenedV1 {
  reportId: string;
  serial: string;
  /** Why, in the leader's words. */
  reason: string;
}

export const ReportReopened: EventContract<ReportReopenedV1> = {
  name: "ReportReopened",
  version: 1,
  problems: (p) => objectProblems(p, { reportId: isString, serial: isString, reason: isString }),
};
