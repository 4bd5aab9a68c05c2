import { CreateAuditLog1764300000000, CreateConsumerTables1764300000002, CreateOutbox1764300000001 } from "@prp/kit";
import { CreateIntake1764300200000 } from "./1764300200000-CreateIntake";
import { HardenIntake1764300300000 } from "./1764300300000-HardenIntake";
import { CreateReportHandler1764300200001 } from "./1764300200001-CreateReportHandler";
import { AddCoSigners1764300200002 } from "./1764300200002-AddCoSigners";
import { AddAuthorityDueDate1764300400000 } from "./1764300400000-AddAuthorityDueDate";
import { CreateReportOwner1764300400001 } from "./1764300400001-CreateReportOwner";

/** In the order they run (by timestamp). */
export const migrations = [
  CreateAuditLog1764300000000,
  CreateOutbox1764300000001,
  CreateConsumerTables1764300000002,
  CreateIntake1764300200000,
  CreateReportHandler1764300200001,
  AddCoSigners1764300200002,
  HardenIntake1764300300000,
  AddAuthorityDueDate1764300400000,
  CreateReportOwner1764300400001,
];
