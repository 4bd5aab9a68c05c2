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

const ROUTED_V1_FIELDS = {
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
};

/** Where the item came from (intake's Origin). */
export const ORIGINS = ["SELF_RECEIVED", "FORWARDED_FROM_SUPERIOR", "ASSIGNED_BY_SUPERIOR"] as const;
export type RoutedOrigin = (typeof ORIGINS)[number];

/**
 * Version 2 adds where the item came from, so case handling knows a 交办 item from a higher
 * commission (it needs a closing report, 办结报告) and the town it concerns (片区协作 by region).
 */
export interface ReportRoutedV2 extends ReportRoutedV1 {
  /** null only for events written as version 1, before the origin travelled with them. */
  origin: RoutedOrigin | null;
  /** The higher commission that forwarded or assigned the item, when it came from above. */
  forwardingAuthority: string | null;
  /** The town (镇/街道) the report concerns, if known. */
  townId: string | null;
}

export const ReportRouted: EventContract<ReportRoutedV2> = {
  name: "ReportRouted",
  version: 2,
  problems: (p) =>
    objectProblems(p, {
      ...ROUTED_V1_FIELDS,
      origin: nullable(oneOf(ORIGINS)),
      forwardingAuthority: nullable(isString),
      townId: nullable(isString),
    }),
  earlier: [
    {
      version: 1,
      problems: (p) => objectProblems(p, ROUTED_V1_FIELDS),
      upgrade: (p) => ({ ...(p as unknown as ReportRoutedV1), origin: null, forwardingAuthority: null, townId: null }),
    },
  ],
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
