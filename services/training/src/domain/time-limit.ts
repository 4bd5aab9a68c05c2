/**
 * Time limits of a knowledge test. A small grace absorbs the network between the trainee's
 * click and the server (a tenth of the limit, at most 10 seconds).
 */
export const MAX_GRACE_MS = 10_000;

export function attemptDeadline(startedAt: Date, timeLimitSeconds: number): Date {
  return new Date(startedAt.getTime() + timeLimitSeconds * 1000);
}

export function graceMs(timeLimitSeconds: number): number {
  return Math.min(MAX_GRACE_MS, Math.floor((timeLimitSeconds * 1000) / 10));
}

/** ON_TIME until deadline + grace, LATE afterwards. */
export function submissionTiming(startedAt: Date, timeLimitSeconds: number, submittedAt: Date): "ON_TIME" | "LATE" {
  const limit = attemptDeadline(startedAt, timeLimitSeconds).getTime() + graceMs(timeLimitSeconds);
  return submittedAt.getTime() <= limit ? "ON_TIME" : "LATE";
}

/** Seconds left to answer (0 when over). */
export function secondsLeft(startedAt: Date, timeLimitSeconds: number, now: Date): number {
  return Math.max(0, Math.ceil((attemptDeadline(startedAt, timeLimitSeconds).getTime() - now.getTime()) / 1000));
}
