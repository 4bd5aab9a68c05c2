import { AuditEntry, ConsumedEvent, ConsumerCursor, OutboxEvent } from "@prp/kit";
import { Case } from "./Case";
import { CaseUnit } from "./CaseUnit";
import { CaseHistoryEntry } from "./CaseHistoryEntry";
import { ProgressEntry } from "./ProgressEntry";
import { JointTask } from "./JointTask";
import { Transfer } from "./Transfer";
import { ReporterContact } from "./ReporterContact";
import { CaseLabel } from "./CaseLabel";
import { CaseLabelChange } from "./CaseLabelChange";
import { ReportFact } from "./ReportFact";
import { ScreeningLease } from "./ScreeningLease";
import { TransferFeedback } from "./TransferFeedback";
import { SupervisionAction } from "./SupervisionAction";
import { TransferOverdueNotice } from "./TransferOverdueNotice";
import { ColourLabelSetting } from "./ColourLabelSetting";

export * from "./enums";
export * from "./extras-enums";
export { Case, CaseUnit, CaseHistoryEntry, ProgressEntry, JointTask, Transfer };
export {
  ReporterContact,
  CaseLabel,
  CaseLabelChange,
  ReportFact,
  ScreeningLease,
  TransferFeedback,
  SupervisionAction,
  TransferOverdueNotice,
  ColourLabelSetting,
};

/** Every table of the cases database, for the data source and the migration check. */
export const entities = [
  AuditEntry,
  OutboxEvent,
  ConsumedEvent,
  ConsumerCursor,
  Case,
  CaseUnit,
  CaseHistoryEntry,
  ProgressEntry,
  JointTask,
  Transfer,
  ReporterContact,
  CaseLabel,
  CaseLabelChange,
  ReportFact,
  ScreeningLease,
  TransferFeedback,
  SupervisionAction,
  TransferOverdueNotice,
  ColourLabelSetting,
];
