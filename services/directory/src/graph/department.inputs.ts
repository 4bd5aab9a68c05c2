import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, Length, Max, Min } from "class-validator";
import { PageArgs } from "@prp/kit";
import { DepartmentKind, Sector } from "./enums";
import { CodeField, NameField } from "./input-rules";

@InputType({ description: "新建部门" })
export class DepartmentInput {
  @CodeField()
  code!: string;

  @NameField()
  name!: string;

  @Field(() => DepartmentKind)
  kind!: DepartmentKind;

  @Field(() => Sector, { nullable: true, description: "所属行业系统" })
  sector?: Sector | null;

  @Field(() => ID, { nullable: true, description: "上级部门" })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: "所属镇（街道），镇街纪委必填" })
  townId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: "排序号不能为负" })
  @Max(100000, { message: "排序号过大" })
  sortOrder?: number;
}

@InputType({ description: "修改部门（只改给出的字段；parentId/townId/sector 传 null 表示清空）" })
export class DepartmentUpdateInput {
  @CodeField({ optional: true })
  code?: string;

  @NameField({ optional: true })
  name?: string;

  @Field(() => DepartmentKind, { nullable: true })
  kind?: DepartmentKind;

  @Field(() => Sector, { nullable: true, description: "所属行业系统；传 null 表示清空" })
  sector?: Sector | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  townId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: "排序号不能为负" })
  @Max(100000, { message: "排序号过大" })
  sortOrder?: number;
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

  @Field({ nullable: true, description: "按名称或编码模糊查找" })
  @IsOptional()
  @Length(0, 100)
  search?: string;
}
