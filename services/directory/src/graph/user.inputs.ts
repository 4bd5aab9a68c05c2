import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, IsIn, IsOptional, Length, Matches } from "class-validator";
import { PERSON_ROLES, PageArgs, Role } from "@prp/kit";

const USERNAME_RE = /^[A-Za-z][A-Za-z0-9_.-]{2,63}$/;
const USERNAME_MSG = "登录名须以字母开头，3–64 位字母、数字、下划线、点或连字符";
const NO_SERVICE_ROLE_MSG = "不能把系统服务角色授予用户";

@InputType({ description: "新建用户" })
export class UserInput {
  @Field()
  @Matches(USERNAME_RE, { message: USERNAME_MSG })
  username!: string;

  @Field()
  @Length(1, 100, { message: "姓名长度应为 1–100" })
  displayName!: string;

  @Field({ description: "初始密码（至少 8 位，含字母和数字）" })
  password!: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => [Role])
  @ArrayMaxSize(7)
  @IsIn(PERSON_ROLES, { each: true, message: NO_SERVICE_ROLE_MSG })
  roles!: Role[];

  @Field(() => [ID], { nullable: true, description: "包联镇（街道），用于委领导" })
  @IsOptional()
  @ArrayMaxSize(50)
  linkedTownIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 100, { message: "职务长度不能超过 100" })
  post?: string;
}

@InputType({ description: "修改用户（只改给出的字段）" })
export class UserUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100, { message: "姓名长度应为 1–100" })
  displayName?: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(7)
  @IsIn(PERSON_ROLES, { each: true, message: NO_SERVICE_ROLE_MSG })
  roles?: Role[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  linkedTownIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100, { message: "职务长度不能超过 100" })
  post?: string | null;
}

@ArgsType()
export class UserFilter extends PageArgs {
  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field({ nullable: true })
  active?: boolean;

  @Field({ nullable: true, description: "按姓名或登录名模糊查找" })
  @IsOptional()
  @Length(0, 100)
  search?: string;
}
