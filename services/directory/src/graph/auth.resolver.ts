import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Role, SESSION_STATUS_BATCH, badInput, type SubgraphContext } from "@prp/kit";
import { login } from "../app/login";
import { changeOwnPassword } from "../app/users";
import { logout, sessionStatus } from "../app/sessions";
import { AuthPayload, SessionStatus } from "./auth.types";
import { fromRequest } from "./use-case-context";

@Resolver()
export class AuthResolver {
  /** The only operation open without a token. */
  @Mutation(() => AuthPayload, { description: "登录：用户名 + 密码 → 访问令牌" })
  login(
    @Ctx() ctx: SubgraphContext,
    @Arg("username") username: string,
    @Arg("password") password: string,
  ): Promise<AuthPayload> {
    return login(fromRequest(ctx), { username, password, clientIp: ctx.clientIp });
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "退出登录：结束当前会话，此后该令牌在各服务中数秒内失效" })
  logout(@Ctx() ctx: SubgraphContext): Promise<boolean> {
    return logout(fromRequest(ctx));
  }

  /** Every other subgraph asks here, batched, whether the sessions behind its callers' tokens still stand. */
  @Authorized(Role.SERVICE)
  @Query(() => [SessionStatus], { description: "登录会话是否仍有效（仅供系统服务调用）" })
  sessionStatus(@Ctx() ctx: SubgraphContext, @Arg("ids", () => [ID]) ids: string[]): Promise<SessionStatus[]> {
    if (ids.length > SESSION_STATUS_BATCH) throw badInput(`一次最多查询 ${SESSION_STATUS_BATCH} 个会话`);
    return sessionStatus(ctx.db, ids, fromRequest(ctx).clock.now());
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "修改自己的密码（结束本人所有登录会话，需重新登录）" })
  changePassword(
    @Ctx() ctx: SubgraphContext,
    @Arg("oldPassword") oldPassword: string,
    @Arg("newPassword") newPassword: string,
  ): Promise<boolean> {
    return changeOwnPassword(fromRequest(ctx), oldPassword, newPassword);
  }
}
