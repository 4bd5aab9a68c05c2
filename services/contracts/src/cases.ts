import type { EventContract } from "./contract";
import { isBoolean, isIsoInstant, isString, nullable, objectProblems, oneOf, isDate } from "./checks";

/**
 * Events of the case handling (办理) subgraph. Intake reads them to move a report's status on
 * (and to let a case's handlers see the reporter); leadership reads them for its screening.
 * Values of enumerations are repeated here on purpose: a consumer never imports the producer.
 */

export const CASE_GRADES = ["ROUTINE", "KEY"] as const;
export type CaseGradeValue = (typeof CASE_GRADES)[number];

/** 属实 / 部分属实 / 不属实. */
export const CASE_FINDINGS = ["SUBSTANTIATED", "PARTLY_SUBSTANTIATED", "UNSUBSTANTIATED"] as const;
export type CaseFindingValue = (typeof CASE_FINDINGS)[number];

/** A routed report opened a case inside the commission (status PENDING_ACCEPTANCE). */
export interface CaseOpenedV1 {
  caseId: string;
  reportId: string;
  serial: string;
  /** The unit that must accept it; null until a leader names one. */
  handlingUnitId: string | null;
  /** The routing decision the case was opened from (ReportRouted.decidedAt): intake ignores an opening for a withdrawn decision. */
  decidedAt: string;
  openedAt: string;
}

export const CaseOpened: EventContract<CaseOpenedV1> = {
  name: "CaseOpened",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      caseId: isString,
      reportId: isString,
      serial: isString,
      handlingUnitId: nullable(isString),
      decidedAt: isIsoInstant,
      openedAt: isIsoInstant,
    }),
};

/** An out-of-scope report became a transfer to its competent department (双向移交). */
export interface TransferOpenedV1 {
  transferId: string;
  reportId: string;
  serial: string;
  competentDepartmentId: string | null;
  copyToDepartmentId: string | null;
  /** YYYY-MM-DD: the department's feedback is due. */
  dueDate: string;
  decidedAt: string;
  openedAt: string;
}

export const TransferOpened: EventContract<TransferOpenedV1> = {
  name: "TransferOpened",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      transferId: isString,
      reportId: isString,
      serial: isString,
      competentDepartmentId: nullable(isString),
      copyToDepartmentId: nullable(isString),
      dueDate: isDate,
      decidedAt: isIsoInstant,
      openedAt: isIsoInstant,
    }),
};

/**
 * A handler of the unit accepted the case (首办责任), or a leader reassigned it: from now on
 * this person and unit are responsible, and may see the real-name reporter's identity.
 */
export interface CaseAcceptedV1 {
  caseId: string;
  reportId: string;
  serial: string;
  unitId: string;
  handlerId: string;
  /** true when a leader reassigned the case (the earlier handler's access ends). */
  reassigned: boolean;
  at: string;
}

export const CaseAccepted: EventContract<CaseAcceptedV1> = {
  name: "CaseAccepted",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      caseId: isString,
      reportId: isString,
      serial: isString,
      unitId: isString,
      handlerId: isString,
      reassigned: isBoolean,
      at: isIsoInstant,
    }),
};

/** A case was graded, or listed for supervision (挂牌督办), or delisted. */
export interface CaseGradedV1 {
  caseId: string;
  reportId: string;
  serial: string;
  grade: CaseGradeValue;
  /** Under listed supervision now. */
  listed: boolean;
  /** The supervising leader while listed. */
  supervisingLeaderId: string | null;
  /** YYYY-MM-DD, while listed. */
  supervisionDueDate: string | null;
  at: string;
}

export const CaseGraded: EventContract<CaseGradedV1> = {
  name: "CaseGraded",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      caseId: isString,
      reportId: isString,
      serial: isString,
      grade: oneOf(CASE_GRADES),
      listed: isBoolean,
      supervisingLeaderId: nullable(isString),
      supervisionDueDate: nullable(isDate),
      at: isIsoInstant,
    }),
};

/** The handling units concluded (办结) with a finding. */
export interface CaseConcludedV1 {
  caseId: string;
  reportId: string;
  serial: string;
  finding: CaseFindingValue;
  realName: boolean;
  at: string;
}

export const CaseConcluded: EventContract<CaseConcludedV1> = {
  name: "CaseConcluded",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      caseId: isString,
      reportId: isString,
      serial: isString,
      finding: oneOf(CASE_FINDINGS),
      realName: isBoolean,
      at: isIsoInstant,
    }),
};

/** The case is closed (结案): nothing more is done on it. */
export interface CaseClosedV1 {
  caseId: string;
  reportId: string;
  serial: string;
  at: string;
}

export const CaseClosed: EventContract<CaseClosedV1> = {
  name: "CaseClosed",
  version: 1,
  problems: (p) => objectProblems(p, { caseId: isString, reportId: isString, serial: isString, at: isIsoInstant }),
};
