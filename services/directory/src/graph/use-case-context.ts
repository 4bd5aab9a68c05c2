import { systemClock, type SubgraphContext } from "@prp/kit";
import { argon2PasswordHasher } from "../infra/argon2-password-hasher";
import type { UseCaseContext, WithPasswords } from "../app/use-case-context";

/** A GraphQL request as the use cases see it: its database, its signed-in user, the real clock. */
export function fromRequest(ctx: SubgraphContext): UseCaseContext & WithPasswords {
  return { db: ctx.db, actor: ctx.user ?? null, clock: systemClock, passwords: argon2PasswordHasher };
}
