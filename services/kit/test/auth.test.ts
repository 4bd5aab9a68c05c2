import { resetConfig } from "@prp/kit/testing";
import { SignJWT, decodeJwt } from "jose";
import { AppError } from "../src/core/errors";
import { Role } from "../src/core/roles";
import {
  SERVICE_TOKEN_MAX_TTL_SECONDS,
  requireRole,
  signToken,
  userFromAuthorizationHeader,
  verifyToken,
  type AuthUser,
} from "../src/auth";

const SECRET = "unit-test-secret-that-is-long-enough-0123456789";
const savedSecret = process.env.JWT_SECRET;
beforeAll(() => {
  process.env.JWT_SECRET = SECRET;
});
afterAll(() => {
  if (savedSecret === undefined) delete process.env.JWT_SECRET;
  else process.env.JWT_SECRET = savedSecret;
});

const user: AuthUser = {
  id: "2b7c6a9e-0000-4000-8000-000000000001",
  username: "zhangsan",
  displayName: "张三",
  roles: [Role.PETITION_OFFICER, Role.LEADER],
  departmentId: "dept-7",
  townIds: ["town-1", "town-2"],
  sessionId: "5e551011-0000-4000-8000-000000000001",
};

/** Runs `fn` and returns the AppError it rejects with (fails the test if it does not). */
async function rejection(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error("expected a rejection");
}

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error("expected a throw");
}

/** A token with the platform's issuer/audience, built directly with jose. */
function craft(
  claims: Record<string, unknown>,
  opts: {
    secret?: string;
    alg?: string;
    exp?: number | null;
    iat?: number;
    iss?: string;
    aud?: string;
    sid?: string | null;
  } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const sid = opts.sid === undefined ? user.sessionId : opts.sid;
  const jwt = new SignJWT({ ...claims, ...(sid ? { sid } : {}) })
    .setProtectedHeader({ alg: opts.alg ?? "HS256" })
    .setSubject(user.id)
    .setIssuer(opts.iss ?? "prp-directory")
    .setAudience(opts.aud ?? "prp")
    .setIssuedAt(opts.iat ?? now - 60);
  if (opts.exp !== null) jwt.setExpirationTime(opts.exp ?? now + 600);
  return jwt.sign(new TextEncoder().encode(opts.secret ?? SECRET));
}

