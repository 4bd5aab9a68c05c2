import { CreateAuditLog1764300000000, CreateConsumerTables1764300000002, CreateOutbox1764300000001 } from "@prp/kit";
import { CreateIntake1764300200000 } from "./1764300200000-CreateIntake";
import { CreateReportHandler1764300200001 } from "./1764300200001-CreateReportHandler";
import { AddCoSigners1764300200002 } from "./1764300200002-AddCoSigners";

/** In the order they run. */
export const migrations = [CreateAuditLog1764300000000, CreateOutbox1764300000001, CreateIntake1764300200000, CreateConsumerTables1764300000002, CreateReportHandler1764300200001, AddCoSigners1764300200002];
