import { Role } from "../src/core/roles";
import type { AuthUser, VerifiedToken } from "../src/auth";
import { directorySessionCheck, SESSION_STATUS_BATCH, type SessionStatusSource } from "../src/session-check";

const token = (user: Partial<AuthUser>): VerifiedToken => ({
  user: {
    id: "u",
    username: "u",
    displayName: "u",
    roles: [Role.PETITION_OFFICER],
    departmentId: null,
    townIds: [],
    ...user,
  },
  expiresAt: Date.now() + 60_000,
  issuedAt: Date.now(),
  claims: {},
});

describe("directorySessionCheck (every subgraph but the directory)", () => {
  it("asks the directory once for the checks of one tick, and answers each by its session", async () => {
    const calls: string[][] = [];
    const ask: SessionStatusSource = async (ids) => {
      calls.push(ids);
      return ids.map((id) => ({ id, active: id !== "ended" }));
    };
    const check = directorySessionCheck("intake", { ask });
    const answers = await Promise.all([
      check(token({ sessionId: "a" })),
      check(token({ sessionId: "ended" })),
      check(token({ sessionId: "a" })),
      check(token({ sessionId: "b" })),
    ]);
    expect(answers).toEqual([true, false, true, true]);
    expect(calls).toEqual([["a", "ended", "b"]]);
  });

  it("treats a session the directory does not mention as ended", async () => {
    const check = directorySessionCheck("intake", { ask: async () => [] });
    expect(await check(token({ sessionId: "unknown" }))).toBe(false);
  });

  it("splits a large tick into batches the directory accepts", async () => {
    const sizes: number[] = [];
    const check = directorySessionCheck("intake", {
      ask: async (ids) => (sizes.push(ids.length), ids.map((id) => ({ id, active: true }))),
    });
    const n = SESSION_STATUS_BATCH + 7;
    const answers = await Promise.all(Array.from({ length: n }, async (_, i) => check(token({ sessionId: `s${i}` }))));
    expect(answers.every(Boolean)).toBe(true);
    expect(sizes).toEqual([SESSION_STATUS_BATCH, 7]);
  });

  it("does not ask about a SERVICE token (it has no session; verification bounded its life)", async () => {
    let asked = 0;
    const check = directorySessionCheck("intake", { ask: async () => (asked++, []) });
    expect(await check(token({ roles: [Role.SERVICE] }))).toBe(true);
    expect(asked).toBe(0);
  });

  it("fails (so the token cache decides) when the directory errs or does not answer in time", async () => {
    const failing = directorySessionCheck("intake", {
      ask: async () => Promise.reject(new Error("connection refused")),
    });
    await expect(failing(token({ sessionId: "a" }))).rejects.toThrow("connection refused");
    const frozen = directorySessionCheck("intake", { ask: () => new Promise(() => undefined), timeoutMs: 50 });
    await expect(frozen(token({ sessionId: "a" }))).rejects.toThrow(/no answer within 50 ms/);
  });
});
