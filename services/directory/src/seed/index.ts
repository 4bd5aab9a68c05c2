import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { config, inTransaction, systemClock, writeAudit, type Clock } from "@prp/kit";
import { User } from "../entities/User";
import { DepartmentKind, LiaisonKind, TownKind } from "../domain/kinds";
import { passwordProblems, type PasswordHasher } from "../domain/passwords";
import { SYSTEM, type UseCaseContext, type WithPasswords } from "../app/use-case-context";
import { createDepartment } from "../app/departments";
import { createRegion, createTown } from "../app/places";
import { createFirstAdministrator, createUser } from "../app/users";
import { createLiaisonMapping } from "../app/liaison";
import { argon2PasswordHasher } from "../infra/argon2-password-hasher";
import {
  DEMO_COMMISSION,
  DEMO_COMPETENT_DEPARTMENTS,
  DEMO_LIAISON_SINCE,
  DEMO_REGIONS,
  DEMO_USERS,
} from "./demo-organisation";

/** The policy's objections to a password shared by these accounts (createUser checks each again). */
function sharedPasswordProblems(password: string, usernames: string[]): string[] {
  return [...new Set([passwordProblems(password), ...usernames.map((u) => passwordProblems(password, u))].flat())];
}

/** A readable random password that meets the policy (letters and digits). */
function generatePassword(usernames: string[]): string {
  for (;;) {
    const body = randomBytes(9).toString("base64url").replace(/[-_]/g, "x");
    const password = `Prp${body}7`;
    if (!sharedPasswordProblems(password, usernames).length) return password; // e.g. it spelt a username
  }
}

function passwordFromEnv(
  name: "INITIAL_ADMIN_PASSWORD" | "DEMO_PASSWORD",
  usernames: string[],
): { value: string; generated: boolean } {
  const value = config().initialPasswords[name];
  if (value) {
    const problems = sharedPasswordProblems(value, usernames);
    if (problems.length) throw new Error(`${name} 不符合密码要求：${problems.join("；")}`);
    return { value, generated: false };
  }
  return { value: generatePassword(usernames), generated: true };
}

/**
 * The demo accounts share one password: hash it once (argon2 is slow on purpose) and hand the
 * same hash to every account, as before; hashing happens before the seed's transaction opens.
 */
function hashingEachPasswordOnce(hasher: PasswordHasher): PasswordHasher {
  const hashes = new Map<string, Promise<string>>();
  return {
    ...hasher,
    hash(password) {
      if (!hashes.has(password)) hashes.set(password, hasher.hash(password));
      return hashes.get(password)!;
    },
  };
}

/** Regions, towns with their committees, the commission's offices and groups, competent departments and their liaisons. */
async function seedDemoOrganisation(
  uc: UseCaseContext,
): Promise<{ departmentIds: Map<string, string>; townIds: Map<string, string> }> {
  const departmentIds = new Map<string, string>();
  const townIds = new Map<string, string>();
  let sortOrder = 0;
  // One department at a time, each through the use case: TypeORM's bulk insert on SQLite once
  // handed the in-memory rows back with each other's ids, and the mappings below need the right ones.
  for (const c of DEMO_COMMISSION) {
    const d = await createDepartment(uc, { code: c.code, name: c.name, kind: c.kind, sortOrder: sortOrder++ });
    departmentIds.set(c.code, d.id);
  }
  for (const r of DEMO_REGIONS) {
    const region = await createRegion(uc, { code: r.code, name: r.name });
    for (const [code, name, kind] of r.towns) {
      const town = await createTown(uc, { code, name, kind, regionId: region.id });
      townIds.set(code, town.id);
      const committee = await createDepartment(uc, {
        code: `TC-${code.slice(2)}`,
        name: kind === TownKind.STREET ? `${name}纪工委` : `${name}纪委`,
        kind: DepartmentKind.TOWN_COMMITTEE,
        townId: town.id,
        sortOrder: sortOrder++,
      });
      departmentIds.set(`TC-${code}`, committee.id);
    }
  }
  for (const c of DEMO_COMPETENT_DEPARTMENTS) {
    const d = await createDepartment(uc, {
      code: c.code,
      name: c.name,
      kind: DepartmentKind.COMPETENT_DEPARTMENT,
      sector: c.sector,
      sortOrder: sortOrder++,
    });
    departmentIds.set(c.code, d.id);
  }
  for (const c of DEMO_COMPETENT_DEPARTMENTS) {
    for (const [kind, target] of [
      [LiaisonKind.CONTACT_OFFICE, c.office],
      [LiaisonKind.STATIONED_GROUP, c.group],
    ] as const) {
      await createLiaisonMapping(uc, {
        departmentId: departmentIds.get(c.code)!,
        liaisonDepartmentId: departmentIds.get(target)!,
        kind,
        validFrom: DEMO_LIAISON_SINCE,
      });
    }
  }
  return { departmentIds, townIds };
}

