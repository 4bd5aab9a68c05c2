import { CreateAuditLog1764300000000, CreateConsumerTables1764300000002, CreateOutbox1764300000001 } from "@prp/kit";
import { CreateCases1764300300000 } from "./1764300300000-CreateCases";
import { CreateCasesExtras1764300310000 } from "./1764300310000-CreateCasesExtras";
import { CreateColourLabelSetting1764300400000 } from "./1764300400000-CreateColourLabelSetting";

/** In the order they run. */
export const migrations = [
  CreateAuditLog1764300000000,
  CreateOutbox1764300000001,
  CreateConsumerTables1764300000002,
  CreateCases1764300300000,
  CreateCasesExtras1764300310000,
  CreateColourLabelSetting1764300400000,
];
