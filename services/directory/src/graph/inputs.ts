import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, Max, Min } from "class-validator";
import { PageArgs, Role } from "@prp/kit";
import { DepartmentKind, LiaisonKind, TownKind } from "../entities/enums";

const CODE_RE = /^[A-Za-z0-9_-]+$/;
const CODE_MSG = "编码只能包含字母、数字、下划线和连字符";
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MSG = "日期格式应为 YYYY-MM-DD";
const USERNAME_RE = /^[A-Za-z][A-Za-z0-9_.-]{2,63}$/;
const USERNAME_MSG = "登录名须以字母开头，3–64 位字母、数字、下划线、点或连字符";

@InputType({ description: "新建片区" })
export class RegionInput {
  @Field() @Length(1, 32, { message: "编码长度应为 1–32" }) @Matches(CODE_RE, { message: CODE_MSG })
  code!: string;

  @Field() @Length(1, 100, { message: "名称长度应为 1–100" })
  name!: string;
}

@InputType({ description: "修改片区（只改给出的字段）" })
export class RegionUpdateInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 32, { message: "编码长度应为 1–32" }) @Matches(CODE_RE, { message: CODE_MSG })
  code?: string;

  @Field({ nullable: true }) @IsOptional() @Length(1, 100, { message: "名称长度应为 1–100" })
  name?: string;
}

@InputType({ description: "新建镇（街道）" })
export class TownInput {
  @Field() @Length(1, 32, { message: "编码长度应为 1–32" }) @Matches(CODE_RE, { message: CODE_MSG })
  code!: string;

  @Field() @Length(1, 100, { message: "名称长度应为 1–100" })
  name!: string;

  @Field(() => TownKind)
  kind!: TownKind;

  @Field(() => ID, { description: "所属片区" })
  regionId!: string;
}

@InputType({ description: "修改镇（街道）" })
export class TownUpdateInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 32, { message: "编码长度应为 1–32" }) @Matches(CODE_RE, { message: CODE_MSG })
  code?: string;

  @Field({ nullable: true }) @IsOptional() @Length(1, 100, { message: "名称长度应为 1–100" })
  name?: string;

  @Field(() => TownKind, { nullable: true })
  kind?: TownKind;

  @Field(() => ID, { nullable: true })
  regionId?: string;
}

@InputType({ description: "新建部门" })
export class DepartmentInput {
  @Field() @Length(1, 32, { message: "编码长度应为 1–32" }) @Matches(CODE_RE, { message: CODE_MSG })
  code!: string;

  @Field() @Length(1, 100, { message: "名称长度应为 1–100" })
  name!: string;

  @Field(() => DepartmentKind)
  kind!: DepartmentKind;

  @Field(() => ID, { nullable: true, description: "上级部门" })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: "所属镇（街道），镇街纪委必填" })
  townId?: string | null;

  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0, { message: "排序号不能为负" }) @Max(100000, { message: "排序号过大" })
  sortOrder?: number;
}

@InputType({ description: "修改部门（只改给出的字段；parentId/townId 传 null 表示清空）" })
export class DepartmentUpdateInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 32, { message: "编码长度应为 1–32" }) @Matches(CODE_RE, { message: CODE_MSG })
  code?: string;

  @Field({ nullable: true }) @IsOptional() @Length(1, 100, { message: "名称长度应为 1–100" })
  name?: string;

  @Field(() => DepartmentKind, { nullable: true })
  kind?: DepartmentKind;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  townId?: string | null;

  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0, { message: "排序号不能为负" }) @Max(100000, { message: "排序号过大" })
  sortOrder?: number;
}

const PERSON_ROLE_VALUES = Object.values(Role).filter((r) => r !== Role.SERVICE);

@InputType({ description: "新建用户" })
export class UserInput {
  @Field() @Matches(USERNAME_RE, { message: USERNAME_MSG })
  username!: string;

  @Field() @Length(1, 100, { message: "姓名长度应为 1–100" })
  displayName!: string;

  @Field({ description: "初始密码（至少 8 位，含字母和数字）" })
  password!: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => [Role]) @ArrayMaxSize(7) @IsIn(PERSON_ROLE_VALUES, { each: true, message: "不能把系统服务角色授予用户" })
  roles!: Role[];

  @Field(() => [ID], { nullable: true, description: "包联镇（街道），用于委领导" }) @IsOptional() @ArrayMaxSize(50)
  linkedTownIds?: string[];

  @Field({ nullable: true }) @IsOptional() @Length(0, 100, { message: "职务长度不能超过 100" })
  post?: string;
}

@InputType({ description: "修改用户（只改给出的字段）" })
export class UserUpdateInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 100, { message: "姓名长度应为 1–100" })
  displayName?: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => [Role], { nullable: true }) @IsOptional() @ArrayMaxSize(7) @IsIn(PERSON_ROLE_VALUES, { each: true, message: "不能把系统服务角色授予用户" })
  roles?: Role[];

  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50)
  linkedTownIds?: string[];

  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 100, { message: "职务长度不能超过 100" })
  post?: string | null;
}

@InputType({ description: "新建联系（派驻）关系" })
export class LiaisonMappingInput {
  @Field(() => ID, { description: "主管部门" })
  departmentId!: string;

  @Field(() => ID, { description: "联系它的纪检监察室或派驻纪检监察组" })
  liaisonDepartmentId!: string;

  @Field(() => LiaisonKind)
  kind!: LiaisonKind;

  @Field({ description: "生效日期 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: "截止日期 YYYY-MM-DD（含当日），空为长期" }) @IsOptional() @Matches(DATE_RE, { message: DATE_MSG })
  validTo?: string | null;
}

@InputType({ description: "设置某日为工作日或休息日" })
export class CalendarOverrideInput {
  @Field({ description: "日期 YYYY-MM-DD" }) @Matches(DATE_RE, { message: DATE_MSG })
  date!: string;

  @Field({ description: "true 为工作日（如调休上班），false 为休息日" })
  working!: boolean;

  @Field() @Length(1, 200, { message: "请填写说明（1–200 字）" })
  note!: string;
}

@ArgsType()
export class DepartmentFilter extends PageArgs {
  @Field(() => [DepartmentKind], { nullable: true, description: "部门类别（任一）" })
  kinds?: DepartmentKind[];

  @Field(() => ID, { nullable: true })
  parentId?: string;

  @Field(() => ID, { nullable: true })
  townId?: string;

  @Field({ nullable: true, description: "是否启用；不填为全部" })
  active?: boolean;

  @Field({ nullable: true, description: "按名称或编码模糊查找" }) @IsOptional() @Length(0, 100)
  search?: string;
}

@ArgsType()
export class UserFilter extends PageArgs {
  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field({ nullable: true })
  active?: boolean;

  @Field({ nullable: true, description: "按姓名或登录名模糊查找" }) @IsOptional() @Length(0, 100)
  search?: string;
}

@ArgsType()
export class LiaisonFilter extends PageArgs {
  @Field(() => ID, { nullable: true, description: "主管部门" })
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: "联系单位（室或组）" })
  liaisonDepartmentId?: string;

  @Field(() => LiaisonKind, { nullable: true })
  kind?: LiaisonKind;

  @Field({ nullable: true, description: "只看该日期有效的关系（YYYY-MM-DD）" }) @IsOptional() @Matches(DATE_RE, { message: DATE_MSG })
  currentOn?: string;
}
