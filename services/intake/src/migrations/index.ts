import { CreateAuditLog1764300000000, CreateOutbox1764300000001 } from "@prp/kit";
import { CreateIntake1764300200000 } from "./1764300200000-CreateIntake";
import { HardenIntake1764300300000 } from "./1764300300000-HardenIntake";

/** In the order they run. */
export const migrations = [CreateAuditLog1764300000000, CreateOutbox1764300000001, CreateIntake1764300200000, HardenIntake1764300300000];
