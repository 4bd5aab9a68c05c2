import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { inTransaction, newId, Role, writeAudit } from "@prp/kit";
import { Department, LiaisonMapping, Region, Town, User, UserTown } from "../entities";
import { DepartmentKind, LiaisonKind } from "../entities/enums";
import { passwordProblems } from "../domain/passwords";
import { hashPassword } from "../graph/passwords";
import { DEMO_COMMISSION, DEMO_COMPETENT_DEPARTMENTS, DEMO_LIAISON_SINCE, DEMO_REGIONS, DEMO_USERS } from "./demo-organisation";

/** A readable random password that meets the policy (letters and digits). */
function generatePassword(): string {
  const body = randomBytes(9).toString("base64url").replace(/[-_]/g, "x");
  return `Prp${body}7`;
}

function passwordFromEnv(name: string): { value: string; generated: boolean } {
  const value = process.env[name];
  if (value) {
    const problems = passwordProblems(value);
    if (problems.length) throw new Error(`${name} 不符合密码要求：${problems.join("；")}`);
    return { value, generated: false };
  }
  return { value: generatePassword(), generated: true };
}

/**
 * First start on an empty database: the administrator account, and (unless demo data is off)
 * the demo organisation and one account per role. A database with any user is left alone.
 */
export async function seedDirectory(db: DataSource, log: (line: string) => void, opts: { demoData: boolean }): Promise<void> {
  if ((await db.getRepository(User).count()) > 0) return;
  const admin = passwordFromEnv("INITIAL_ADMIN_PASSWORD");
  const demo = opts.demoData ? passwordFromEnv("DEMO_PASSWORD") : null;
  const [adminHash, demoHash] = await Promise.all([hashPassword(admin.value), demo ? hashPassword(demo.value) : Promise.resolve("")]);

  await inTransaction(db, async (em) => {
    // Another replica may have seeded between our count and this transaction.
    if ((await em.count(User)) > 0) return;
    const deptByCode = new Map<string, Department>();
    const townByCode = new Map<string, Town>();
    if (opts.demoData) {
      let order = 0;
      for (const c of DEMO_COMMISSION) {
        const d = em.create(Department, { id: newId(), code: c.code, name: c.name, kind: c.kind, parentId: null, townId: null, sortOrder: order++, active: true });
        deptByCode.set(c.code, d);
      }
      for (const r of DEMO_REGIONS) {
        const region = em.create(Region, { id: newId(), code: r.code, name: r.name, active: true });
        await em.insert(Region, region);
        for (const [code, name, kind] of r.towns) {
          const town = em.create(Town, { id: newId(), code, name, kind, regionId: region.id, active: true });
          townByCode.set(code, town);
          await em.insert(Town, town);
          const committeeName = kind === "STREET" ? `${name}纪工委` : `${name}纪委`;
          deptByCode.set(`TC-${code}`, em.create(Department, {
            id: newId(), code: `TC-${code.slice(2)}`, name: committeeName, kind: DepartmentKind.TOWN_COMMITTEE,
            parentId: null, townId: town.id, sortOrder: order++, active: true,
          }));
        }
      }
      for (const c of DEMO_COMPETENT_DEPARTMENTS) {
        deptByCode.set(c.code, em.create(Department, { id: newId(), code: c.code, name: c.name, kind: DepartmentKind.COMPETENT_DEPARTMENT, parentId: null, townId: null, sortOrder: order++, active: true }));
      }
      // One by one: TypeORM's bulk insert on SQLite writes the rows correctly but can hand the
      // in-memory objects back with each other's ids, and the mappings below need the right ones.
      for (const d of deptByCode.values()) await em.insert(Department, { ...d });
      const mappings: LiaisonMapping[] = [];
      for (const c of DEMO_COMPETENT_DEPARTMENTS) {
        for (const [kind, target] of [[LiaisonKind.CONTACT_OFFICE, c.office], [LiaisonKind.STATIONED_GROUP, c.group]] as const) {
          mappings.push(em.create(LiaisonMapping, {
            id: newId(), departmentId: deptByCode.get(c.code)!.id, liaisonDepartmentId: deptByCode.get(target)!.id,
            kind, validFrom: DEMO_LIAISON_SINCE, validTo: null, createdAt: new Date(),
          }));
        }
      }
      await em.insert(LiaisonMapping, mappings);
    }

    const adminUser = em.create(User, {
      id: newId(), username: "admin", displayName: "系统管理员", departmentId: null,
      roleList: Role.ADMIN, passwordHash: adminHash, post: null, active: true,
    });
    await em.insert(User, adminUser);
    if (demo) {
      for (const u of DEMO_USERS) {
        const user = em.create(User, {
          id: newId(), username: u.username, displayName: u.displayName, departmentId: deptByCode.get(u.department)?.id ?? null,
          roleList: u.roles.join(","), passwordHash: demoHash, post: u.post, active: true,
        });
        await em.insert(User, user);
        const towns = ((u as { towns?: readonly string[] }).towns ?? []).map((code) => ({ userId: user.id, townId: townByCode.get(code)!.id }));
        if (towns.length) await em.insert(UserTown, towns);
      }
    }
    await writeAudit(em, null, {
      action: "directory.seed",
      entity: "Directory",
      entityId: "seed",
      note: opts.demoData
        ? `首次启动：创建管理员和演示组织（${deptByCode.size} 个部门、${townByCode.size} 个镇街、${DEMO_USERS.length} 个演示账号）`
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
