import { randomBytes, randomUUID } from "node:crypto";
import { SignJWT, decodeJwt } from "jose";
import { startTestPlatform, failure, type TestPlatform } from "./support/platform";

/**
 * Revocation through the gateway: a token's power ends within seconds, in every subgraph, when
 * its session ends (logout, deactivation, a change of roles, a new password). Each subgraph
 * re-checks a token's session every 5 s, so the tests poll with a bounded wait.
 */
describe(`sessions through the gateway (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let p: TestPlatform;
  let admin: string;
  let realNameReportId: string;
  const PASSWORD = "RevokePass2026";
  /** Revocation must be seen within the 5 s re-check plus some slack for a loaded machine. */
  const WITHIN_MS = 15_000;
  /** Given to the platform, so that the test can sign tokens the way only the directory should. */
  const JWT_SECRET = randomBytes(32).toString("base64url");

  const READ = `{ reports(limit: 1) { total } }`;
  const ME = `{ me { username roles } }`;
  const unmask = (token: string) =>
    p.client(token).request<any>(`query($id: ID!) { report(id: $id) { reporter(unmasked: true) { name } } }`, {
      id: realNameReportId,
    });
  const register = (token: string) =>
    p.client(token).request<any>(`mutation($i: RegisterReportInput!) { registerReport(input: $i) { id } }`, {
      i: {
        channel: "LETTER",
        category: "INTEGRITY_DISCIPLINE",
        summary: "反映某单位违规发放津贴",
        content: `反映某单位在年底违规发放津贴补贴，涉及人员较多。${randomUUID()}`,
        reporter: { realName: false },
        postmarkDate: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
      },
    });

  /** A fresh petition officer (each test revokes its own), signed in. */
  async function newOfficer(username: string): Promise<{ id: string; token: string }> {
    const r = await p
      .client(admin)
      .request<any>(
        `mutation($u: String!, $p: String!) { createUser(input: { username: $u, displayName: "测试干部", password: $p, roles: [PETITION_OFFICER] }) { id } }`,
        { u: username, p: PASSWORD },
      );
    return { id: r.createUser.id, token: await p.login(username, PASSWORD) };
  }

  /** Polls until `request` is refused with `code`; fails if it still succeeds after WITHIN_MS. */
  async function refusedWithin(request: () => Promise<unknown>, code = "UNAUTHENTICATED"): Promise<number> {
    const started = Date.now();
    for (;;) {
      try {
        await request();
      } catch (err) {
        const refused = await failure(Promise.reject(err));
        expect(refused.code).toBe(code);
        return Date.now() - started;
      }
      if (Date.now() - started > WITHIN_MS) throw new Error(`still answered ${WITHIN_MS} ms after the session ended`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  beforeAll(async () => {
    p = await startTestPlatform({ JWT_SECRET });
    admin = await p.login("admin");
    const officer = await p.login("officer");
    const r = await p
      .client(officer)
      .request<any>(`mutation($i: RegisterReportInput!) { registerReport(input: $i) { id } }`, {
        i: {
          channel: "VISIT",
          category: "INTEGRITY_DISCIPLINE",
          summary: "实名反映村干部侵占集体资金",
          content: `实名反映某村干部侵占集体资金，涉及金额较大。${randomUUID()}`,
          reporter: {
            realName: true,
            name: "张三",
            idNumber: "11010519491231002X",
            phone: "13812345678",
            address: "莱西市水集街道烟台路88号",
          },
          visitorCount: 1,
          receivingStaff: ["李娜"],
        },
      });
    realNameReportId = r.registerReport.id;
  });
  afterAll(() => p?.stop());

  it("a deactivated officer's old token stops reading, registering and unmasking within seconds", async () => {
    const { id, token } = await newOfficer("revdeact");
    // the token works everywhere first (and is now in every subgraph's token cache)
    expect((await p.client(token).request<any>(READ)).reports.total).toBeGreaterThan(0);
    expect((await unmask(token)).report.reporter.name).toBe("张三");
    await register(token);

    await p.client(admin).request(`mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }`, { id });
    const ms = await refusedWithin(() => p.client(token).request(READ));
    expect(ms).toBeLessThan(WITHIN_MS);
    expect((await failure(unmask(token))).code).toBe("UNAUTHENTICATED");
    expect((await failure(register(token))).code).toBe("UNAUTHENTICATED");
    expect((await failure(p.client(token).request(ME))).code).toBe("UNAUTHENTICATED");
  });

  it("an officer demoted to trainee can no longer unmask a reporter with the old token; a new login carries the new role", async () => {
    const { id, token } = await newOfficer("revdemote");
    expect((await unmask(token)).report.reporter.name).toBe("张三");

    await p
      .client(admin)
      .request(`mutation($id: ID!) { updateUser(id: $id, input: { roles: [TRAINEE] }) { roles } }`, { id });
    await refusedWithin(() => unmask(token));
    expect((await failure(p.client(token).request(READ))).code).toBe("UNAUTHENTICATED");

    const again = await p.login("revdemote", PASSWORD);
    expect((await p.client(again).request<any>(ME)).me.roles).toEqual(["TRAINEE"]);
    expect((await failure(unmask(again))).code).toBe("FORBIDDEN");
  });

  it("a password change ends the old token's power: the user's own change and an administrator's reset", async () => {
    const { id, token } = await newOfficer("revpass");
    await p.client(token).request(READ);
    await p
      .client(token)
      .request(`mutation($o: String!) { changePassword(oldPassword: $o, newPassword: "ChangedPass2026") }`, {
        o: PASSWORD,
      });
    await refusedWithin(() => p.client(token).request(READ));

    const second = await p.login("revpass", "ChangedPass2026");
    expect((await unmask(second)).report.reporter.name).toBe("张三");
    await p
      .client(admin)
      .request(`mutation($id: ID!) { resetUserPassword(id: $id, newPassword: "ResetPass2026") }`, { id });
    await refusedWithin(() => unmask(second));
    await expect(p.login("revpass", "ResetPass2026")).resolves.toEqual(expect.any(String));
  });

  it("logout ends the session server-side: refused everywhere within seconds, other sessions of the user stand", async () => {
    const { token } = await newOfficer("revlogout");
    const other = await p.login("revlogout", PASSWORD);
    await p.client(token).request(READ);
    expect(await p.client(token).request(`mutation { logout }`)).toEqual({ logout: true });
    await refusedWithin(() => p.client(token).request(READ));
    await refusedWithin(() => p.client(token).request(ME));
    expect((await p.client(other).request<any>(ME)).me.username).toBe("revlogout");
    expect((await p.client(other).request<any>(READ)).reports.total).toBeGreaterThan(0);
  });

  it("refuses a correctly signed token without an expiry, and one without a session", async () => {
    const live = await p.login("officer");
    const claims = decodeJwt(live);
    const sign = (extra: { exp?: number; sid?: unknown }) => {
      const jwt = new SignJWT({
        username: claims.username,
        name: claims.name,
        roles: claims.roles,
        dept: claims.dept,
        towns: claims.towns,
        ...(extra.sid ? { sid: extra.sid } : {}),
      })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(String(claims.sub))
        .setIssuer("prp-directory")
        .setAudience("prp")
        .setIssuedAt();
      if (extra.exp) jwt.setExpirationTime(extra.exp);
      return jwt.sign(new TextEncoder().encode(JWT_SECRET));
    };
    // the same claims with an expiry and the live session pass: what is refused below is the one thing left out
    expect((await p.client(await sign({ sid: claims.sid, exp: claims.exp })).request<any>(ME)).me.username).toBe(
      "officer",
    );

    const forever = await sign({ sid: claims.sid });
    for (const q of [ME, READ]) expect((await failure(p.client(forever).request(q))).code).toBe("UNAUTHENTICATED");
    const sessionless = await sign({ exp: claims.exp });
    for (const q of [ME, READ]) expect((await failure(p.client(sessionless).request(q))).code).toBe("UNAUTHENTICATED");
  });
});
