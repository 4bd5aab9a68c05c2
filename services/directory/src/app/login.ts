import { AppError, ErrorCode, TOKEN_TTL_SECONDS, signToken, unauthenticated, writeAudit } from "@prp/kit";
import { User, UserTown } from "../entities/User";
import { LoginThrottle } from "../entities/LoginThrottle";
import { lockoutRemainingMs } from "../domain/throttle";
import { reader, transaction, type Db, type WithPasswords } from "./use-case-context";
import type { Clock } from "@prp/kit/core";

/** The same words whether the username exists or not. */
const WRONG_CREDENTIALS = "用户名或密码错误";

export interface LoginAttempt {
  username: string;
  password: string;
  /** Where the attempt came from, for the audit note and the warning line. */
  clientIp: string;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

/**
 * Username + password → signed token. Failures are counted per username (lower case) and, after
 * the free ones, make the next try wait (domain/throttle.ts); a success clears the count. Every
 * attempt leaves an audit row. The only use case open without a token, so it has no actor.
 */
export async function login(uc: { db: Db; clock: Clock } & WithPasswords, attempt: LoginAttempt): Promise<LoginResult> {
  const username = attempt.username.trim().slice(0, 64);
  const { password, clientIp } = attempt;
  if (!username || !password) throw unauthenticated(WRONG_CREDENTIALS);
  const key = username.toLowerCase();
  const now = uc.clock.now();
  const throttle = await reader(uc.db).findOneBy(LoginThrottle, { username: key });
  const waitMs = lockoutRemainingMs(throttle?.failures ?? 0, throttle?.lastFailureAt ?? null, now);
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new AppError(ErrorCode.UNAUTHENTICATED, `登录失败次数过多，请 ${seconds} 秒后再试`, { retryAfterSeconds: seconds });
  }

  const user = await reader(uc.db).findOneBy(User, { username });
  let ok = false;
  if (user) ok = user.active && (await uc.passwords.matches(user.passwordHash, password));
  else await uc.passwords.burnCheck(password);

  if (!user || !ok) {
    await transaction(uc.db, async (em) => {
      const row = (await em.findOneBy(LoginThrottle, { username: key })) ?? em.create(LoginThrottle, { username: key, failures: 0 });
      row.failures += 1;
      row.lastFailureAt = now;
      await em.save(LoginThrottle, row);
      await writeAudit(em, null, {
        action: "login.failure",
        entity: "User",
        entityId: user?.id ?? `username:${key}`,
        note: `登录失败（第 ${row.failures} 次连续失败，来源 ${clientIp || "未知"}）${user && !user.active ? "，账号已停用" : ""}`,
      });
    });
    console.warn(`[directory] failed login for "${username}" from ${clientIp || "unknown"}`);
    throw unauthenticated(WRONG_CREDENTIALS);
  }

  const townIds = (await reader(uc.db).findBy(UserTown, { userId: user.id })).map((t) => t.townId);
  const token = await signToken({
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    departmentId: user.departmentId,
    townIds,
  });
  await transaction(uc.db, async (em) => {
    await em.delete(LoginThrottle, { username: key });
    await writeAudit(em, { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles, departmentId: null, townIds }, {
      action: "login.success",
      entity: "User",
      entityId: user.id,
      note: `登录成功（来源 ${clientIp || "未知"}）`,
    });
  });
  return { token, expiresAt: new Date(now.getTime() + TOKEN_TTL_SECONDS * 1000), user };
}
