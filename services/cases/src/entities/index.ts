import { AuditEntry, ConsumedEvent, ConsumerCursor, OutboxEvent } from "@prp/kit";
import { Case } from "./Case";
import { CaseUnit } from "./CaseUnit";
import { CaseHistoryEntry } from "./CaseHistoryEntry";
import { ProgressEntry } from "./ProgressEntry";
import { JointTask } from "./JointTask";
import { Transfer } from "./Transfer";

export * from "./enums";
export { Case, CaseUnit, CaseHistoryEntry, ProgressEntry, JointTask, Transfer };

/** Every table of the cases database, for the data source and the migration check. */
export const entities = [AuditEntry, OutboxEvent, ConsumedEvent, ConsumerCursor, Case, CaseUnit, CaseHistoryEntry, ProgressEntry, JointTask, Transfer];
