import { ArgsType, Field, ID } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from "class-validator";
import { ScreeningReason } from "../entities/enums";

@ArgsType()
export class ClaimCaseArgs {
  @Field(() => ID, { description: "案件" }) @Length(1, 36, { message: "案件 ID 无效" }) caseId!: string;
  @Field(() => [ScreeningReason], { description: "包案理由" })
  @ArrayMinSize(1, { message: "请选择至少一项包案理由" })
  @ArrayMaxSize(5, { message: "包案理由最多 5 项" })
  reasons!: ScreeningReason[];
  @Field(() => String, { nullable: true, description: "包案说明" })
  @IsOptional()
  @MaxLength(500, { message: "包案说明最多 500 字" })
  note?: string | null;
}

@ArgsType()
export class ReleaseCaseArgs {
  @Field(() => ID, { description: "案件" }) @Length(1, 36, { message: "案件 ID 无效" }) caseId!: string;
  @Field({ description: "退出包案的理由" }) @Length(1, 500, { message: "理由长度应为 1–500" }) reason!: string;
}

@ArgsType()
export class TransferOwnershipArgs {
  @Field(() => ID, { description: "案件" }) @Length(1, 36, { message: "案件 ID 无效" }) caseId!: string;
  @Field(() => ID, { description: "改由哪位领导包案" }) @Length(1, 36, { message: "领导 ID 无效" }) toLeaderId!: string;
  @Field({ description: "调整理由" }) @Length(1, 500, { message: "理由长度应为 1–500" }) reason!: string;
}

@ArgsType()
export class NominateCaseArgs {
  @Field(() => ID, { description: "案件" }) @Length(1, 36, { message: "案件 ID 无效" }) caseId!: string;
  @Field({ description: "提请理由（干扰多阻力大的具体情况）" })
  @Length(1, 500, { message: "理由长度应为 1–500" })
  reason!: string;
}
