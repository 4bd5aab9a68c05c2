import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role, notFound, type SubgraphContext } from "@prp/kit";
import { User, UserTown } from "../entities/User";
import { Department } from "../entities/Department";
import { Town } from "../entities/Town";
import * as users from "../app/users";
import { UserFilter, UserInput, UserUpdateInput } from "./user.inputs";
import { UserPage } from "./user.types";
import { fromRequest } from "./use-case-context";

/**
 * Who may list people (usernames included): administrators manage them, petition officers pick
 * the leader an urgent report goes to and the trainers and judges of training, leaders oversee;
 * other subgraphs read them with the SERVICE role. A trainee, a liaison or a case handler may not.
 */
export const USER_LIST_ROLES = [Role.ADMIN, Role.LEADER, Role.PETITION_OFFICER, Role.SERVICE];

@Resolver(() => User)
export class UserResolver {
  @Authorized(...USER_LIST_ROLES)
  @Query(() => UserPage, { nullable: true, description: "用户列表（可筛选、分页；仅管理员、委领导、信访室干部）" })
  users(@Ctx() ctx: SubgraphContext, @Args(() => UserFilter) f: UserFilter): Promise<UserPage> {
    return users.listUsers(ctx.db, f);
  }

  @Authorized()
  @Query(() => User, { nullable: true })
  user(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<User | null> {
    return ctx.loaders.one(User).load(id);
  }

  @Authorized()
  @Query(() => User, { nullable: true, description: "当前登录用户" })
  async me(@Ctx() ctx: SubgraphContext): Promise<User> {
    const u = await ctx.loaders.one(User).load(ctx.user!.id);
    if (!u) throw notFound("当前用户（可能已被删除）");
    return u;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "新建用户" })
  createUser(@Ctx() ctx: SubgraphContext, @Arg("input", () => UserInput) input: UserInput): Promise<User> {
    return users.createUser(fromRequest(ctx), input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "修改用户（姓名、部门、角色、包联镇街、职务）" })
  updateUser(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UserUpdateInput) input: UserUpdateInput,
  ): Promise<User> {
    return users.updateUser(fromRequest(ctx), id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "启用或停用用户（停用后不能登录）" })
  setUserActive(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("active") active: boolean,
  ): Promise<User> {
    return users.setUserActive(fromRequest(ctx), id, active);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: "管理员重置用户密码" })
  resetUserPassword(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("newPassword") newPassword: string,
  ): Promise<boolean> {
    return users.resetUserPassword(fromRequest(ctx), id, newPassword);
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
