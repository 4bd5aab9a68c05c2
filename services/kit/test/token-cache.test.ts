import { SignJWT } from "jose";
import { AppError } from "../src/core/errors";
import { Role } from "../src/core/roles";
import { signToken, verifyTokenClaims, type AuthUser, type VerifiedToken } from "../src/auth";
import { VerifiedTokenCache, type SessionCheck } from "../src/token-cache";

const SECRET = "token-cache-test-secret-0123456789abcdef";
const savedSecret = process.env.JWT_SECRET;
beforeAll(() => {
  process.env.JWT_SECRET = SECRET;
});
afterAll(() => {
  if (savedSecret === undefined) delete process.env.JWT_SECRET;
  else process.env.JWT_SECRET = savedSecret;
});

const userNo = (n: number): AuthUser => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  username: `user${n}`,
  displayName: `用户${n}`,
  roles: [Role.PETITION_OFFICER],
  departmentId: null,
  townIds: [],
  sessionId: `5e551011-0000-4000-8000-${String(n).padStart(12, "0")}`,
});

/** A clock the test moves by hand, starting now (tokens are signed with the real time). */
function manualClock() {
  let now = Date.now();
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** The kit's verification, counted. */
function countingVerify() {
  const calls: string[] = [];
  const verify = (token: string, now: Date) => {
    calls.push(token);
    return verifyTokenClaims(token, now);
  };
  return { verify, calls };
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error("expected a rejection");
}

describe("VerifiedTokenCache", () => {
  it("verifies a token once and then answers from the cache", async () => {
    const clock = manualClock();
    const { verify, calls } = countingVerify();
    const cache = new VerifiedTokenCache({ now: clock.now, verify });
    const token = await signToken(userNo(1));
    expect(await cache.userFor(token)).toEqual(userNo(1));
    clock.advance(1000);
    expect(await cache.userFor(token)).toEqual(userNo(1));
    expect(calls).toHaveLength(1);
  });

  it("refuses a cached token once it has expired", async () => {
    const clock = manualClock();
    const { verify, calls } = countingVerify();
    const cache = new VerifiedTokenCache({ now: clock.now, verify });
    const token = await signToken(userNo(1), { ttlSeconds: 60 });
    expect((await cache.userFor(token)).id).toBe(userNo(1).id);

    clock.advance(59_000);
    expect((await cache.userFor(token)).id).toBe(userNo(1).id);
    clock.advance(2_000);
    const err = await rejection(cache.userFor(token));
    expect(err.extensions.code).toBe("UNAUTHENTICATED");
    expect(err.message).toContain("过期");
    expect(calls).toHaveLength(2); // verified again at expiry, and refused by the verification
    expect(cache.size).toBe(0);
  });

  it("keeps at most maxEntries tokens, dropping the least recently used", async () => {
    const clock = manualClock();
    const { verify, calls } = countingVerify();
    const cache = new VerifiedTokenCache({ now: clock.now, verify, maxEntries: 3 });
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map((n) => signToken(userNo(n))));
    for (const t of [a, b, c]) await cache.userFor(t);
    await cache.userFor(a); // a is now the most recently used; b the least
    await cache.userFor(d);
    expect(cache.size).toBe(3);
    expect(calls).toEqual([a, b, c, d]);

    await cache.userFor(a);
    await cache.userFor(c);
    await cache.userFor(d);
    expect(calls).toEqual([a, b, c, d]); // still cached
    await cache.userFor(b);
    expect(calls).toEqual([a, b, c, d, b]); // b was dropped and had to be verified again
    expect(cache.size).toBe(3);
  });

  it("refuses a token whose session the check refuses, and again within the re-check interval without asking", async () => {
    const clock = manualClock();
    const asked: string[] = [];
    const isSessionValid: SessionCheck = (t: VerifiedToken) => {
      asked.push(t.user.username);
      return t.user.username !== "user2";
    };
    const cache = new VerifiedTokenCache({ now: clock.now, isSessionValid, recheckMs: 5_000 });
    const refused = await signToken(userNo(2));

    const first = await rejection(cache.userFor(refused));
    expect(first.extensions.code).toBe("UNAUTHENTICATED");
    expect(first.message).toContain("登录已失效");
    clock.advance(4_999);
    expect((await rejection(cache.userFor(refused))).extensions.code).toBe("UNAUTHENTICATED");
    expect(asked).toEqual(["user2"]);

    clock.advance(1);
    await rejection(cache.userFor(refused));
    expect(asked).toEqual(["user2", "user2"]); // the interval passed: asked again, still refused

    // another user's session stands
    expect((await cache.userFor(await signToken(userNo(3)))).username).toBe("user3");
  });

  it("refuses a session revoked after its token was cached within one re-check interval", async () => {
    const clock = manualClock();
    const revoked = new Set<string>();
    const cache = new VerifiedTokenCache({
      now: clock.now,
      isSessionValid: (t) => !revoked.has(t.user.id),
      recheckMs: 5_000,
    });
    const token = await signToken(userNo(1));
    await cache.userFor(token);

    revoked.add(userNo(1).id);
    clock.advance(4_000);
    // the last answer is younger than the interval: still served (the documented delay)
    expect((await cache.userFor(token)).id).toBe(userNo(1).id);
    clock.advance(1_000);
    expect((await rejection(cache.userFor(token))).message).toContain("登录已失效");
  });

  it("does not keep tokens that fail verification, and refuses tokens without an expiry", async () => {
    const clock = manualClock();
    const { verify } = countingVerify();
    const cache = new VerifiedTokenCache({ now: clock.now, verify });
    expect((await rejection(cache.userFor("not.a.jwt"))).extensions.code).toBe("UNAUTHENTICATED");
    expect(cache.size).toBe(0);

    const noExpiry = await new SignJWT({ username: "user5", roles: [Role.ANALYST], sid: userNo(5).sessionId })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(userNo(5).id)
      .setIssuer("prp-directory")
      .setAudience("prp")
      .setIssuedAt()
      .sign(new TextEncoder().encode(SECRET));
    expect((await rejection(cache.userFor(noExpiry))).extensions.code).toBe("UNAUTHENTICATED");
    expect(cache.size).toBe(0);
  });

  it("asks once for concurrent requests with the same token whose answer is due", async () => {
    const clock = manualClock();
    let asked = 0;
    const cache = new VerifiedTokenCache({
      now: clock.now,
      recheckMs: 5_000,
      isSessionValid: async () => (asked++, true),
    });
    const token = await signToken(userNo(1));
    await cache.userFor(token);
    clock.advance(5_000);
    await Promise.all([1, 2, 3, 4, 5].map(() => cache.userFor(token)));
    expect(asked).toBe(2);
  });

  it("when the check cannot answer: keeps a standing session for the grace period, then refuses; never admits an unchecked token", async () => {
    const clock = manualClock();
    let reachable = true;
    const isSessionValid: SessionCheck = async () => {
      if (!reachable) throw new Error("directory down");
      return true;
    };
    const cache = new VerifiedTokenCache({
      now: clock.now,
      recheckMs: 5_000,
      unansweredGraceMs: 60_000,
      isSessionValid,
    });
    const token = await signToken(userNo(1));
    await cache.userFor(token);

    reachable = false;
    clock.advance(30_000);
    expect((await cache.userFor(token)).id).toBe(userNo(1).id); // within the grace
    clock.advance(30_000);
    const refused = await rejection(cache.userFor(token));
    expect(refused.extensions.code).toBe("INTERNAL"); // not UNAUTHENTICATED: the client should not sign out
    expect(refused.message).toContain("暂时无法核验登录状态");
    expect((await rejection(cache.userFor(await signToken(userNo(2))))).extensions.code).toBe("INTERNAL");

    reachable = true;
    expect((await cache.userFor(token)).id).toBe(userNo(1).id); // answered again
  });
});
