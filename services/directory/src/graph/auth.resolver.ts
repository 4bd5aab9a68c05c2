import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { login } from "../app/login";
import { changeOwnPassword } from "../app/users";
import { AuthPayload } from "./auth.types";
import { fromRequest } from "./use-case-context";

@Resolver()
export class AuthResolver {
  /** The only operation open without a token. */
  @Mutation(() => AuthPayload, { description: "登录：用户名 + 密码 → 访问令牌" })
  login(@Ctx() ctx: SubgraphContext, @Arg("username") username: string, @Arg("password") password: string): Promise<AuthPayload> {
    return login(fromRequest(ctx), { username, password, clientIp: ctx.clientIp });
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "修改自己的密码" })
  changePassword(@Ctx() ctx: SubgraphContext, @Arg("oldPassword") oldPassword: string, @Arg("newPassword") newPassword: string): Promise<boolean> {
    return changeOwnPassword(fromRequest(ctx), oldPassword, newPassword);
  }
}
