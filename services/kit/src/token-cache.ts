import { AppError, ErrorCode, unauthenticated } from "./core/errors";
import { verifyTokenClaims, type VerifiedToken } from "./auth";

/**
 * Whether the session behind a validly signed token still stands (not signed out, user not
 * deactivated, demoted or given a new password since). The directory answers it from its own
 * table, every other subgraph asks the directory (session-check.ts). It runs at most once per
 * re-check interval per token; it throws when it cannot answer.
 */
export type SessionCheck = (token: VerifiedToken) => boolean | Promise<boolean>;

export const everySessionValid: SessionCheck = () => true;

export interface VerifiedTokenCacheOptions {
  /** Tokens kept; the least recently used one makes room. Default 10 000. */
  maxEntries?: number;
  /** How long the session check's answer is trusted, in ms. Default 5 000. */
  recheckMs?: number;
  /**
   * When a re-check cannot be answered (the directory briefly unreachable), a session that
   * stood at its last answer is still served for this long after it, in ms; a token never
   * checked is not. Default 60 000.
   */
  unansweredGraceMs?: number;
  isSessionValid?: SessionCheck;
  /** Milliseconds since the epoch; injected by tests. */
  now?: () => number;
  /** Signature and claim check; default the kit's verifyTokenClaims. */
  verify?: (token: string, now: Date) => Promise<VerifiedToken>;
}

interface Entry {
  token: VerifiedToken;
  /** When isSessionValid last answered, and what. */
  checkedAt: number;
  valid: boolean;
  /** The re-check under way, shared by the requests that arrive meanwhile. */
  recheck?: Promise<void>;
}

/**
 * Verified bearer tokens, so that a subgraph checks a token's signature once rather than on
 * every call the gateway makes for one client request. An entry serves until the token's
 * own expiry; the session check is asked again once its answer is older than `recheckMs`,
 * so a revoked session is refused within that many milliseconds. Tokens that fail
 * verification are not kept (garbage must not push out good entries).
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly recheckMs: number;
  private readonly unansweredGraceMs: number;
  private readonly isSessionValid: SessionCheck;
  private readonly now: () => number;
  private readonly verify: (token: string, now: Date) => Promise<VerifiedToken>;

  constructor(opts: VerifiedTokenCacheOptions = {}) {
    this.maxEntries = Math.max(1, opts.maxEntries ?? 10_000);
    this.recheckMs = Math.max(0, opts.recheckMs ?? 5_000);
    this.unansweredGraceMs = Math.max(0, opts.unansweredGraceMs ?? 60_000);
    this.isSessionValid = opts.isSessionValid ?? everySessionValid;
    this.now = opts.now ?? Date.now;
    this.verify = opts.verify ?? verifyTokenClaims;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The token's user; throws UNAUTHENTICATED for a bad, expired or revoked one. */
  async userFor(token: string): Promise<VerifiedToken["user"]> {
    const now = this.now();
    let entry = this.entries.get(token);
    if (entry && entry.token.expiresAt <= now) {
      // expired: verify again, which refuses it with the usual "expired" message
      this.entries.delete(token);
      entry = undefined;
    }
    if (entry) {
      // most recently used last: Map keeps insertion order, so the first key is the one to evict
      this.entries.delete(token);
      this.entries.set(token, entry);
      if (now - entry.checkedAt >= this.recheckMs) await (entry.recheck ??= this.recheck(entry, now));
    } else {
      const verified = await this.verify(token, new Date(now));
      let valid: boolean;
      try {
        valid = await this.isSessionValid(verified);
      } catch (err) {
        throw cannotCheck(err);
      }
      entry = { token: verified, checkedAt: now, valid };
      this.remember(token, entry);
    }
    if (!entry.valid) throw unauthenticated("登录已失效（已退出或权限已变更），请重新登录");
    return entry.token.user;
  }

  private async recheck(entry: Entry, now: number): Promise<void> {
    try {
      entry.valid = await this.isSessionValid(entry.token);
      entry.checkedAt = now;
    } catch (err) {
      // unanswered: the last answer stands for a short grace, then the token is refused until an answer comes
      if (!entry.valid || now - entry.checkedAt >= this.unansweredGraceMs) throw cannotCheck(err);
    } finally {
      entry.recheck = undefined;
    }
  }

  private remember(token: string, entry: Entry): void {
    this.entries.delete(token);
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    this.entries.set(token, entry);
  }
}

/** The session check could not be answered: not the caller's fault, and not a reason to sign them out. */
function cannotCheck(err: unknown): AppError {
  if (err instanceof AppError && err.code !== ErrorCode.INTERNAL) return err;
  return new AppError(ErrorCode.INTERNAL, "暂时无法核验登录状态（组织机构服务不可用），请稍后重试");
}
