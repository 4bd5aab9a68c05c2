/** Failed logins allowed before the account waits. */
export const FREE_FAILURES = 5;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;

/**
 * How long a username must wait before the next try, given its consecutive failures:
 * nothing for the first five, then 30 s doubling up to 15 min.
 */
export function lockoutRemainingMs(failures: number, lastFailureAt: Date | null, now: Date): number {
  if (failures < FREE_FAILURES || !lastFailureAt) return 0;
  const lockMs = Math.min(BASE_LOCK_MS * 2 ** (failures - FREE_FAILURES), MAX_LOCK_MS);
  return Math.max(0, lastFailureAt.getTime() + lockMs - now.getTime());
}
