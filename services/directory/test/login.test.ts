import type { DataSource } from "typeorm";
import { decodeJwt } from "jose";
import { Role, dropDatabase, openDatabase, systemClock, type AuthUser, type DatabaseTarget } from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import { entities, LoginThrottle, UserSession } from "../src/entities";
import { migrations } from "../src/migrations";
import { login } from "../src/app/login";
import { changeOwnPassword, createUser, resetUserPassword, setUserActive, updateUser } from "../src/app/users";
import { logout, sessionStatus } from "../src/app/sessions";
import { purgeStaleAuthRows } from "../src/app/housekeeping";
import { ADDRESS_POLICY, STALE_THROTTLE_MS, USERNAME_POLICY } from "../src/domain/throttle";
import type { PasswordHasher } from "../src/domain/passwords";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A password check that takes a while (as argon2 does), so concurrent attempts overlap, and counts itself. */
function slowHasher() {
  const checked: string[] = [];
  const hasher: PasswordHasher = {
    hash: async (p) => `h:${p}`,
    matches: async (hash, p) => {
      checked.push(p);
      await sleep(30);
      return hash === `h:${p}`;
    },
    burnCheck: async (p) => {
      checked.push(p);
      await sleep(30);
    },
  };
  return { hasher, checked };
}

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (err) {
    const message = (err as Error).message;
    return /次数过多/.test(message) ? (/本地址/.test(message) ? "address-locked" : "locked") : "wrong";
  }
}

