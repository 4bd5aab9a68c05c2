import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Brackets, In, type EntityManager } from "typeorm";
import { LIKE_ESCAPE, likeContains, Role, conflict, inTransaction, newId, writeAudit, type SubgraphContext, mustFind, refuseIf, snapshot } from "@prp/kit";
import { User, UserTown } from "../entities/User";
import { Department } from "../entities/Department";
import { Town } from "../entities/Town";
import { passwordProblems } from "../domain/passwords";
import { UserFilter, UserInput, UserUpdateInput } from "./inputs";
import { UserPage } from "./types";
import { hashPassword } from "./passwords";
import { notFound } from "@prp/kit";

const SECRET_FIELDS = ["passwordHash"];

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
  if (townIds.length) await em.insert(UserTown, townIds.map((townId) => ({ userId, townId })));
}

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => UserPage, { description: "用户列表（可筛选、分页）" })
  async users(@Ctx() ctx: SubgraphContext, @Args(() => UserFilter) f: UserFilter): Promise<UserPage> {
    const qb = ctx.db.getRepository(User).createQueryBuilder("u");
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
      qb.andWhere(new Brackets((w) => w.where(`u.displayName LIKE :like ${LIKE_ESCAPE}`, { like }).orWhere(`u.username LIKE :like ${LIKE_ESCAPE}`, { like })));
    }
    qb.orderBy("u.username", "ASC").skip(f.offset).take(f.limit);
    const [items, total] = await qb.getManyAndCount();
    return { items, total, offset: f.offset, limit: f.limit };
  }

  @Authorized()
  @Query(() => User, { nullable: true })
  user(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<User | null> {
    return ctx.loaders.one(User).load(id);
  }

  @Authorized()
  @Query(() => User, { description: "当前登录用户" })
  async me(@Ctx() ctx: SubgraphContext): Promise<User> {
    const u = await ctx.loaders.one(User).load(ctx.user!.id);
    if (!u) throw notFound("当前用户（可能已被删除）");
    return u;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "新建用户" })
  async createUser(@Ctx() ctx: SubgraphContext, @Arg("input", () => UserInput) input: UserInput): Promise<User> {
    refuseIf(passwordProblems(input.password, input.username));
    if (!input.roles.length) refuseIf(["至少授予一个角色"]);
    const passwordHash = await hashPassword(input.password); // outside the transaction: it is slow
    return inTransaction(ctx.db, async (em) => {
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
      await writeAudit(em, ctx.user, { action: "user.create", entity: "User", entityId: u.id, after: { ...snapshot(u, SECRET_FIELDS), linkedTownIds: townIds } });
      return u;
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "修改用户（姓名、部门、角色、包联镇街、职务）" })
  updateUser(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("input", () => UserUpdateInput) input: UserUpdateInput): Promise<User> {
    return inTransaction(ctx.db, async (em) => {
      const u = await mustFind(em, User, id, "用户");
      const before = snapshot(u, SECRET_FIELDS);
      const beforeTowns = (await em.findBy(UserTown, { userId: id })).map((t) => t.townId);
      if (input.displayName !== undefined && input.displayName !== null) u.displayName = input.displayName.trim();
      if (input.departmentId !== undefined) {
        if (input.departmentId) await mustFind(em, Department, input.departmentId, "部门");
        u.departmentId = input.departmentId ?? null;
      }
      if (input.roles) {
        if (!input.roles.length) refuseIf(["至少授予一个角色"]);
        if (u.id === ctx.user?.id && u.roles.includes(Role.ADMIN) && !input.roles.includes(Role.ADMIN)) {
          throw conflict("不能取消自己的管理员角色（请由另一位管理员操作）");
        }
        u.roleList = [...new Set(input.roles)].join(",");
      }
      if (input.post !== undefined) u.post = input.post?.trim() || null;
      let afterTowns = beforeTowns;
      if (input.linkedTownIds) {
        afterTowns = await checkTowns(em, input.linkedTownIds);
        await replaceLinkedTowns(em, id, afterTowns);
      }
      await em.save(User, u);
      await writeAudit(em, ctx.user, {
        action: "user.update",
        entity: "User",
        entityId: id,
        before: { ...before, linkedTownIds: beforeTowns },
        after: { ...snapshot(u, SECRET_FIELDS), linkedTownIds: afterTowns },
      });
      return u;
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "启用或停用用户（停用后不能登录）" })
  setUserActive(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("active") active: boolean): Promise<User> {
    return inTransaction(ctx.db, async (em) => {
      const u = await mustFind(em, User, id, "用户");
      if (u.active === active) return u;
      if (!active && u.id === ctx.user?.id) throw conflict("不能停用自己的账号");
      const before = snapshot(u, SECRET_FIELDS);
      u.active = active;
      await em.save(User, u);
      await writeAudit(em, ctx.user, { action: active ? "user.activate" : "user.deactivate", entity: "User", entityId: id, before, after: snapshot(u, SECRET_FIELDS) });
      return u;
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: "管理员重置用户密码" })
  async resetUserPassword(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string, @Arg("newPassword") newPassword: string): Promise<boolean> {
    const target = await mustFind(ctx.db.manager, User, id, "用户");
    refuseIf(passwordProblems(newPassword, target.username));
    const passwordHash = await hashPassword(newPassword);
    return inTransaction(ctx.db, async (em) => {
      await em.update(User, { id }, { passwordHash });
      await writeAudit(em, ctx.user, { action: "user.resetPassword", entity: "User", entityId: id, note: "管理员重置了密码" });
      return true;
    });
  }

  @FieldResolver(() => [Role], { description: "角色" })
  roles(@Root() u: User): Role[] {
    return u.roles;
  }

  @FieldResolver(() => Department, { nullable: true, description: "所在部门" })
  department(@Root() u: User, @Ctx() ctx: SubgraphContext): Promise<Department | null> | null {
    return u.departmentId ? ctx.loaders.one(Department).load(u.departmentId) : null;
  }

  @FieldResolver(() => [Town], { description: "包联镇（街道）" })
  async linkedTowns(@Root() u: User, @Ctx() ctx: SubgraphContext): Promise<Town[]> {
    const links = await ctx.loaders.many(UserTown, "userId").load(u.id);
    const towns = await ctx.loaders.one(Town).loadMany(links.map((l) => l.townId));
    return towns.filter((t): t is Town => !!t && !(t instanceof Error));
  }
}
