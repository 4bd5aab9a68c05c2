import { Brackets, In, type EntityManager } from "typeorm";
import {
  LIKE_ESCAPE,
  likeContains,
  Role,
  badInput,
  conflict,
  mustFind,
  newId,
  notFound,
  refuseIf,
  snapshot,
  writeAudit,
  type Page,
} from "@prp/kit";
import { User, UserTown } from "../entities/User";
import { Department } from "../entities/Department";
import { Town } from "../entities/Town";
import { passwordProblems } from "../domain/passwords";
import { reader, transaction, type Db, type UseCaseContext, type WithPasswords } from "./use-case-context";
import { END_REASON_LABELS, endSessionsOfUser } from "./sessions";

/** The password hash never goes into an audit row. */
const SECRET_FIELDS = ["passwordHash"];

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  departmentId?: string | null;
  roles: Role[];
  /** 包联: towns a leader is linked to. */
  linkedTownIds?: string[];
  post?: string | null;
}

/** Only the fields given change; null clears departmentId / post. */
export interface UserChanges {
  displayName?: string | null;
  departmentId?: string | null;
  roles?: Role[] | null;
  linkedTownIds?: string[] | null;
  post?: string | null;
}

export interface UserListFilter {
  role?: Role;
  departmentId?: string;
  active?: boolean | null;
  search?: string;
  offset: number;
  limit: number;
}

async function checkTowns(em: EntityManager, townIds: string[]): Promise<string[]> {
  const unique = [...new Set(townIds)];
  if (!unique.length) return unique;
  const found = await em.findBy(Town, { id: In(unique) });
  const missing = unique.filter((id) => !found.some((t) => t.id === id));
  if (missing.length) throw notFound("镇（街道）", missing.join(", "));
  return unique;
}

async function replaceLinkedTowns(em: EntityManager, userId: string, townIds: string[]): Promise<void> {
  await em.delete(UserTown, { userId });
  if (townIds.length)
    await em.insert(
      UserTown,
      townIds.map((townId) => ({ userId, townId })),
    );
}

export async function listUsers(db: Db, f: UserListFilter): Promise<Page<User>> {
  const qb = reader(db).getRepository(User).createQueryBuilder("u");
  // roleList is "A,B,C": match a whole role name
  if (f.role) {
    qb.andWhere(
      new Brackets((w) =>
        w
          .where("u.roleList = :r", { r: f.role })
          .orWhere("u.roleList LIKE :r1", { r1: `${f.role},%` })
          .orWhere("u.roleList LIKE :r2", { r2: `%,${f.role}` })
          .orWhere("u.roleList LIKE :r3", { r3: `%,${f.role},%` }),
      ),
    );
  }
  if (f.departmentId) qb.andWhere("u.departmentId = :d", { d: f.departmentId });
  if (f.active !== undefined && f.active !== null) qb.andWhere("u.active = :a", { a: f.active });
  if (f.search) {
    const like = likeContains(f.search);
    qb.andWhere(
      new Brackets((w) =>
        w
          .where(`u.displayName LIKE :like ${LIKE_ESCAPE}`, { like })
          .orWhere(`u.username LIKE :like ${LIKE_ESCAPE}`, { like }),
      ),
    );
  }
  qb.orderBy("u.username", "ASC").skip(f.offset).take(f.limit);
  const [items, total] = await qb.getManyAndCount();
  return { items, total, offset: f.offset, limit: f.limit };
}

export async function createUser(uc: UseCaseContext & WithPasswords, input: NewUser): Promise<User> {
  refuseIf(passwordProblems(input.password, input.username));
  if (!input.roles.length) refuseIf(["至少授予一个角色"]);
  const passwordHash = await uc.passwords.hash(input.password); // outside the transaction: it is slow
  return transaction(uc.db, (em) => insertUser(em, uc, input, passwordHash));
}

/**
 * First start: the administrator account, with the password the operator configured
 * (INITIAL_ADMIN_PASSWORD) or one generated and shown once. Only while there is no user at all;
 * the configured password meets the policy but may contain "admin" (as it always could).
 */
export async function createFirstAdministrator(uc: UseCaseContext & WithPasswords, password: string): Promise<User> {
  refuseIf(passwordProblems(password));
  const passwordHash = await uc.passwords.hash(password);
  return transaction(uc.db, async (em) => {
    if ((await em.count(User)) > 0) throw conflict("已有用户，不能再创建首个管理员");
    return insertUser(em, uc, { username: "admin", displayName: "系统管理员", roles: [Role.ADMIN] }, passwordHash);
  });
}

async function insertUser(
  em: EntityManager,
  uc: UseCaseContext,
  input: Omit<NewUser, "password">,
  passwordHash: string,
): Promise<User> {
  const username = input.username.trim();
  if (await em.findOneBy(User, { username })) throw conflict(`登录名“${username}”已被使用`);
  if (input.departmentId) await mustFind(em, Department, input.departmentId, "部门");
  const townIds = await checkTowns(em, input.linkedTownIds ?? []);
  const u = em.create(User, {
    id: newId(),
    username,
    displayName: input.displayName.trim(),
    departmentId: input.departmentId ?? null,
    roleList: [...new Set(input.roles)].join(","),
    passwordHash,
    post: input.post?.trim() || null,
    active: true,
  });
  await em.insert(User, u);
  await replaceLinkedTowns(em, u.id, townIds);
  await writeAudit(em, uc.actor, {
    action: "user.create",
    entity: "User",
    entityId: u.id,
    after: { ...snapshot(u, SECRET_FIELDS), linkedTownIds: townIds },
  });
  return u;
}

