import { randomUUID } from "node:crypto";
import { startTestPlatform, failure, type TestPlatform } from "./support/platform";

/** Through the gateway, as a client app would: login, roles, administration, bad input. */
describe(`directory through the gateway (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let p: TestPlatform;
  let admin: string;

  beforeAll(async () => {
    p = await startTestPlatform();
    admin = await p.login("admin");
  });
  afterAll(() => p?.stop());

  const countDepartments = async () =>
    (await p.client(admin).request<{ departments: { total: number } }>(`{ departments(limit: 1) { total } }`))
      .departments.total;
  const auditRows = async (action?: string) =>
    (
      await p.client(admin).request<{
        directoryAuditLog: { total: number; items: { action: string; summary: string; actorName: string }[] };
      }>(`query($e: String) { directoryAuditLog(entity: $e, limit: 100) { total items { action summary actorName } } }`, {})
    ).directoryAuditLog.items.filter((i) => !action || i.action === action);

  it("logs in and answers a query with the token", async () => {
    const r = await p
      .client(admin)
      .request<any>(
        `{ me { username displayName roles } departments(kinds: [PETITION_OFFICE]) { total items { name kind } } }`,
      );
    expect(r.me).toEqual({ username: "admin", displayName: "系统管理员", roles: ["ADMIN"] });
    expect(r.departments.items).toEqual([{ name: "信访室", kind: "PETITION_OFFICE" }]);
  });

  it("seeds a demo organisation whose competent departments each have a contact office and a stationed group", async () => {
    const r = await p
      .client(admin)
      .request<any>(
        `{ departments(kinds: [COMPETENT_DEPARTMENT]) { total items { name currentLiaisons { kind liaisonDepartment { kind } } } } towns { name region { name } committee { name kind } } }`,
      );
    expect(r.departments.total).toBeGreaterThanOrEqual(10);
    for (const d of r.departments.items) {
      const kinds = d.currentLiaisons.map((l: any) => `${l.kind}:${l.liaisonDepartment.kind}`).sort();
      expect({ name: d.name, kinds }).toEqual({
        name: d.name,
        kinds: ["CONTACT_OFFICE:SUPERVISION_OFFICE", "STATIONED_GROUP:STATIONED_GROUP"],
      });
    }
    for (const t of r.towns) {
      expect(t.region?.name).toMatch(/片区$/);
      expect(t.committee?.kind).toBe("TOWN_COMMITTEE");
      expect(t.committee.name.startsWith(t.name)).toBe(true);
    }
  });

  it("refuses data without a token, and a bad or tampered token", async () => {
    const none = await failure(p.client().request(`{ departments { total } }`));
    expect(none.code).toBe("UNAUTHENTICATED");
    expect(none.message).toMatch(/登录/);
    const bad = await failure(p.client("not-a-token").request(`{ me { id } }`));
    expect(bad.code).toBe("UNAUTHENTICATED");
    const tampered = admin.slice(0, -4) + (admin.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect((await failure(p.client(tampered).request(`{ me { id } }`))).code).toBe("UNAUTHENTICATED");
  });

  it("refuses a wrong password without saying whether the user exists", async () => {
    const wrong = await failure(
      p.client().request(`mutation { login(username: "officer", password: "Wrong12345") { token } }`),
    );
    const unknown = await failure(
      p.client().request(`mutation { login(username: "nobody", password: "Wrong12345") { token } }`),
    );
    expect(wrong.code).toBe("UNAUTHENTICATED");
    expect(unknown.code).toBe("UNAUTHENTICATED");
    expect(wrong.message).toBe(unknown.message);
  });

  it("refuses an administrator's mutation to another role and writes nothing", async () => {
    const before = await countDepartments();
    for (const username of ["trainee", "officer", "leader"]) {
      const token = await p.login(username);
      const r = await failure(
        p
          .client(token)
          .request(`mutation { createDepartment(input: { code: "X-${username}", name: "越权", kind: OTHER }) { id } }`),
      );
      expect(r.code).toBe("FORBIDDEN");
    }
    expect(await countDepartments()).toBe(before);
  });

  it("lets an administrator create a competent department and its liaison mappings, with audit rows", async () => {
    const code = `ZG-T${Date.now() % 100000}`;
    const created = await p
      .client(admin)
      .request<any>(
        `mutation($code: String!) { createDepartment(input: { code: $code, name: "市水务局", kind: COMPETENT_DEPARTMENT }) { id code name kind active } }`,
        { code },
      );
    const dept = created.createDepartment;
    expect(dept).toMatchObject({ code, name: "市水务局", kind: "COMPETENT_DEPARTMENT", active: true });

    const offices = await p
      .client(admin)
      .request<any>(
        `{ departments(kinds: [SUPERVISION_OFFICE, STATIONED_GROUP], limit: 50) { items { id code kind } } }`,
      );
    const office = offices.departments.items.find((d: any) => d.code === "JJS03");
    const group = offices.departments.items.find((d: any) => d.code === "PZZ02");
    const add = (target: string, kind: string, validFrom = "2026-01-01") =>
      p
        .client(admin)
        .request<any>(
          `mutation($i: LiaisonMappingInput!) { createLiaisonMapping(input: $i) { id kind validFrom validTo current liaisonDepartment { code } } }`,
          { i: { departmentId: dept.id, liaisonDepartmentId: target, kind, validFrom } },
        );
    const m1 = (await add(office.id, "CONTACT_OFFICE")).createLiaisonMapping;
    expect(m1).toMatchObject({ kind: "CONTACT_OFFICE", current: true, liaisonDepartment: { code: "JJS03" } });
    await add(group.id, "STATIONED_GROUP");

    const lookup = await p
      .client(admin)
      .request<any>(
        `query($d: ID!) { liaisonFor(departmentId: $d) { department { name } contactOffice { code } stationedGroup { code } } }`,
        { d: dept.id },
      );
    expect(lookup.liaisonFor).toEqual({
      department: { name: "市水务局" },
      contactOffice: { code: "JJS03" },
      stationedGroup: { code: "PZZ02" },
    });

    // a second current contact office is a conflict; ending the first and starting another is fine
    const clash = await failure(
      add(
        group.id === office.id ? office.id : offices.departments.items.find((d: any) => d.code === "JJS04").id,
        "CONTACT_OFFICE",
        "2026-06-01",
      ),
    );
    expect(clash.code).toBe("CONFLICT");
    await p
      .client(admin)
      .request(`mutation($id: ID!) { endLiaisonMapping(id: $id, validTo: "2026-05-31") { validTo } }`, { id: m1.id });
    const jjs04 = offices.departments.items.find((d: any) => d.code === "JJS04").id;
    await add(jjs04, "CONTACT_OFFICE", "2026-06-01");
    const onDate = await p
      .client(admin)
      .request<any>(
        `query($d: ID!) { before: liaisonFor(departmentId: $d, on: "2026-05-31") { contactOffice { code } } after: liaisonFor(departmentId: $d, on: "2026-06-01") { contactOffice { code } } }`,
        { d: dept.id },
      );
    expect(onDate.before.contactOffice.code).toBe("JJS03");
    expect(onDate.after.contactOffice.code).toBe("JJS04");

    const audit = await auditRows();
    expect(
      audit.some((a) => a.action === "department.create" && a.summary.includes(code) && a.actorName === "系统管理员"),
    ).toBe(true);
    expect(audit.filter((a) => a.action === "liaison.create").length).toBeGreaterThanOrEqual(3);
    expect(audit.some((a) => a.action === "liaison.end" && a.summary.includes("validTo: ∅ → 2026-05-31"))).toBe(true);
  });

  it("answers bad input with a code and a readable message, and writes nothing", async () => {
    const before = await countDepartments();
    const auditBefore = (await auditRows()).length;
    const c = p.client(admin);

    const dup = await failure(
      c.request(`mutation { createDepartment(input: { code: "XFS", name: "重复", kind: OTHER }) { id } }`),
    );
    expect(dup.code).toBe("CONFLICT");
    expect(dup.message).toMatch(/XFS/);

    const unknownId = await failure(
      c.request(`mutation($id: ID!) { updateDepartment(id: $id, input: { name: "无" }) { id } }`, { id: randomUUID() }),
    );
    expect(unknownId.code).toBe("NOT_FOUND");
    const unknownParent = await failure(
      c.request(
        `mutation($p: ID!) { createDepartment(input: { code: "NEW-1", name: "新", kind: OTHER, parentId: $p }) { id } }`,
        { p: randomUUID() },
      ),
    );
    expect(unknownParent.code).toBe("NOT_FOUND");

    const badEnum = await failure(
      c.request(`mutation { createDepartment(input: { code: "NEW-2", name: "新", kind: NO_SUCH_KIND }) { id } }`),
    );
    expect(badEnum.code).toBe("BAD_USER_INPUT");
    const badEnumVar = await failure(
      c.request(
        `mutation($k: DepartmentKind!) { createDepartment(input: { code: "NEW-3", name: "新", kind: $k }) { id } }`,
        { k: "NOPE" },
      ),
    );
    expect(badEnumVar.code).toBe("BAD_USER_INPUT");

    const badCode = await failure(
      c.request(`mutation { createDepartment(input: { code: "有 空格", name: "新", kind: OTHER }) { id } }`),
    );
    expect(badCode.code).toBe("BAD_USER_INPUT");
    expect(badCode.message).toMatch(/编码/);

    const committeeWithoutTown = await failure(
      c.request(
        `mutation { createDepartment(input: { code: "NEW-4", name: "某镇纪委", kind: TOWN_COMMITTEE }) { id } }`,
      ),
    );
    expect(committeeWithoutTown.code).toBe("BAD_USER_INPUT");
    expect(committeeWithoutTown.message).toMatch(/镇/);

    const depts = await c.request<any>(
      `{ departments(kinds: [COMPETENT_DEPARTMENT, PETITION_OFFICE], limit: 50) { items { id kind } } }`,
    );
    const competent = depts.departments.items.find((d: any) => d.kind === "COMPETENT_DEPARTMENT").id;
    const petitionOffice = depts.departments.items.find((d: any) => d.kind === "PETITION_OFFICE").id;
    const wrongTarget = await failure(
      c.request(`mutation($i: LiaisonMappingInput!) { createLiaisonMapping(input: $i) { id } }`, {
        i: {
          departmentId: competent,
          liaisonDepartmentId: petitionOffice,
          kind: "CONTACT_OFFICE",
          validFrom: "2027-01-01",
        },
      }),
    );
    expect(wrongTarget.code).toBe("BAD_USER_INPUT");
    expect(wrongTarget.message).toMatch(/纪检监察室/);

    const weakPassword = await failure(
      c.request(
        `mutation { createUser(input: { username: "weak", displayName: "弱", password: "123", roles: [TRAINEE] }) { id } }`,
      ),
    );
    expect(weakPassword.code).toBe("BAD_USER_INPUT");

    const tooDeep = await failure(
      c.request(
        `{ departments { items { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } } }`,
      ),
    );
    expect(tooDeep.code).toBe("BAD_USER_INPUT");

    const tooManyAliases = await failure(
      c.request(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(" ")} }`),
    );
    expect(tooManyAliases.code).toBe("BAD_USER_INPUT");

    expect(await countDepartments()).toBe(before);
    expect((await auditRows()).length).toBe(auditBefore);
  });

  it("never returns a password hash and has no such field", async () => {
    const r = await failure(p.client(admin).request(`{ me { passwordHash } }`));
    expect(r.code).toBe("BAD_USER_INPUT");
  });

  it("throttles repeated failed logins per username and logs them", async () => {
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await failure(
            p.client().request(`mutation { login(username: "officer2", password: "Wrong12345") { token } }`),
          )
        ).code,
      ).toBe("UNAUTHENTICATED");
    }
    // now even the right password waits
    const locked = await failure(p.login("officer2"));
    expect(locked.code).toBe("UNAUTHENTICATED");
    expect(locked.message).toMatch(/秒后再试/);
    expect(locked.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // other users are not affected
    await expect(p.login("officer")).resolves.toEqual(expect.any(String));
    expect((await auditRows("login.failure")).length).toBeGreaterThanOrEqual(5);
  });

  it("counts 30 wrong passwords sent at once before checking them: exactly five are checked, the rest refused as locked", async () => {
    const auditBefore = (await auditRows("login.failure")).length;
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        failure(p.client().request(`mutation { login(username: "leader2", password: "Wrong12345") { token } }`)),
      ),
    );
    expect(results.every((r) => r.code === "UNAUTHENTICATED")).toBe(true);
    const checked = results.filter((r) => r.message === "用户名或密码错误").length;
    expect(checked).toBe(5);
    expect(results.filter((r) => /秒后再试/.test(r.message)).length).toBe(25);
    // one audit row per checked attempt, none for the refused ones
    expect((await auditRows("login.failure")).length - auditBefore).toBe(5);
    expect((await failure(p.login("leader2"))).message).toMatch(/秒后再试/);
  });

  it("lists users (usernames) only to the roles that pick people: administrators, leaders, petition officers", async () => {
    for (const username of ["trainee", "liaison", "handler", "analyst"]) {
      const r = await failure(p.client(await p.login(username)).request(`{ users(limit: 5) { items { username } } }`));
      expect([username, r.code]).toEqual([username, "FORBIDDEN"]);
    }
    for (const username of ["officer", "leader"]) {
      const r = await p.client(await p.login(username)).request<any>(`{ users(role: LEADER) { items { username } } }`);
      expect(r.users.items.map((u: any) => u.username)).toContain("leader");
    }
  });

  it("lets a user change their own password, and only with the old one", async () => {
    const token = await p.login("analyst");
    const c = p.client(token);
    expect(
      (await failure(c.request(`mutation { changePassword(oldPassword: "Wrong12345", newPassword: "NewPass2026") }`)))
        .code,
    ).toBe("BAD_USER_INPUT");
    await c.request(`mutation { changePassword(oldPassword: "DemoPass2026", newPassword: "NewPass2026") }`);
    await expect(p.login("analyst", "NewPass2026")).resolves.toEqual(expect.any(String));
  });

  it("deactivated users can no longer log in", async () => {
    const users = await p.client(admin).request<any>(`{ users(search: "handler") { items { id username } } }`);
    const handler = users.users.items.find((u: any) => u.username === "handler");
    await p
      .client(admin)
      .request(`mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }`, { id: handler.id });
    expect((await failure(p.login("handler"))).code).toBe("UNAUTHENTICATED");
  });

  it("counts working days with the administrators' calendar overrides", async () => {
    const c = p.client(admin);
    const q = `{ isWorkingDay(date: "2026-10-10") addWorkingDays(date: "2026-09-30", days: 1) h: isWorkingDay(date: "2027-03-01") }`;
    expect(await c.request(q)).toEqual({ isWorkingDay: true, addWorkingDays: "2026-10-08", h: true });
    await c.request(
      `mutation { setCalendarOverride(input: { date: "2027-03-01", working: false, note: "测试：临时放假" }) { date } }`,
    );
    expect((await c.request<any>(q)).h).toBe(false);
  });

  it("tells whether a year's holiday arrangement is built in, and counts the overrides entered for it", async () => {
    const c = p.client(await p.login("admin"));
    const q = `query($y: Int!) { calendarYearStatus(year: $y) { year published overrides } }`;
    const known = await c.request<any>(q, { y: 2026 });
    expect(known.calendarYearStatus).toMatchObject({ year: 2026, published: true });
    const before = (await c.request<any>(q, { y: 2099 })).calendarYearStatus;
    expect(before).toEqual({ year: 2099, published: false, overrides: 0 });
    await c.request(
      `mutation { setCalendarOverride(input: { date: "2099-01-01", working: false, note: "元旦" }) { date } }`,
    );
    expect((await c.request<any>(q, { y: 2099 })).calendarYearStatus.overrides).toBe(1);
    expect((await failure(c.request(q, { y: 1999 }))).code).toBe("BAD_USER_INPUT");
  });

  it("sends X-Content-Type-Options: nosniff with every gateway answer, refusals included", async () => {
    const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
      fetch(p.url, { method: "POST", headers, body });
    const answers = [
      await post(JSON.stringify({ query: "{ departments(limit: 1) { total } }" }), {
        "content-type": "application/json",
        authorization: `Bearer ${admin}`,
      }),
      await post("{not json"),
      await post(JSON.stringify({ query: "{ me { id } }" }), { "content-type": "text/plain" }),
      await fetch(p.url.replace(/\/graphql$/, "/health")),
      await fetch(p.url.replace(/\/graphql$/, "/graphiql")),
      await fetch(p.url, { method: "PUT" }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 400, 400, 200, 200, expect.any(Number)]);
    for (const r of answers) expect([r.status, r.headers.get("x-content-type-options")]).toEqual([r.status, "nosniff"]);
  });

  it("reports the health of the gateway and each subgraph", async () => {
    const res = await fetch(p.url.replace(/\/graphql$/, "/health"));
    expect(res.status).toBe(200);
    const body: any = await res.json();
    expect(body.status).toBe("ok");
    expect(body.subgraphs.directory).toBe("ok");
  });
});
