import { Field, ID, ObjectType } from "type-graphql";
import { User } from "../entities/User";

@ObjectType({ description: "登录结果" })
export class AuthPayload {
  @Field({ description: "访问令牌（放在 Authorization: Bearer 头中）" })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType({ description: "登录会话状态" })
export class SessionStatus {
  @Field(() => ID)
  id!: string;

  @Field({ description: "未退出、未被结束且未过期" })
  active!: boolean;
}
