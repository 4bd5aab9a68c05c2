import type { DataSource } from "typeorm";
import { AuditEntry, SimulatedClock, dropDatabase, openDatabase, type DatabaseTarget } from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import { entities, Department, LiaisonMapping, Region, Town, User, UserTown } from "../src/entities";
import { migrations } from "../src/migrations";
import { seedDirectory } from "../src/seed";
import { DEMO_COMMISSION, DEMO_COMPETENT_DEPARTMENTS, DEMO_REGIONS, DEMO_USERS } from "../src/seed/demo-organisation";
import { argon2PasswordHasher } from "../src/infra/argon2-password-hasher";
import { login } from "../src/app/login";

/** The first-start seed writes through the use cases: the same organisation, accounts and audit rows. */
describe(`directory first-start seed on ${process.env.DATABASE_URL ? "MySQL/MariaDB" : "SQLite"}`, () => {
  let db: DataSource;
  let target: DatabaseTarget;
  const lines: string[] = [];
  const clock = new SimulatedClock(new Date("2025-03-01T01:00:00Z"));
  const savedEnv = { admin: process.env.INITIAL_ADMIN_PASSWORD, demo: process.env.DEMO_PASSWORD };

  beforeAll(async () => {
    process.env.JWT_SECRET ??= "seed-test-jwt";
    process.env.INITIAL_ADMIN_PASSWORD = "AdminPass2026";
    delete process.env.DEMO_PASSWORD; // generated and printed once
    ({ dataSource: db, target } = await openDatabase({
      subgraph: "directory",
      entities,
      migrations,
      databaseUrl: isolatedDatabaseUrl(),
    }));
    await seedDirectory(db, (l) => lines.push(l), { demoData: true }, clock);
  });
  afterAll(async () => {
    process.env.INITIAL_ADMIN_PASSWORD = savedEnv.admin;
    if (savedEnv.demo === undefined) delete process.env.DEMO_PASSWORD;
    else process.env.DEMO_PASSWORD = savedEnv.demo;
    await db?.destroy();
    if (target) await dropDatabase(target);
  });

  const towns: ReadonlyArray<readonly [string, string, string]> = DEMO_REGIONS.flatMap(
    (r): ReadonlyArray<readonly [string, string, string]> => r.towns,
  );

  it("creates the demo organisation: regions, towns each with one committee, offices, groups and competent departments", async () => {
    expect(await db.getRepository(Region).count()).toBe(DEMO_REGIONS.length);
    expect((await db.getRepository(Town).find()).map((t) => t.name).sort()).toEqual(towns.map((t) => t[1]).sort());
    const departments = await db.getRepository(Department).find({ order: { sortOrder: "ASC" } });
    expect(departments).toHaveLength(DEMO_COMMISSION.length + towns.length + DEMO_COMPETENT_DEPARTMENTS.length);
    expect(departments.slice(0, DEMO_COMMISSION.length).map((d) => [d.code, d.name, d.kind])).toEqual(
      DEMO_COMMISSION.map((c) => [c.code, c.name, c.kind]),
    );
    const committees = departments.filter((d) => d.kind === "TOWN_COMMITTEE");
    expect(committees.map((d) => d.name)).toEqual(
      towns.map(([, name, kind]) => (kind === "STREET" ? `${name}纪工委` : `${name}纪委`)),
    );
    expect(new Set(committees.map((d) => d.townId)).size).toBe(towns.length);
    expect(new Set(departments.map((d) => d.sortOrder)).size).toBe(departments.length);
  });

  it("links each competent department to its office and group, dated by the clock it was given", async () => {
    const byId = new Map((await db.getRepository(Department).find()).map((d) => [d.id, d]));
    const mappings = await db.getRepository(LiaisonMapping).find();
    expect(mappings).toHaveLength(DEMO_COMPETENT_DEPARTMENTS.length * 2);
    const seen = mappings
      .map((m) => `${byId.get(m.departmentId)!.code} ${m.kind} ${byId.get(m.liaisonDepartmentId)!.code}`)
      .sort();
    const expected = DEMO_COMPETENT_DEPARTMENTS.flatMap((c) => [
      `${c.code} CONTACT_OFFICE ${c.office}`,
      `${c.code} STATIONED_GROUP ${c.group}`,
    ]).sort();
    expect(seen).toEqual(expected);
    expect(
      mappings.every(
        (m) => m.validFrom === "2024-01-01" && m.validTo === null && m.createdAt.getTime() === clock.now().getTime(),
      ),
    ).toBe(true);
  });

  it("creates the administrator and one account per role, leaders with their linked towns, sharing the printed password", async () => {
    const users = await db.getRepository(User).find({ order: { username: "ASC" } });
    expect(users.map((u) => [u.username, u.roleList]).sort()).toEqual(
      [["admin", "ADMIN"], ...DEMO_USERS.map((u) => [u.username, u.roles.join(",")])].sort(),
    );
    const leader = users.find((u) => u.username === "leader")!;
    const linked = await db.getRepository(UserTown).findBy({ userId: leader.id });
    const townNames = (await db.getRepository(Town).find())
      .filter((t) => linked.some((l) => l.townId === t.id))
      .map((t) => t.name)
      .sort();
    expect(townNames).toEqual(["姜山镇", "水集街道", "院上镇"].sort());

    const printed = lines
      .find((l) => l.includes("shared demo password"))!
      .split(": ")
      .pop()!;
    expect(printed).toMatch(/^Prp/);
    const uc = { db, clock, passwords: argon2PasswordHasher };
    await expect(login(uc, { username: "officer", password: printed, clientIp: "" })).resolves.toMatchObject({
      user: { username: "officer" },
    });
    await expect(login(uc, { username: "admin", password: "AdminPass2026", clientIp: "" })).resolves.toMatchObject({
      user: { username: "admin" },
    });
    expect(lines.some((l) => l.includes("(INITIAL_ADMIN_PASSWORD)"))).toBe(true);
  });

  it("audits each creation as the system, then the seed itself; a second start adds nothing", async () => {
    const audit = await db.getRepository(AuditEntry).find();
    const creations = audit.filter((a) => a.action.endsWith(".create"));
    expect(creations.length).toBe(
      DEMO_REGIONS.length +
        towns.length +
        DEMO_COMMISSION.length +
        towns.length +
        DEMO_COMPETENT_DEPARTMENTS.length * 3 +
        1 +
        DEMO_USERS.length,
    );
    expect(creations.every((a) => a.actorName === "系统" && a.actorId === null)).toBe(true);
    expect(audit.filter((a) => a.action === "directory.seed")).toHaveLength(1);

    const before = { audit: audit.length, departments: await db.getRepository(Department).count() };
    await seedDirectory(db, () => {}, { demoData: true }, clock);
    expect(await db.getRepository(Department).count()).toBe(before.departments);
    expect(await db.getRepository(AuditEntry).count()).toBe(before.audit);
  });
});
