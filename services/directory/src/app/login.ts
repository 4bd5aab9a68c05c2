import { In, type EntityManager } from "typeorm";
import { AppError, ErrorCode, config, signToken, unauthenticated, writeAudit } from "@prp/kit";
import type { Clock } from "@prp/kit/core";
import { User, UserTown } from "../entities/User";
import { LoginThrottle } from "../entities/LoginThrottle";
import {
  ADDRESS_POLICY,
  USERNAME_POLICY,
  countedFailures,
  lockoutRemainingMs,
  type ThrottlePolicy,
} from "../domain/throttle";
import { startSession } from "./sessions";
import { reader, transaction, type Db, type WithPasswords } from "./use-case-context";

/** The same words whether the username exists or not. */
const WRONG_CREDENTIALS = "用户名或密码错误";

export interface LoginAttempt {
  username: string;
  password: string;
  /** Where the attempt came from: throttled per address too, and named in the audit note. */
  clientIp: string;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

/** The throttle rows one attempt counts against. */
interface AttemptKeys {
  user: string;
  address: string;
}

const attemptKeys = (username: string, clientIp: string): AttemptKeys => ({
  user: `user:${username.toLowerCase()}`,
  address: `ip:${(clientIp || "unknown").slice(0, 96)}`,
});

const POLICY_OF = (keys: AttemptKeys, key: string): ThrottlePolicy =>
  key === keys.address ? ADDRESS_POLICY : USERNAME_POLICY;

function tooManyFailures(keys: AttemptKeys, key: string, waitMs: number): AppError {
  const seconds = Math.ceil(waitMs / 1000);
  const message =
    key === keys.address
      ? `本地址登录失败次数过多，请 ${seconds} 秒后再试`
      : `登录失败次数过多，请 ${seconds} 秒后再试`;
  return new AppError(ErrorCode.UNAUTHENTICATED, message, { retryAfterSeconds: seconds });
}

/**
 * Counts the attempt against the username and the client address BEFORE its password is checked,
 * in one transaction holding both rows: of many concurrent attempts exactly the allowed number
 * get through, the rest are refused as locked (and are not counted, so a locked key's wait does
 * not grow while it waits). Returns the username's count including this attempt.
 */
async function countAttempt(db: Db, keys: AttemptKeys, now: Date): Promise<number> {
  const ordered = [keys.address, keys.user].sort();
  // The rows exist before the transaction locks them (an INSERT … IGNORE inside it would take
  // a shared lock first and deadlock concurrent attempts on MySQL). They are never deleted.
  await reader(db)
    .createQueryBuilder()
    .insert()
    .into(LoginThrottle)
    .values(ordered.map((throttleKey) => ({ throttleKey, failures: 0, lastFailureAt: null })))
    .orIgnore()
    .execute();
  return transaction(db, async (em) => {
    const rows = await lockedRows(em, ordered);
    for (const row of rows) {
      const waitMs = lockoutRemainingMs(POLICY_OF(keys, row.throttleKey), row.failures, row.lastFailureAt, now);
      if (waitMs > 0) throw tooManyFailures(keys, row.throttleKey, waitMs);
    }
    for (const row of rows) {
      row.failures = countedFailures(POLICY_OF(keys, row.throttleKey), row.failures, row.lastFailureAt, now) + 1;
      row.lastFailureAt = now;
      await em.update(LoginThrottle, { throttleKey: row.throttleKey }, { failures: row.failures, lastFailureAt: now });
    }
    return rows.find((r) => r.throttleKey === keys.user)?.failures ?? 1;
  });
}

/** Both rows, locked for this transaction in key order (SQLite's transactions are one at a time already). */
function lockedRows(em: EntityManager, keys: string[]): Promise<LoginThrottle[]> {
  const qb = em
    .getRepository(LoginThrottle)
    .createQueryBuilder("t")
    .where({ throttleKey: In(keys) })
    .orderBy("t.throttleKey", "ASC");
  if (em.connection.options.type !== "better-sqlite3") qb.setLock("pessimistic_write");
  return qb.getMany();
}

/**
 * Username + password → signed token with a new session (`sid`). Every attempt is first counted
 * against the username and the client address (countAttempt; after the free ones the next try
 * waits, domain/throttle.ts); a success clears the username's count and takes itself back from
 * the address's. Every checked attempt leaves an audit row. The only use case open without a
 * token, so it has no actor.
 */
export async function login(uc: { db: Db; clock: Clock } & WithPasswords, attempt: LoginAttempt): Promise<LoginResult> {
  const username = attempt.username.trim().slice(0, 64);
  const { password, clientIp } = attempt;
  if (!username || !password) throw unauthenticated(WRONG_CREDENTIALS);
  const keys = attemptKeys(username, clientIp);
  const now = uc.clock.now();
  const failures = await countAttempt(uc.db, keys, now);

  const user = await reader(uc.db).findOneBy(User, { username });
  let ok = false;
  if (user) ok = user.active && (await uc.passwords.matches(user.passwordHash, password));
  else await uc.passwords.burnCheck(password);

  if (!user || !ok) {
    await transaction(uc.db, (em) =>
      writeAudit(em, null, {
        action: "login.failure",
        entity: "User",
        entityId: user?.id ?? `username:${username.toLowerCase()}`,
        note: `登录失败（第 ${failures} 次连续失败，来源 ${clientIp || "未知"}）${user && !user.active ? "，账号已停用" : ""}`,
      }),
    );
    console.warn(`[directory] failed login for "${username}" from ${clientIp || "unknown"}`);
    throw unauthenticated(WRONG_CREDENTIALS);
  }

  const townIds = (await reader(uc.db).findBy(UserTown, { userId: user.id })).map((t) => t.townId);
  const actor = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    departmentId: user.departmentId,
    townIds,
  };
  const ttlSeconds = config().tokenTtlSeconds;
  const session = await transaction(uc.db, async (em) => {
    await em.update(LoginThrottle, { throttleKey: keys.user }, { failures: 0, lastFailureAt: null });
    // this attempt was no failure: take it back from the address's count
    await em
      .createQueryBuilder()
      .update(LoginThrottle)
      .set({ failures: () => "failures - 1" })
      .where("throttleKey = :k AND failures > 0", { k: keys.address })
      .execute();
    const s = await startSession(em, user.id, now, ttlSeconds);
    await writeAudit(em, actor, {
      action: "login.success",
      entity: "User",
      entityId: user.id,
      note: `登录成功（来源 ${clientIp || "未知"}）`,
    });
    return s;
  });
  const token = await signToken({ ...actor, sessionId: session.id }, { ttlSeconds });
  return { token, expiresAt: session.expiresAt, user };
}