export function updateUser(uc: UseCaseContext, id: string, changes: UserChanges): Promise<User> {
  return transaction(uc.db, async (em) => {
    const u = await mustFind(em, User, id, "用户");
    const before = snapshot(u, SECRET_FIELDS);
    const beforeRoles = u.roles;
    const beforeDepartmentId = u.departmentId;
    const beforeTowns = (await em.findBy(UserTown, { userId: id })).map((t) => t.townId);
    if (changes.displayName !== undefined && changes.displayName !== null) u.displayName = changes.displayName.trim();
    if (changes.departmentId !== undefined) {
      if (changes.departmentId) await mustFind(em, Department, changes.departmentId, "部门");
      u.departmentId = changes.departmentId ?? null;
    }
    if (changes.roles) {
      if (!changes.roles.length) refuseIf(["至少授予一个角色"]);
      if (u.id === uc.actor?.id && u.roles.includes(Role.ADMIN) && !changes.roles.includes(Role.ADMIN)) {
        throw conflict("不能取消自己的管理员角色（请由另一位管理员操作）");
      }
      u.roleList = [...new Set(changes.roles)].join(",");
    }
    if (changes.post !== undefined) u.post = changes.post?.trim() || null;
    let afterTowns = beforeTowns;
    if (changes.linkedTownIds) {
      afterTowns = await checkTowns(em, changes.linkedTownIds);
      await replaceLinkedTowns(em, id, afterTowns);
    }
    await em.save(User, u);
    // Roles, department and linked towns travel in the token: a change ends the user's sessions,
    // and the next login carries the new ones.
    const accessChanged =
      !sameSet(beforeRoles, u.roles) || beforeDepartmentId !== u.departmentId || !sameSet(beforeTowns, afterTowns);
    const ended = accessChanged ? await endSessionsOfUser(em, id, "ACCESS_CHANGED", uc.clock.now()) : 0;
    await writeAudit(em, uc.actor, {
      action: "user.update",
      entity: "User",
      entityId: id,
      before: { ...before, linkedTownIds: beforeTowns },
      after: { ...snapshot(u, SECRET_FIELDS), linkedTownIds: afterTowns },
      ...(ended ? { note: sessionsEndedNote(ended, "ACCESS_CHANGED") } : {}),
    });
    return u;
  });
}

/** A deactivated user can no longer sign in; nobody may deactivate themselves. */
export function setUserActive(uc: UseCaseContext, id: string, active: boolean): Promise<User> {
  return transaction(uc.db, async (em) => {
    const u = await mustFind(em, User, id, "用户");
    if (u.active === active) return u;
    if (!active && u.id === uc.actor?.id) throw conflict("不能停用自己的账号");
    const before = snapshot(u, SECRET_FIELDS);
    u.active = active;
    await em.save(User, u);
    const ended = active ? 0 : await endSessionsOfUser(em, id, "DEACTIVATED", uc.clock.now());
    await writeAudit(em, uc.actor, {
      action: active ? "user.activate" : "user.deactivate",
      entity: "User",
      entityId: id,
      before,
      after: snapshot(u, SECRET_FIELDS),
      ...(ended ? { note: sessionsEndedNote(ended, "DEACTIVATED") } : {}),
    });
    return u;
  });
}

/** An administrator sets a new password for someone. */
export async function resetUserPassword(
  uc: UseCaseContext & WithPasswords,
  id: string,
  newPassword: string,
): Promise<boolean> {
  const target = await mustFind(reader(uc.db), User, id, "用户");
  refuseIf(passwordProblems(newPassword, target.username));
  const passwordHash = await uc.passwords.hash(newPassword);
  return transaction(uc.db, async (em) => {
    await em.update(User, { id }, { passwordHash });
    const ended = await endSessionsOfUser(em, id, "PASSWORD_CHANGED", uc.clock.now());
    await writeAudit(em, uc.actor, {
      action: "user.resetPassword",
      entity: "User",
      entityId: id,
      note: `管理员重置了密码；${sessionsEndedNote(ended, "PASSWORD_CHANGED")}`,
    });
    return true;
  });
}

/** The signed-in person changes their own password, proving it with the old one. */
export async function changeOwnPassword(
  uc: UseCaseContext & WithPasswords,
  oldPassword: string,
  newPassword: string,
): Promise<boolean> {
  const user = await mustFind(reader(uc.db), User, uc.actor?.id, "当前用户");
  if (!(await uc.passwords.matches(user.passwordHash, oldPassword))) throw badInput("原密码不正确");
  refuseIf(passwordProblems(newPassword, user.username));
  if (oldPassword === newPassword) refuseIf(["新密码不能与原密码相同"]);
  const passwordHash = await uc.passwords.hash(newPassword);
  return transaction(uc.db, async (em) => {
    await em.update(User, { id: user.id }, { passwordHash });
    // every session, this one too: whoever knew the old password signs in again
    const ended = await endSessionsOfUser(em, user.id, "PASSWORD_CHANGED", uc.clock.now());
    await writeAudit(em, uc.actor, {
      action: "user.changePassword",
      entity: "User",
      entityId: user.id,
      note: `本人修改了密码；${sessionsEndedNote(ended, "PASSWORD_CHANGED")}`,
    });
    return true;
  });
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a.filter(Boolean));
  const y = new Set(b.filter(Boolean));
  return x.size === y.size && [...x].every((v) => y.has(v));
};

const sessionsEndedNote = (count: number, reason: Parameters<typeof endSessionsOfUser>[2]) =>
  `因${END_REASON_LABELS[reason]}结束了 ${count} 个登录会话`;
