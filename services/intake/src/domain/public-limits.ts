/**
 * Limits on the public (anonymous) reporting form: how often one source (an IP address or
 * a device key, chosen by the caller) may submit, and how long a report may be.
 */

export const DEFAULT_PUBLIC_QUOTA = 5;
export const DEFAULT_PUBLIC_WINDOW_MS = 24 * 3600 * 1000;

export interface QuotaDecision {
  allowed: boolean;
  /** 0 when allowed; otherwise how long until the oldest counted submission leaves the window. */
  retryAfterMs: number;
  /** Submissions still allowed in the window after this one would be made (0 when refused). */
  remaining: number;
}

const ms = (t: Date | number) => (t instanceof Date ? t.getTime() : t);

/**
 * Sliding window: a new submission is allowed when fewer than `limit` earlier submissions
 * fall within the last `windowMs` (timestamps in the future, from clock drift, count too).
 */
export function checkPublicQuota(
  events: readonly (Date | number)[],
  now: Date | number,
  limit = DEFAULT_PUBLIC_QUOTA,
  windowMs = DEFAULT_PUBLIC_WINDOW_MS,
): QuotaDecision {
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError("limit must be a non-negative integer");
  if (!(windowMs > 0)) throw new RangeError("windowMs must be positive");
  const t = ms(now);
  const inWindow = events
    .map(ms)
    .filter((e) => e > t - windowMs)
    .sort((a, b) => a - b);
  if (inWindow.length < limit) return { allowed: true, retryAfterMs: 0, remaining: limit - inWindow.length - 1 };
  if (limit === 0) return { allowed: false, retryAfterMs: windowMs, remaining: 0 };
  // enough of the oldest must age out that only limit - 1 remain
  const mustExpire = inWindow[inWindow.length - limit];
  return { allowed: false, retryAfterMs: Math.max(1, mustExpire + windowMs - t), remaining: 0 };
}

/** Most characters a report's content may have (counted as code points). */
export const MAX_CONTENT_CHARS = 5000;
/** Fewer characters than this cannot say who did what. */
export const MIN_CONTENT_CHARS = 10;

/** Problems with a report's content, in Chinese; empty when it may be submitted. */
export function contentProblems(text: string | null | undefined): string[] {
  const content = (text ?? "").trim();
  if (content === "") return ["请填写举报内容"];
  const problems: string[] = [];
  const length = Array.from(content).length;
  if (length < MIN_CONTENT_CHARS)
    problems.push(`举报内容过短（至少${MIN_CONTENT_CHARS}个字），请写明被反映人和具体问题`);
  if (length > MAX_CONTENT_CHARS)
    problems.push(`举报内容不能超过${MAX_CONTENT_CHARS}个字（当前${length}个字），可分次提交或上传附件`);
  // control characters other than line breaks and tabs come from pasted binary, never from people
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(content))
    problems.push("举报内容含有无法识别的字符，请删除后重新提交");
  return problems;
}

/** Wrong follow-up codes (查询码) one client address may try before it must wait: guessing stays hopeless. */
export const FOLLOW_UP_FAILURE_LIMIT = 10;
export const FOLLOW_UP_FAILURE_WINDOW_MS = 15 * 60 * 1000;
