import { In, IsNull, type DataSource, type EntityManager } from "typeorm";
import { badInput, newId, writeAudit, type SessionCheck } from "@prp/kit";
import type { Clock } from "@prp/kit/core";
import { UserSession, type SessionEndReason } from "../entities/UserSession";
import { reader, transaction, type Db, type UseCaseContext } from "./use-case-context";

/** Why sessions ended, as the audit log says it. */
export const END_REASON_LABELS: Record<SessionEndReason, string> = {
  LOGOUT: "退出登录",
  DEACTIVATED: "账号停用",
  ACCESS_CHANGED: "角色、部门或包联镇街变更",
  PASSWORD_CHANGED: "密码变更",
};

/** Opens a session at login, inside the login's own transaction; its id becomes the token's `sid`. */
export async function startSession(
  em: EntityManager,
  userId: string,
  now: Date,
  ttlSeconds: number,
): Promise<UserSession> {
  const session = em.create(UserSession, {
    id: newId(),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
    endedAt: null,
    endReason: null,
  });
  await em.insert(UserSession, session);
  return session;
}

/**
 * Ends every open session of a user, inside the caller's transaction (the change that made them
 * stale: deactivation, new roles, a new password). Returns how many ended.
 */
export async function endSessionsOfUser(
  em: EntityManager,
  userId: string,
  reason: SessionEndReason,
  now: Date,
): Promise<number> {
  const r = await em.update(UserSession, { userId, endedAt: IsNull() }, { endedAt: now, endReason: reason });
  return r.affected ?? 0;
}

/** Logout: ends the caller's own session; their token is refused everywhere within seconds. */
export function logout(uc: UseCaseContext): Promise<boolean> {
  const sessionId = uc.actor?.sessionId;
  if (!uc.actor || !sessionId) throw badInput("当前凭证没有登录会话，无需退出");
  const actor = uc.actor;
  return transaction(uc.db, async (em) => {
    const now = uc.clock.now();
    const r = await em.update(
      UserSession,
      { id: sessionId, userId: actor.id, endedAt: IsNull() },
      { endedAt: now, endReason: "LOGOUT" },
    );
    if (r.affected) {
      await writeAudit(em, actor, {
        action: "logout",
        entity: "User",
        entityId: actor.id,
        note: "退出登录，会话已结束",
      });
    }
    return true;
  });
}

export interface SessionStatus {
  id: string;
  /** Not ended and not expired. */
  active: boolean;
}

/** Whether sessions still stand, one IN (…) query for all; an unknown id is not active. */
export async function sessionStatus(db: Db, ids: string[], now: Date): Promise<SessionStatus[]> {
  const unique = [...new Set(ids)];
  const found = unique.length ? await reader(db).findBy(UserSession, { id: In(unique) }) : [];
  const byId = new Map(found.map((s) => [s.id, s]));
  return unique.map((id) => {
    const s = byId.get(id);
    return { id, active: !!s && s.endedAt === null && s.expiresAt.getTime() > now.getTime() };
  });
}

/**
 * The directory's own session check (it keeps the sessions, so it asks its table instead of
 * itself over the network). A SERVICE token has no session: verification admitted it already.
 */
export function localSessionCheck(db: DataSource, clock: Clock): SessionCheck {
  return async (token) => {
    const sid = token.user.sessionId;
    if (!sid) return true;
    const [status] = await sessionStatus(db, [sid], clock.now());
    return status.active;
  };
}
