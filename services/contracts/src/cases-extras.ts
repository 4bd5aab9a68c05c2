import type { EventContract } from "./contract";
import { isDate, isIsoInstant, isString, nullable, objectProblems, oneOf, type FieldCheck } from "./checks";

/**
 * Events of case handling's reporter loop, colour labels and transfer supervision. Leadership's
 * screening reads LabelChanged and ReporterDissatisfied (结而不服 and red cases are candidates for
 * a leader's ownership); the petition office's boards read TransferOverdue.
 */

export const LABEL_COLOURS = ["RED", "ORANGE", "YELLOW", "GREEN"] as const;
export type LabelColourValue = (typeof LABEL_COLOURS)[number];

export const LABEL_CATEGORIES = ["CLOSED_NOT_ACCEPTED", "REPEAT", "SKIP_LEVEL", "COLLECTIVE", "LONG_OPEN"] as const;
export type LabelCategoryValue = (typeof LABEL_CATEGORIES)[number];

const listOf =
  (values: readonly string[]): FieldCheck =>
  (v) =>
    Array.isArray(v) && v.every((x) => typeof x === "string" && values.includes(x))
      ? null
      : `应为 ${values.join("、")} 组成的数组`;

/** A screening changed a case's colour label (色标). `toColour` null: the case left every category. */
export interface LabelChangedV1 {
  caseId: string;
  reportId: string;
  serial: string;
  fromColour: LabelColourValue | null;
  toColour: LabelColourValue | null;
  /** The categories the case now falls in, most severe first. */
  categories: LabelCategoryValue[];
  at: string;
}

export const LabelChanged: EventContract<LabelChangedV1> = {
  name: "LabelChanged",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      caseId: isString,
      reportId: isString,
      serial: isString,
      fromColour: nullable(oneOf(LABEL_COLOURS)),
      toColour: nullable(oneOf(LABEL_COLOURS)),
      categories: listOf(LABEL_CATEGORIES),
      at: isIsoInstant,
    }),
};

/** A real-name reporter answered DISSATISFIED to the concluded result: the case is 结而不服. */
export interface ReporterDissatisfiedV1 {
  caseId: string;
  reportId: string;
  serial: string;
  /** The handling unit responsible for the case. */
  unitId: string | null;
  at: string;
}

export const ReporterDissatisfied: EventContract<ReporterDissatisfiedV1> = {
  name: "ReporterDissatisfied",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      caseId: isString,
      reportId: isString,
      serial: isString,
      unitId: nullable(isString),
      at: isIsoInstant,
    }),
};

/** A competent department has not fed back on a transfer by its due date (双向移交、单向反馈). */
export interface TransferOverdueV1 {
  transferId: string;
  reportId: string;
  serial: string;
  competentDepartmentId: string | null;
  copyToDepartmentId: string | null;
  /** YYYY-MM-DD: the feedback was due. */
  dueDate: string;
  at: string;
}

export const TransferOverdue: EventContract<TransferOverdueV1> = {
  name: "TransferOverdue",
  version: 1,
  problems: (p) =>
    objectProblems(p, {
      transferId: isString,
      reportId: isString,
      serial: isString,
      competentDepartmentId: nullable(isString),
      copyToDepartmentId: nullable(isString),
      dueDate: isDate,
      at: isIsoInstant,
    }),
};
