import type { EventContract } from "./contract";
import {
  isBoolean,
  isCount,
  isDate,
  isIsoInstant,
  isString,
  isStringList,
  nullable,
  objectProblems,
  oneOf,
} from "./checks";

/**
 * Events of the intake (受理) subgraph. Values of enumerations are repeated here on purpose:
 * a consumer must not import the producer to read its events.
 */

/** What the leader decided at 定 (intake's Disposition). */
export const DISPOSITIONS = [
  "TALK_OR_LETTER_INQUIRY",
  "PRELIMINARY_VERIFICATION",
  "HOLD",
  "CLOSE",
  "INVESTIGATION",
  "TRANSFER_DOWN",
  "ASSIGN_DOWN",
  "TRANSFER_TO_DEPARTMENT",
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

const ROUTED_V2_FIELDS = {
  ...ROUTED_V1_FIELDS,
  origin: nullable(oneOf(ORIGINS)),
  forwardingAuthority: nullable(isString),
  townId: nullable(isString),
};

/**
 * Version 3 adds the facts case handling's colour labels (色标) screen on: when the report was
 * received, the earlier reports it repeats (查: 重复举报 links) and how many people co-signed it
 * (集体举报). Events written before read with these unknown: receivedAt null, no links, 0.
 */
export interface ReportRoutedV3 extends ReportRoutedV2 {
  /** ISO 8601 UTC instant; null only for events written before version 3. */
  receivedAt: string | null;
  /** Earlier reports of the same subject and matter (intake's report ids). */
  repeatOf: string[];
  /** People who co-signed the report (联名); a collective visit counts its visitors. 0 when single or unknown. */
  coSigners: number;
}

const UNKNOWN_V3_FACTS = { receivedAt: null, repeatOf: [], coSigners: 0 };

const ROUTED_V3_FIELDS = {
  ...ROUTED_V2_FIELDS,
  receivedAt: nullable(isIsoInstant),
  repeatOf: isStringList,
  coSigners: isCount,
};

/**
 * Version 4 adds the higher authority's own due date (上级交办期限) for an item forwarded or
 * assigned from above: case handling shows it, flags the case overdue after it and wants the
 * closing report (办结报告) before the case is concluded. `dueDate` stays this commission's own
 * due date for an item it assigns down (ASSIGN_DOWN). Events written before read with it null.
 */
export interface ReportRoutedV4 extends ReportRoutedV3 {
  /** YYYY-MM-DD: the date the higher authority wants the closing report by; null when none was given. */
  authorityDueDate: string | null;
}

export const ReportRouted: EventContract<ReportRoutedV4> = {
  name: "ReportRouted",
  version: 4,
  problems: (p) => objectProblems(p, { ...ROUTED_V3_FIELDS, authorityDueDate: nullable(isDate) }),
  earlier: [
    {
      version: 1,
      problems: (p) => objectProblems(p, ROUTED_V1_FIELDS),
      upgrade: (p) => ({
        ...(p as unknown as ReportRoutedV1),
        origin: null,
        forwardingAuthority: null,
        townId: null,
        ...UNKNOWN_V3_FACTS,
        authorityDueDate: null,
      }),
    },
    {
      version: 2,
      problems: (p) => objectProblems(p, ROUTED_V2_FIELDS),
      upgrade: (p) => ({ ...(p as unknown as ReportRoutedV2), ...UNKNOWN_V3_FACTS, authorityDueDate: null }),
    },
    {
      version: 3,
      problems: (p) => objectProblems(p, ROUTED_V3_FIELDS),
      upgrade: (p) => ({ ...(p as unknown as ReportRoutedV3), authorityDueDate: null }),
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
