import { CreateAuditLog1764300000000 } from "@prp/kit";
import { CreateTraining1764300500000 } from "./1764300500000-CreateTraining";

/** In the order they run. */
export const migrations = [CreateAuditLog1764300000000, CreateTraining1764300500000];
export { CreateTraining1764300500000 };
