import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { AppError, ErrorCode, TOKEN_TTL_SECONDS, inTransaction, signToken, unauthenticated, writeAudit, type SubgraphContext, mustFind, refuseIf } from "@prp/kit";
import { User, UserTown } from "../entities/User";
import { LoginThrottle } from "../entities/LoginThrottle";
import { lockoutRemainingMs } from "../domain/throttle";
import { passwordProblems } from "../domain/passwords";
import { AuthPayload } from "./types";
import { burnPasswordCheck, hashPassword, passwordMatches } from "./passwords";

const WRONG_CREDENTIALS = "用户名或密码错误";

@Resolver()
export class AuthResolver {
  /** The only operation open without a token. */
  @Mutation(() => AuthPayload, { description: "登录：用户名 + 密码 → 访问令牌" })
  async login(@Ctx() ctx: SubgraphContext, @Arg("username") usernameRaw: string, @Arg("password") password: string): Promise<AuthPayload> {
    const username = usernameRaw.trim().slice(0, 64);
    if (!username || !password) throw unauthenticated(WRONG_CREDENTIALS);
    const now = new Date();
    const throttle = await ctx.db.getRepository(LoginThrottle).findOneBy({ username: username.toLowerCase() });
    const waitMs = lockoutRemainingMs(throttle?.failures ?? 0, throttle?.lastFailureAt ?? null, now);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new AppError(ErrorCode.UNAUTHENTICATED, `登录失败次数过多，请 ${seconds} 秒后再试`, { retryAfterSeconds: seconds });
    }

    const user = await ctx.db.getRepository(User).findOneBy({ username });
    let ok = false;
    if (user) ok = user.active && (await passwordMatches(user.passwordHash, password));
    else await burnPasswordCheck(password);

    if (!ok) {
      await inTransaction(ctx.db, async (em) => {
        const key = username.toLowerCase();
        const row = (await em.findOneBy(LoginThrottle, { username: key })) ?? em.create(LoginThrottle, { username: key, failures: 0 });
        row.failures += 1;
        row.lastFailureAt = now;
        await em.save(LoginThrottle, row);
        await writeAudit(em, null, {
          action: "login.failure",
          entity: "User",
          entityId: user?.id ?? `username:${key}`,
          note: `登录失败（第 ${row.failures} 次连续失败，来源 ${ctx.clientIp || "未知"}）${user && !user.active ? "，账号已停用" : ""}`,
        });
      });
      console.warn(`[directory] failed login for "${username}" from ${ctx.clientIp || "unknown"}`);
      throw unauthenticated(WRONG_CREDENTIALS);
    }

    const townIds = (await ctx.db.getRepository(UserTown).findBy({ userId: user!.id })).map((t) => t.townId);
    const token = await signToken({
      id: user!.id,
      username: user!.username,
      displayName: user!.displayName,
      roles: user!.roles,
      departmentId: user!.departmentId,
      townIds,
    });
    await inTransaction(ctx.db, async (em) => {
      await em.delete(LoginThrottle, { username: username.toLowerCase() });
      await writeAudit(em, { id: user!.id, username: user!.username, displayName: user!.displayName, roles: user!.roles, departmentId: null, townIds }, {
        action: "login.success",
        entity: "User",
        entityId: user!.id,
        note: `登录成功（来源 ${ctx.clientIp || "未知"}）`,
      });
    });
    return { token, expiresAt: new Date(now.getTime() + TOKEN_TTL_SECONDS * 1000), user: user! };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "修改自己的密码" })
  async changePassword(@Ctx() ctx: SubgraphContext, @Arg("oldPassword") oldPassword: string, @Arg("newPassword") newPassword: string): Promise<boolean> {
    const user = await mustFind(ctx.db.manager, User, ctx.user!.id, "当前用户");
    if (!(await passwordMatches(user.passwordHash, oldPassword))) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, "原密码不正确");
    }
    refuseIf(passwordProblems(newPassword, user.username));
    if (oldPassword === newPassword) refuseIf(["新密码不能与原密码相同"]);
    const passwordHash = await hashPassword(newPassword);
    return inTransaction(ctx.db, async (em) => {
      await em.update(User, { id: user.id }, { passwordHash });
      await writeAudit(em, ctx.user, { action: "user.changePassword", entity: "User", entityId: user.id, note: "本人修改了密码" });
      return true;
    });
  }
}
