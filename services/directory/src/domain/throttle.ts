/** How many failed logins a key may have before it waits, and how long. */
export interface ThrottlePolicy {
  /** Failed logins allowed before the key waits. */
  freeFailures: number;
  /** The first wait; each further failure doubles it… */
  baseLockMs: number;
  /** …up to this. */
  maxLockMs: number;
  /** Failures older than this (since the last one) are forgotten; undefined = only a success clears them. */
  forgetAfterMs?: number;
}

/** Per username: five tries, then 30 s doubling up to 15 min; a successful login clears the count. */
export const USERNAME_POLICY: ThrottlePolicy = { freeFailures: 5, baseLockMs: 30_000, maxLockMs: 15 * 60_000 };

/**
 * Per client address, over every username: enough for an office behind one address to mistype,
 * too few for one person to lock many accounts (each needs five failures) or to guess passwords
 * across accounts. A success from the address does not clear it; a quiet quarter of an hour does.
 */
export const ADDRESS_POLICY: ThrottlePolicy = {
  freeFailures: 20,
  baseLockMs: 60_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 15 * 60_000,
};

/** The failures that still count as of `now` (those of a forgotten streak do not). */
export function countedFailures(
  policy: ThrottlePolicy,
  failures: number,
  lastFailureAt: Date | null,
  now: Date,
): number {
  if (!lastFailureAt) return failures;
  if (policy.forgetAfterMs !== undefined && now.getTime() - lastFailureAt.getTime() >= policy.forgetAfterMs) return 0;
  return failures;
}

/**
 * How long a key must wait before the next try, given its counted failures: nothing for the free
 * ones, then the base wait doubling up to the maximum.
 */
export function lockoutRemainingMs(
  policy: ThrottlePolicy,
  failures: number,
  lastFailureAt: Date | null,
  now: Date,
): number {
  const counted = countedFailures(policy, failures, lastFailureAt, now);
  if (counted < policy.freeFailures || !lastFailureAt) return 0;
  const lockMs = Math.min(policy.baseLockMs * 2 ** (counted - policy.freeFailures), policy.maxLockMs);
  return Math.max(0, lastFailureAt.getTime() + lockMs - now.getTime());
}

/** A username's failures are forgotten after this much quiet, so rows of long-gone attempts can go. */
export const STALE_THROTTLE_MS = 30 * 86_400_000;
/** Expired sessions are kept a day (a token refused as expired reads the same without its row). */
export const EXPIRED_SESSION_KEEP_MS = 86_400_000;

/**
 * The cut-offs for housekeeping of the login tables as of `now`: a throttle row with no failures
 * or none since `throttleBefore` counts nothing under either policy any more (the address policy
 * forgets within minutes, a username's streak this long quiet is no attack in progress), and a
 * session that expired before `sessionExpiredBefore` is refused without its row.
 */
export function authHousekeepingCutoffs(now: Date): { throttleBefore: Date; sessionExpiredBefore: Date } {
  const forgetAfterMs = Math.max(STALE_THROTTLE_MS, ADDRESS_POLICY.forgetAfterMs ?? 0);
  return {
    throttleBefore: new Date(now.getTime() - forgetAfterMs),
    sessionExpiredBefore: new Date(now.getTime() - EXPIRED_SESSION_KEEP_MS),
  };
}
