import { SignJWT, jwtVerify, errors as joseErrors, type JWTPayload } from "jose";
import type { AuthChecker } from "type-graphql";
import { Role } from "./core/roles";
import { forbidden, unauthenticated } from "./core/errors";
import { readSecret } from "./secrets";
import { config } from "./config";

/** Who is calling, as the directory signed it at login. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  departmentId: string | null;
  /** Towns a leader is linked to (包联). */
  townIds: string[];
  /**
   * The directory's session behind the token (`sid` claim): what logout ends and what every
   * subgraph re-checks. Absent only for the short-lived SERVICE tokens of subgraph-to-subgraph calls.
   */
  sessionId?: string;
}

const ISSUER = "prp-directory";
const AUDIENCE = "prp";
const ALG = "HS256";

function jwtKey(): Uint8Array {
  return new TextEncoder().encode(readSecret("JWT_SECRET"));
}

/**
 * A SERVICE token (one subgraph calling another, kit/service-client.ts) has no session to
 * revoke, so it must not live long: one that claims a longer life than this is refused.
 */
export const SERVICE_TOKEN_MAX_TTL_SECONDS = 600;

export interface SignOptions {
  /** Lifetime; default the configured TOKEN_TTL_SECONDS. */
  ttlSeconds?: number;
}

/** The user's claims, with their session (`user.sessionId`) as `sid`: every token but a SERVICE token has one. */
export async function signToken(user: AuthUser, opts: SignOptions = {}): Promise<string> {
  const ttlSeconds = opts.ttlSeconds ?? config().tokenTtlSeconds;
  return new SignJWT({
    username: user.username,
    name: user.displayName,
    roles: user.roles,
    dept: user.departmentId,
    towns: user.townIds,
    ...(user.sessionId ? { sid: user.sessionId } : {}),
  })
    .setProtectedHeader({ alg: ALG })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(jwtKey());
}

/** A token whose signature and claims checked out. */
export interface VerifiedToken {
  user: AuthUser;
  /** Milliseconds since the epoch (the `exp` claim; a token without one is refused). */
  expiresAt: number;
  /** Milliseconds since the epoch (the `iat` claim). */
  issuedAt: number | undefined;
  /** All claims, for session checks that need more than the user (e.g. a session id). */
  claims: JWTPayload;
}

/**
 * Why a correctly signed token is still refused, or null. A token must expire (`exp`); a
 * person's token must name its session (`sid`, so that logout, deactivation, a role or password
 * change can end it); only a SERVICE token may go without one, and then only for a short life.
 */
function claimProblem(payload: JWTPayload, roles: Role[]): string | null {
  if (typeof payload.exp !== "number") return "登录凭证缺少有效期，请重新登录";
  if (typeof payload.sid === "string" && payload.sid) return null;
  const serviceOnly = roles.length === 1 && roles[0] === Role.SERVICE;
  if (!serviceOnly) return "登录凭证已过时（缺少会话标识），请重新登录";
  if (typeof payload.iat !== "number" || payload.exp - payload.iat > SERVICE_TOKEN_MAX_TTL_SECONDS)
    return "系统服务凭证有效期过长";
  return null;
}

/**
 * Verifies a bearer token as of `now`; throws UNAUTHENTICATED for anything but a valid,
 * unexpired one with the claims claimProblem asks for.
 */
export async function verifyTokenClaims(token: string, now: Date = new Date()): Promise<VerifiedToken> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, jwtKey(), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [ALG],
      currentDate: now,
    }));
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) throw unauthenticated("登录已过期，请重新登录");
    throw unauthenticated("登录凭证无效，请重新登录");
  }
  const roles = Array.isArray(payload.roles)
    ? (payload.roles as string[]).filter((r): r is Role => (Object.values(Role) as string[]).includes(r))
    : [];
  const problem = claimProblem(payload, roles);
  if (problem) throw unauthenticated(problem);
  return {
    user: {
      id: String(payload.sub),
      username: String(payload.username ?? ""),
      displayName: String(payload.name ?? ""),
      roles,
      departmentId: (payload.dept as string | null) ?? null,
      townIds: Array.isArray(payload.towns) ? (payload.towns as string[]) : [],
      ...(typeof payload.sid === "string" && payload.sid ? { sessionId: payload.sid } : {}),
    },
    expiresAt: (payload.exp as number) * 1000,
    issuedAt: typeof payload.iat === "number" ? payload.iat * 1000 : undefined,
    claims: payload,
  };
}

/** Verifies a bearer token; throws UNAUTHENTICATED for anything but a valid, unexpired one. */
export async function verifyToken(token: string): Promise<AuthUser> {
  return (await verifyTokenClaims(token)).user;
}

/** The token in `Authorization: Bearer …`; undefined when the header is absent, throws when it is malformed. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = header.match(/^Bearer\s+(.+)$/i);
  if (!match) throw unauthenticated("登录凭证格式错误（应为 Bearer 令牌）");
  return match[1].trim();
}

/** Reads `Authorization: Bearer …`; returns undefined when absent, throws when present but bad. */
export async function userFromAuthorizationHeader(header: string | undefined): Promise<AuthUser | undefined> {
  const token = bearerToken(header);
  return token === undefined ? undefined : verifyToken(token);
}

export function hasAnyRole(user: AuthUser | undefined, roles: readonly Role[]): boolean {
  if (!user) return false;
  if (roles.length === 0) return true;
  return user.roles.some((r) => roles.includes(r));
}

/** Throws the right error unless the caller holds one of the roles (none listed: any signed-in user). */
export function requireRole(user: AuthUser | undefined, roles: readonly Role[] = []): AuthUser {
  if (!user) throw unauthenticated();
  if (!hasAnyRole(user, roles)) throw forbidden();
  return user;
}

/**
 * type-graphql authChecker: `@Authorized()` = any signed-in user, `@Authorized(Role.X, …)` = one of them.
 * Throws itself so that a missing token is UNAUTHENTICATED and a wrong role FORBIDDEN.
 */
export const authChecker: AuthChecker<{ user?: AuthUser; authError?: Error }, Role> = ({ context }, roles) => {
  if (context.authError) throw context.authError;
  requireRole(context.user, roles);
  return true;
};