describe(`login throttling and sessions on ${process.env.DATABASE_URL ? "MySQL/MariaDB" : "SQLite"}`, () => {
  let db: DataSource;
  let target: DatabaseTarget;
  const { hasher, checked } = slowHasher();
  const uc = () => ({ db, actor: null, clock: systemClock, passwords: hasher });
  const admin: AuthUser = {
    id: "00000000-0000-4000-8000-00000000a000",
    username: "root",
    displayName: "管理员",
    roles: [Role.ADMIN],
    departmentId: null,
    townIds: [],
  };

  beforeAll(async () => {
    jest.spyOn(console, "warn").mockImplementation(() => undefined); // the failed-login lines
    process.env.JWT_SECRET ??= "login-test-jwt";
    ({ dataSource: db, target } = await openDatabase({
      subgraph: "directory",
      entities,
      migrations,
      databaseUrl: isolatedDatabaseUrl(),
    }));
    for (const username of ["racer", "victim1", "victim2", "victim3", "walker", "quitter"]) {
      await createUser(uc(), {
        username,
        displayName: username,
        password: "RightPass2026",
        roles: [Role.PETITION_OFFICER],
      });
    }
  });
  afterAll(async () => {
    await db?.destroy();
    if (target) await dropDatabase(target);
  });

  it("30 wrong passwords at once: exactly the free number are checked, the rest refused as locked", async () => {
    checked.length = 0;
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        outcome(login(uc(), { username: "racer", password: "Wrong12345", clientIp: "10.0.0.1" })),
      ),
    );
    expect(checked.length).toBe(USERNAME_POLICY.freeFailures);
    expect(results.filter((r) => r === "wrong").length).toBe(USERNAME_POLICY.freeFailures);
    expect(results.filter((r) => r === "locked").length).toBe(30 - USERNAME_POLICY.freeFailures);
    // the right password waits as well, and is not even checked
    expect(await outcome(login(uc(), { username: "racer", password: "RightPass2026", clientIp: "10.0.0.9" }))).toBe(
      "locked",
    );
    expect(checked.length).toBe(USERNAME_POLICY.freeFailures);
  });

  it("one client address cannot lock every account: after its free failures it is refused, and the accounts stay open", async () => {
    const attacker = "10.6.6.6";
    const free = ADDRESS_POLICY.freeFailures;
    // spread over accounts so that no single username locks first: four failures each
    const targets = ["victim1", "victim2", "victim3", "walker", "nobody1", "nobody2"];
    let sent = 0;
    const results: string[] = [];
    while (sent < free + 5) {
      results.push(
        await outcome(
          login(uc(), { username: targets[sent % targets.length], password: "Wrong12345", clientIp: attacker }),
        ),
      );
      sent++;
    }
    expect(results.slice(0, free).every((r) => r === "wrong")).toBe(true);
    expect(results.slice(free)).toEqual(Array(5).fill("address-locked"));
    // the owners, from their own addresses, still get in: the refused attempts were not counted against them
    for (const username of ["victim1", "victim2", "victim3", "walker"]) {
      expect([
        username,
        await outcome(login(uc(), { username, password: "RightPass2026", clientIp: "10.1.1.1" })),
      ]).toEqual([username, "ok"]);
    }
    // and a success from the attacker's address does not clear the address's count
    expect(await outcome(login(uc(), { username: "walker", password: "RightPass2026", clientIp: attacker }))).toBe(
      "address-locked",
    );
  });

  it("concurrent attempts from one address on many accounts: exactly the address's free number are checked", async () => {
    checked.length = 0;
    const results = await Promise.all(
      Array.from({ length: ADDRESS_POLICY.freeFailures + 10 }, (_, i) =>
        outcome(login(uc(), { username: `ghost${i}`, password: "Wrong12345", clientIp: "10.7.7.7" })),
      ),
    );
    expect(checked.length).toBe(ADDRESS_POLICY.freeFailures);
    expect(results.filter((r) => r === "address-locked").length).toBe(10);
  });

  it("login opens a session named in the token; logout, deactivation, new roles and new passwords end sessions", async () => {
    const signIn = async () => {
      const r = await login(uc(), { username: "quitter", password: "RightPass2026", clientIp: "10.2.2.2" });
      const sid = String(decodeJwt(r.token).sid);
      expect(decodeJwt(r.token).exp).toBeDefined();
      return {
        sid,
        user: { ...admin, id: r.user.id, username: "quitter", roles: [Role.PETITION_OFFICER], sessionId: sid },
      };
    };
    const active = async (sid: string) => (await sessionStatus(db, [sid], new Date()))[0].active;

    const a = await signIn();
    const b = await signIn();
    expect(await active(a.sid)).toBe(true);
    await logout({ db, actor: a.user, clock: systemClock });
    expect([await active(a.sid), await active(b.sid)]).toEqual([false, true]);
    expect(await db.getRepository(UserSession).findOneByOrFail({ id: a.sid })).toMatchObject({ endReason: "LOGOUT" });

    // a change that leaves roles, department and towns alone keeps the sessions
    await updateUser({ db, actor: admin, clock: systemClock }, b.user.id, { post: "新职务" });
    expect(await active(b.sid)).toBe(true);
    await updateUser({ db, actor: admin, clock: systemClock }, b.user.id, { roles: [Role.TRAINEE] });
    expect(await active(b.sid)).toBe(false);

    const c = await signIn();
    await resetUserPassword({ db, actor: admin, clock: systemClock, passwords: hasher }, c.user.id, "OtherPass2026");
    expect(await active(c.sid)).toBe(false);
    await resetUserPassword({ db, actor: admin, clock: systemClock, passwords: hasher }, c.user.id, "RightPass2026");

    const d = await signIn();
    const e = await signIn();
    await changeOwnPassword(
      { db, actor: d.user, clock: systemClock, passwords: hasher },
      "RightPass2026",
      "ThirdPass2026",
    );
    expect([await active(d.sid), await active(e.sid)]).toEqual([false, false]);
    await changeOwnPassword(
      { db, actor: d.user, clock: systemClock, passwords: hasher },
      "ThirdPass2026",
      "RightPass2026",
    );

    const f = await signIn();
    await setUserActive({ db, actor: admin, clock: systemClock }, f.user.id, false);
    expect(await active(f.sid)).toBe(false);
    expect((await sessionStatus(db, ["00000000-0000-4000-8000-000000000404"], new Date()))[0].active).toBe(false);
  });

  it("housekeeping deletes expired sessions and throttle rows that count nothing, and keeps the rest", async () => {
    const now = new Date();
    const day = 86_400_000;
    const session = (id: string, expiresAt: Date) => ({
      id,
      userId: admin.id,
      createdAt: new Date(expiresAt.getTime() - 3_600_000),
      expiresAt,
      endedAt: null,
      endReason: null,
    });
    const old = "00000000-0000-4000-8000-0000000e0001";
    const recent = "00000000-0000-4000-8000-0000000e0002";
    const live = "00000000-0000-4000-8000-0000000e0003";
    await db
      .getRepository(UserSession)
      .insert([
        session(old, new Date(now.getTime() - 3 * day)),
        session(recent, new Date(now.getTime() - 3_600_000)),
        session(live, new Date(now.getTime() + 3_600_000)),
      ]);
    await db.getRepository(LoginThrottle).insert([
      {
        throttleKey: "user:gone-long-ago",
        failures: 7,
        lastFailureAt: new Date(now.getTime() - STALE_THROTTLE_MS - day),
      },
      { throttleKey: "user:cleared", failures: 0, lastFailureAt: null },
      { throttleKey: "user:still-counting", failures: 6, lastFailureAt: new Date(now.getTime() - 2 * day) },
    ]);

    const purged = await purgeStaleAuthRows(db, { now: () => now });
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect(purged.throttles).toBeGreaterThanOrEqual(2);
    const left = (await db.getRepository(UserSession).findBy({ userId: admin.id })).map((s) => s.id).sort();
    expect(left).toEqual([recent, live]);
    const keys = (await db.getRepository(LoginThrottle).find()).map((t) => t.throttleKey);
    expect(keys).toContain("user:still-counting");
    expect(keys).not.toContain("user:gone-long-ago");
    expect(keys).not.toContain("user:cleared");
    // the answers do not change: a purged session reads as not active, like an expired one
    expect((await sessionStatus(db, [old, live], now)).map((s) => s.active)).toEqual([false, true]);
  });
});
