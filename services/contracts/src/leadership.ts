import type { EventContract } from "./contract";
import { isCount, isIsoInstant, isString, isStringList, objectProblems, oneOf } from "./checks";

/**
 * Events of the leader-assigned cases (领导包案) subgraph. Intake reads the ownership events so
 * that the leader who owns a case may see its real-name reporter (audited), as the case's handler
 * may. Values of enumerations are repeated here on purpose: a consumer never imports the producer.
 */

/** Why a case is a candidate for a leader's ownership (筛选理由). */
export const SCREENING_REASONS = [
  "ASSIGNED_FROM_ABOVE",
  "DIFFICULT_COMPLEX",
  "INTERFERENCE",
  "DISSATISFIED",
  "REPEATED",
] as const;
export type ScreeningReasonValue = (typeof SCREENING_REASONS)[number];

const reasonList = (v: unknown) =>
  Array.isArray(v) && v.length > 0 && v.every((x) => (SCREENING_REASONS as readonly unknown[]).includes(x))
    ? null
    : `应为 ${SCREENING_REASONS.join("、")} 组成的非空数组`;

/** A leader claimed a case (包案): from now on they own it, and may see its reporter. */
export interface OwnershipClaimedV1 {
  ownershipId: string;
  caseId: string;
  reportId: string;
  serial: string;
  leaderId: string;
  reasons: ScreeningReasonValue[];
  at: string;
}

export const OwnershipClaimed: EventContract<OwnershipClaimedV1> = {
  name: "OwnershipClaimed",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      ownershipId: isString,
      caseId: isString,
      reportId: isString,
      serial: isString,
      leaderId: isString,
      reasons: reasonList,
      at: isIsoInstant,
    }),
};

/** The owner released the case (with a reason): it has no owner any more. */
export interface OwnershipReleasedV1 {
  ownershipId: string;
  caseId: string;
  reportId: string;
  serial: string;
  leaderId: string;
  reason: string;
  at: string;
}

export const OwnershipReleased: EventContract<OwnershipReleasedV1> = {
  name: "OwnershipReleased",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      ownershipId: isString,
      caseId: isString,
      reportId: isString,
      serial: isString,
      leaderId: isString,
      reason: isString,
      at: isIsoInstant,
    }),
};

/** The commission head moved the ownership from one leader to another (with a reason). */
export interface OwnershipTransferredV1 {
  /** The ownership that ended. */
  fromOwnershipId: string;
  /** The ownership that began. */
  toOwnershipId: string;
  caseId: string;
  reportId: string;
  serial: string;
  fromLeaderId: string;
  toLeaderId: string;
  reason: string;
  by: string;
  at: string;
}

export const OwnershipTransferred: EventContract<OwnershipTransferredV1> = {
  name: "OwnershipTransferred",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      fromOwnershipId: isString,
      toOwnershipId: isString,
      caseId: isString,
      reportId: isString,
      serial: isString,
      fromLeaderId: isString,
      toLeaderId: isString,
      reason: isString,
      by: isString,
      at: isIsoInstant,
    }),
};

/** The owned case concluded or closed: the ownership ended CONCLUDED. */
export interface OwnershipConcludedV1 {
  ownershipId: string;
  caseId: string;
  reportId: string;
  serial: string;
  leaderId: string;
  at: string;
}

export const OwnershipConcluded: EventContract<OwnershipConcludedV1> = {
  name: "OwnershipConcluded",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      ownershipId: isString,
      caseId: isString,
      reportId: isString,
      serial: isString,
      leaderId: isString,
      at: isIsoInstant,
    }),
};

/** The petition office or a handling unit nominated a case for a leader (干扰多阻力大). */
export interface CaseNominatedV1 {
  caseId: string;
  reportId: string;
  serial: string;
  reason: ScreeningReasonValue;
  note: string;
  by: string;
  /** Every reason the case is a candidate for now. */
  reasons: string[];
  at: string;
}

export const CaseNominated: EventContract<CaseNominatedV1> = {
  name: "CaseNominated",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      caseId: isString,
      reportId: isString,
      serial: isString,
      reason: oneOf(SCREENING_REASONS),
      note: isString,
      by: isString,
      reasons: isStringList,
      at: isIsoInstant,
    }),
};

/** A special rectification campaign (专项整治) started, with the reports and cases it takes in. */
export interface CampaignStartedV1 {
  campaignId: string;
  topic: string;
  /** YYYY-MM-DD. */
  periodFrom: string;
  /** YYYY-MM-DD. */
  periodTo: string;
  leadUnitId: string;
  reportIds: string[];
  caseIds: string[];
  at: string;
}

export const CampaignStarted: EventContract<CampaignStartedV1> = {
  name: "CampaignStarted",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      campaignId: isString,
      topic: isString,
      periodFrom: isString,
      periodTo: isString,
      leadUnitId: isString,
      reportIds: isStringList,
      caseIds: isStringList,
      at: isIsoInstant,
    }),
};

/** A special rectification campaign (专项整治) closed with its results and the rules it produced. */
export interface CampaignClosedV1 {
  campaignId: string;
  topic: string;
  /** The results as recorded at closure. */
  results: string;
  /** How many rules and systems (制度) it produced. */
  rulesProduced: number;
  at: string;
}

export const CampaignClosed: EventContract<CampaignClosedV1> = {
  name: "CampaignClosed",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      campaignId: isString,
      topic: isString,
      results: isString,
      rulesProduced: isCount,
      at: isIsoInstant,
    }),
};
