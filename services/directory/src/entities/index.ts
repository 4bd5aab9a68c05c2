import { AuditEntry } from "@prp/kit";
import { Region } from "./Region";
import { Town } from "./Town";
import { Department } from "./Department";
import { User, UserTown } from "./User";
import { LiaisonMapping } from "./LiaisonMapping";
import { CalendarOverride } from "./CalendarOverride";
import { LoginThrottle } from "./LoginThrottle";
import { UserSession } from "./UserSession";

export * from "../domain/kinds";
export { Region, Town, Department, User, UserTown, LiaisonMapping, CalendarOverride, LoginThrottle, UserSession };
export type { SessionEndReason } from "./UserSession";

export const entities = [
  AuditEntry,
  Region,
  Town,
  Department,
  User,
  UserTown,
  LiaisonMapping,
  CalendarOverride,
  LoginThrottle,
  UserSession,
];
