import { AuditEntry, ConsumedEvent, ConsumerCursor, OutboxEvent } from "@prp/kit";
import { Report } from "./Report";
import { ReportSubject } from "./ReportSubject";
import { ReportStep } from "./ReportStep";
import { Escalation } from "./Escalation";
import { ProblemCategoryOption } from "./ProblemCategoryOption";
import { PublicSubmission } from "./PublicSubmission";
import { SerialCounter } from "./SerialCounter";
import { QuotaLock } from "./QuotaLock";
import { FollowUpFailure } from "./FollowUpFailure";
import { TemplatedLink } from "./TemplatedLink";
import { ReportHandler } from "./ReportHandler";
import { ReportOwner } from "./ReportOwner";

export * from "./enums";
export {
  Report,
  ReportSubject,
  ReportStep,
  Escalation,
  ProblemCategoryOption,
  PublicSubmission,
  SerialCounter,
  QuotaLock,
  FollowUpFailure,
  TemplatedLink,
  ReportHandler,
  ReportOwner,
};

/** Every table of the intake database, for the data source and the migration check. */
export const entities = [
  AuditEntry,
  OutboxEvent,
  Report,
  ReportSubject,
  ReportStep,
  Escalation,
  ProblemCategoryOption,
  PublicSubmission,
  SerialCounter,
  QuotaLock,
  FollowUpFailure,
  TemplatedLink,
  ConsumedEvent,
  ConsumerCursor,
  ReportHandler,
  ReportOwner,
];
