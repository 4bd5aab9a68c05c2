import { AuditEntry, OutboxEvent } from "@prp/kit";
import { Report } from "./Report";
import { ReportSubject } from "./ReportSubject";
import { ReportStep } from "./ReportStep";
import { Escalation } from "./Escalation";
import { ProblemCategoryOption, PublicSubmission, SerialCounter } from "./support";

export * from "./enums";
export { Report, ReportSubject, ReportStep, Escalation, ProblemCategoryOption, PublicSubmission, SerialCounter };

export const entities = [AuditEntry, OutboxEvent, Report, ReportSubject, ReportStep, Escalation, ProblemCategoryOption, PublicSubmission, SerialCounter];
