import type { DataSource } from "typeorm";
import { Role, type AuthUser, type Clock } from "@prp/kit";

/** What every use case is given: the database, who acts, and what time it is. */
export interface UseCaseDeps {
  db: DataSource;
  actor: AuthUser;
  clock: Clock;
}

/** Training organisers (培训组织者): manage courses, sessions, the question bank, quizzes and drills. */
export const ORGANISER_ROLES = [Role.ADMIN, Role.PETITION_OFFICER];
/** Who sees every result (organisers and the commission's leaders). */
export const OVERSIGHT_ROLES = [Role.ADMIN, Role.PETITION_OFFICER, Role.LEADER];

export const canOversee = (actor: AuthUser | undefined) =>
  !!actor && actor.roles.some((r) => OVERSIGHT_ROLES.includes(r));
