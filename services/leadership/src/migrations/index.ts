import { CreateAuditLog1764300000000, CreateConsumerTables1764300000002, CreateOutbox1764300000001 } from "@prp/kit";
import { CreateLeadership1764300400000 } from "./1764300400000-CreateLeadership";
import { CreateLeaderFieldWork1764300500000 } from "./1764300500000-CreateLeaderFieldWork";
import { CreateLeadershipAnalysis1764300600000 } from "./1764300600000-CreateLeadershipAnalysis";

/** In the order they run. */
export const migrations = [
  CreateAuditLog1764300000000,
  CreateOutbox1764300000001,
  CreateConsumerTables1764300000002,
  CreateLeadership1764300400000,
  CreateLeaderFieldWork1764300500000,
  CreateLeadershipAnalysis1764300600000,
];
