import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsOptional, Matches } from "class-validator";
import { PageArgs } from "@prp/kit";
import { LiaisonKind } from "./enums";
import { DATE_MSG, DATE_RE } from "./input-rules";

@InputType({ description: "新建联系（派驻）关系" })
export class LiaisonMappingInput {
  @Field(() => ID, { description: "主管部门" })
  departmentId!: string;

  @Field(() => ID, { description: "联系它的纪检监察室或派驻纪检监察组" })
  liaisonDepartmentId!: string;

  @Field(() => LiaisonKind)
  kind!: LiaisonKind;

  @Field({ description: "生效日期 YYYY-MM-DD" })
  @Matches(DATE_RE, { message: DATE_MSG })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: "截止日期 YYYY-MM-DD（含当日），空为长期" })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  validTo?: string | null;
}

@ArgsType()
export class LiaisonFilter extends PageArgs {
  @Field(() => ID, { nullable: true, description: "主管部门" })
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: "联系单位（室或组）" })
  liaisonDepartmentId?: string;

  @Field(() => LiaisonKind, { nullable: true })
  kind?: LiaisonKind;

  @Field({ nullable: true, description: "只看该日期有效的关系（YYYY-MM-DD）" })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  currentOn?: string;
}
