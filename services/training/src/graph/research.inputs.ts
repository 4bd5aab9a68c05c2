import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length } from "class-validator";
import { ResearchStatus } from "../entities";

@InputType({ description: "新建调研课题" })
export class ResearchInput {
  @Field() @Length(1, 200, { message: "课题名称长度应为 1–200" }) title!: string;
  @Field() @Length(1, 500, { message: "调研主题长度应为 1–500" }) topic!: string;
  @Field(() => ID, { description: "课题负责人" }) leadId!: string;
  @Field(() => [ID], { defaultValue: [], description: "课题组成员" }) @ArrayMaxSize(50) memberIds!: string[];
}

@InputType({ description: "改进措施" })
export class ResearchImprovementInput {
  @Field() @Length(1, 500, { message: "改进措施长度应为 1–500" }) description!: string;
  @Field({ description: "是否已采纳" }) adopted!: boolean;
  @Field(() => String, { nullable: true, description: "据此形成或修订的制度" })
  @IsOptional()
  @Length(0, 200, { message: "制度名称不能超过 200 字" })
  rule?: string | null;
}

@InputType({ description: "更新调研课题（只改所填的项）" })
export class ResearchUpdateInput {
  @Field(() => ResearchStatus, { nullable: true }) status?: ResearchStatus | null;
  @Field(() => String, { nullable: true, description: "调研发现" })
  @IsOptional()
  @Length(0, 20000, { message: "调研发现不能超过 20000 字" })
  findings?: string | null;
  @Field(() => [ResearchImprovementInput], { nullable: true }) @IsOptional() @ArrayMaxSize(50) improvements?:
    ResearchImprovementInput[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50) memberIds?: string[] | null;
}