/**
 * First start on an empty database: the administrator account, and (unless demo data is off)
 * the demo organisation and one account per role. A database with any user is left alone.
 * Everything goes through the same use cases as the API, as the system, in one transaction.
 */
export async function seedDirectory(
  db: DataSource,
  log: (line: string) => void,
  opts: { demoData: boolean },
  clock: Clock = systemClock,
): Promise<void> {
  if ((await db.getRepository(User).count()) > 0) return;
  const admin = passwordFromEnv("INITIAL_ADMIN_PASSWORD", []); // the base policy only, as it always was for the administrator
  const demo = opts.demoData
    ? passwordFromEnv(
        "DEMO_PASSWORD",
        DEMO_USERS.map((u) => u.username),
      )
    : null;
  const passwords = hashingEachPasswordOnce(argon2PasswordHasher);
  await Promise.all([passwords.hash(admin.value), demo ? passwords.hash(demo.value) : undefined]);

  let counts = { departments: 0, towns: 0 };
  await inTransaction(db, async (em) => {
    // Another replica may have seeded between our count and this transaction.
    if ((await em.count(User)) > 0) return;
    const uc: UseCaseContext & WithPasswords = { db: em, actor: SYSTEM, clock, passwords };
    const org = opts.demoData
      ? await seedDemoOrganisation(uc)
      : { departmentIds: new Map<string, string>(), townIds: new Map<string, string>() };
    counts = { departments: org.departmentIds.size, towns: org.townIds.size };

    await createFirstAdministrator(uc, admin.value);
    if (demo) {
      for (const u of DEMO_USERS) {
        await createUser(uc, {
          username: u.username,
          displayName: u.displayName,
          password: demo.value,
          roles: [...u.roles],
          departmentId: org.departmentIds.get(u.department) ?? null,
          linkedTownIds: ((u as { towns?: readonly string[] }).towns ?? []).map((code) => org.townIds.get(code)!),
          post: u.post,
        });
      }
    }
    await writeAudit(em, SYSTEM, {
      action: "directory.seed",
      entity: "Directory",
      entityId: "seed",
      note: opts.demoData
        ? `首次启动：创建管理员和演示组织（${counts.departments} 个部门、${counts.towns} 个镇街、${DEMO_USERS.length} 个演示账号）`
        : "首次启动：创建管理员账号（未加载演示数据）",
    });
  });

  log("──────────────────────────────────────────────");
  log("首次启动，已创建账号 / first start, accounts created:");
  log(`  管理员 admin  密码 password: ${admin.generated ? admin.value : "(INITIAL_ADMIN_PASSWORD)"}`);
  if (demo) {
    log(`  演示账号 demo users: ${DEMO_USERS.map((u) => `${u.username}(${u.roles.join("/")})`).join(", ")}`);
    log(`  演示账号共用密码 shared demo password: ${demo.generated ? demo.value : "(DEMO_PASSWORD)"}`);
  }
  if (admin.generated || demo?.generated) log("  请妥善保存：密码只显示这一次 / shown once only, keep it safe");
  log("──────────────────────────────────────────────");
}
