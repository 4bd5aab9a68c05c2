import { CreateAuditLog1764300000000 } from "@prp/kit";
import { CreateDirectory1764300100000 } from "./1764300100000-CreateDirectory";
import { SessionsAndThrottleKeys1764300200000 } from "./1764300200000-SessionsAndThrottleKeys";
import { AddDepartmentSector1764300700000 } from "./1764300700000-AddDepartmentSector";

/** In the order they run. */
export const migrations = [
  CreateAuditLog1764300000000,
  CreateDirectory1764300100000,
  SessionsAndThrottleKeys1764300200000,
  AddDepartmentSector1764300700000,
];