describe("signToken / verifyToken", () => {
  it("round-trips every claim", async () => {
    const token = await signToken(user);
    expect(await verifyToken(token)).toEqual(user);
  });

  it("round-trips a user without department or towns", async () => {
    const plain: AuthUser = { ...user, roles: [Role.ADMIN], departmentId: null, townIds: [] };
    expect(decodeJwt(await signToken(plain)).sid).toBe(user.sessionId);
    expect(await verifyToken(await signToken(plain))).toEqual(plain);
  });

  it("sets the expiry ttlSeconds after issue", async () => {
    const before = Math.floor(Date.now() / 1000);
    const claims = decodeJwt(await signToken(user, { ttlSeconds: 120 }));
    const after = Math.floor(Date.now() / 1000);
    // jose reads the clock separately for iat and exp, so allow for a second boundary in between
    expect(claims.exp!).toBeGreaterThanOrEqual(before + 120);
    expect(claims.exp!).toBeLessThanOrEqual(after + 120);
    expect(claims.exp! - claims.iat!).toBeGreaterThanOrEqual(120);
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(121);
    expect(claims.iss).toBe("prp-directory");
    expect(claims.aud).toBe("prp");
    expect(claims.sub).toBe(user.id);
  });

  it("rejects a token signed with another secret as UNAUTHENTICATED", async () => {
    process.env.JWT_SECRET = "some-other-secret-of-decent-length-9876543210";
    resetConfig();
    const foreign = await signToken(user);
    process.env.JWT_SECRET = SECRET;
    resetConfig();
    const err = await rejection(() => verifyToken(foreign));
    expect(err.extensions.code).toBe("UNAUTHENTICATED");
    expect(err.message).toBe("登录凭证无效，请重新登录");
  });

  it("rejects an expired token (negative ttl) as UNAUTHENTICATED with an 'expired' message", async () => {
    const expired = await signToken(user, { ttlSeconds: -10 });
    const err = await rejection(() => verifyToken(expired));
    expect(err.extensions.code).toBe("UNAUTHENTICATED");
    expect(err.message).toBe("登录已过期，请重新登录");
  });

  it("rejects an expired token crafted with jose", async () => {
    const expired = await craft({ username: "zhangsan", roles: ["ADMIN"] }, { exp: Math.floor(Date.now() / 1000) - 5 });
    const err = await rejection(() => verifyToken(expired));
    expect(err.extensions.code).toBe("UNAUTHENTICATED");
    expect(err.message).toBe("登录已过期，请重新登录");
  });

  it("accepts a correctly crafted token (so the rejections below are about the one thing changed)", async () => {
    const ok = await craft({ username: "zhangsan", roles: ["ADMIN"] });
    expect((await verifyToken(ok)).roles).toEqual([Role.ADMIN]);
  });

  it.each([
    ["wrong issuer", { iss: "someone-else" }],
    ["wrong audience", { aud: "other-app" }],
    ["another HMAC algorithm", { alg: "HS512" }],
  ])("rejects a token with %s as UNAUTHENTICATED", async (_label, opts) => {
    const token = await craft({ username: "zhangsan", roles: ["ADMIN"] }, opts);
    const err = await rejection(() => verifyToken(token));
    expect(err.extensions.code).toBe("UNAUTHENTICATED");
    expect(err.message).toBe("登录凭证无效，请重新登录");
  });

  it("rejects an unsigned (alg: none) token", async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${b64({ alg: "none" })}.${b64({ sub: user.id, iss: "prp-directory", aud: "prp", exp: now + 600, roles: ["ADMIN"] })}.`;
    const err = await rejection(() => verifyToken(unsigned));
    expect(err.extensions.code).toBe("UNAUTHENTICATED");
  });

  it.each(["garbage", "", "a.b.c", "eyJhbGciOiJIUzI1NiJ9.e30."])(
    "rejects garbage %p as UNAUTHENTICATED",
    async (token) => {
      const err = await rejection(() => verifyToken(token));
      expect(err.extensions.code).toBe("UNAUTHENTICATED");
    },
  );

  it("refuses a token without an expiry", async () => {
    const forever = await craft({ username: "zhangsan", roles: ["ADMIN"] }, { exp: null });
    const err = await rejection(() => verifyToken(forever));
    expect(err.extensions.code).toBe("UNAUTHENTICATED");
    expect(err.message).toMatch(/有效期/);
  });

  it("refuses a person's token without a session id (issued before sessions existed)", async () => {
    const old = await craft({ username: "zhangsan", roles: ["ADMIN"] }, { sid: null });
    const err = await rejection(() => verifyToken(old));
    expect(err.extensions.code).toBe("UNAUTHENTICATED");
    expect(err.message).toMatch(/会话/);
    // SERVICE alongside a person's role does not make it a service token
    const mixed = await craft({ username: "x", roles: ["SERVICE", "ADMIN"] }, { sid: null });
    expect((await rejection(() => verifyToken(mixed))).extensions.code).toBe("UNAUTHENTICATED");
  });

  it("accepts a SERVICE token without a session only while its life is short", async () => {
    const now = Math.floor(Date.now() / 1000);
    const short = await craft(
      { username: "service:intake", roles: ["SERVICE"] },
      { sid: null, iat: now, exp: now + SERVICE_TOKEN_MAX_TTL_SECONDS },
    );
    expect(await verifyToken(short)).toMatchObject({ roles: [Role.SERVICE] });
    expect((await verifyToken(short)).sessionId).toBeUndefined();
    const long = await craft(
      { username: "service:intake", roles: ["SERVICE"] },
      { sid: null, iat: now, exp: now + SERVICE_TOKEN_MAX_TTL_SECONDS + 1 },
    );
    expect((await rejection(() => verifyToken(long))).extensions.code).toBe("UNAUTHENTICATED");
    const service: AuthUser = {
      id: "service:intake",
      username: "service:intake",
      displayName: "系统服务",
      roles: [Role.SERVICE],
      departmentId: null,
      townIds: [],
    };
    // the kit's own service tokens are short enough
    expect(await verifyToken(await signToken(service, { ttlSeconds: 300 }))).toEqual(service);
  });

  it("keeps only roles the platform knows", async () => {
    const token = await craft({ username: "zhangsan", roles: ["ADMIN", "SUPERUSER", "toString", "constructor", 42] });
    expect((await verifyToken(token)).roles).toEqual([Role.ADMIN]);
  });
});

describe("userFromAuthorizationHeader", () => {
  it("returns undefined when no header is sent", async () => {
    expect(await userFromAuthorizationHeader(undefined)).toBeUndefined();
    expect(await userFromAuthorizationHeader("")).toBeUndefined();
  });

  it("reads a Bearer token (case-insensitive scheme, surrounding spaces ignored)", async () => {
    const token = await signToken(user);
    expect(await userFromAuthorizationHeader(`Bearer ${token}`)).toEqual(user);
    expect(await userFromAuthorizationHeader(`bearer   ${token}  `)).toEqual(user);
  });

  it.each(["Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "Token abc", "abc"])(
    "rejects the malformed header %p as UNAUTHENTICATED",
    async (header) => {
      const err = await rejection(() => userFromAuthorizationHeader(header));
      expect(err.extensions.code).toBe("UNAUTHENTICATED");
      expect(err.message).toBe("登录凭证格式错误（应为 Bearer 令牌）");
    },
  );

  it("rejects a well-formed header carrying a bad token as UNAUTHENTICATED", async () => {
    const err = await rejection(() => userFromAuthorizationHeader("Bearer not.a.jwt"));
    expect(err.extensions.code).toBe("UNAUTHENTICATED");
    expect(err.message).toBe("登录凭证无效，请重新登录");
  });
});

describe("requireRole", () => {
  it("throws UNAUTHENTICATED when nobody is signed in", () => {
    expect(thrown(() => requireRole(undefined)).extensions.code).toBe("UNAUTHENTICATED");
    expect(thrown(() => requireRole(undefined, [Role.ADMIN])).extensions.code).toBe("UNAUTHENTICATED");
  });

  it("throws FORBIDDEN when the user holds none of the roles", () => {
    const err = thrown(() => requireRole(user, [Role.ADMIN, Role.CASE_HANDLER]));
    expect(err.extensions.code).toBe("FORBIDDEN");
    expect(err.message).toBe("您的角色无权执行此操作");
  });

  it("throws FORBIDDEN for a user without any role when a role is required", () => {
    expect(thrown(() => requireRole({ ...user, roles: [] }, [Role.TRAINEE])).extensions.code).toBe("FORBIDDEN");
  });

  it("returns the user when they hold one of the roles", () => {
    expect(requireRole(user, [Role.ADMIN, Role.LEADER])).toBe(user);
  });

  it("with no roles listed, accepts any signed-in user (even one with no roles)", () => {
    const noRoles = { ...user, roles: [] };
    expect(requireRole(noRoles)).toBe(noRoles);
    expect(requireRole(noRoles, [])).toBe(noRoles);
  });
});
