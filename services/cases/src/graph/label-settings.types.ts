import { Field, InputType, Int, ObjectType } from "type-graphql";
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from "class-validator";
import { LabelCategory } from "../entities";
import { MAX_LABEL_THRESHOLD } from "../domain/colour-labels";
import { UserRef } from "@prp/kit";

const RANGE = `须为 1–${MAX_LABEL_THRESHOLD} 的整数`;

@ObjectType({ description: "一个色标类别的规则：各颜色的最低值（达到即给该颜色；空 = 不给该颜色）" })
export class CategoryThresholdsInfo {
  @Field(() => LabelCategory) category!: LabelCategory;
  @Field({ description: "类别名称" }) name!: string;
  @Field({ description: "是否启用" }) enabled!: boolean;
  @Field(() => Int, { nullable: true, description: "绿色阈值" }) green!: number | null;
  @Field(() => Int, { nullable: true, description: "黄色阈值" }) yellow!: number | null;
  @Field(() => Int, { nullable: true, description: "橙色阈值" }) orange!: number | null;
  @Field(() => Int, { nullable: true, description: "红色阈值" }) red!: number | null;
}

@ObjectType({ description: "色标阈值（现行规则与默认规则）" })
export class ColourLabelThresholdsInfo {
  @Field(() => [CategoryThresholdsInfo], { description: "现行规则" }) rules!: CategoryThresholdsInfo[];
  @Field(() => Int, { description: "重复举报的统计期（月）" }) repeatWindowMonths!: number;
  @Field({ description: "仍为默认规则（管理员未设置过）" }) isDefault!: boolean;
  @Field(() => Date, { nullable: true, description: "最近设置时间" }) updatedAt!: Date | null;
  @Field(() => UserRef, { nullable: true, description: "最近设置人" }) updatedBy!: UserRef | null;
  @Field(() => [CategoryThresholdsInfo], { description: "默认规则（见 docs/domain.md）" })
  defaults!: CategoryThresholdsInfo[];
  @Field(() => Int, { description: "默认的重复举报统计期（月）" }) defaultRepeatWindowMonths!: number;
}

@InputType({ description: "一个色标类别的阈值（自绿到红递增；不设的颜色不给）" })
export class CategoryThresholdsInput {
  @Field(() => LabelCategory) @IsIn(Object.values(LabelCategory), { message: "色标类别无效" }) category!: LabelCategory;
  @Field({ description: "是否启用" }) enabled!: boolean;
  @Field(() => Int, { nullable: true, description: "绿色阈值" })
  @IsOptional()
  @IsInt({ message: `绿色阈值${RANGE}` })
  @Min(1, { message: `绿色阈值${RANGE}` })
  @Max(MAX_LABEL_THRESHOLD, { message: `绿色阈值${RANGE}` })
  green?: number | null;
  @Field(() => Int, { nullable: true, description: "黄色阈值" })
  @IsOptional()
  @IsInt({ message: `黄色阈值${RANGE}` })
  @Min(1, { message: `黄色阈值${RANGE}` })
  @Max(MAX_LABEL_THRESHOLD, { message: `黄色阈值${RANGE}` })
  yellow?: number | null;
  @Field(() => Int, { nullable: true, description: "橙色阈值" })
  @IsOptional()
  @IsInt({ message: `橙色阈值${RANGE}` })
  @Min(1, { message: `橙色阈值${RANGE}` })
  @Max(MAX_LABEL_THRESHOLD, { message: `橙色阈值${RANGE}` })
  orange?: number | null;
  @Field(() => Int, { nullable: true, description: "红色阈值" })
  @IsOptional()
  @IsInt({ message: `红色阈值${RANGE}` })
  @Min(1, { message: `红色阈值${RANGE}` })
  @Max(MAX_LABEL_THRESHOLD, { message: `红色阈值${RANGE}` })
  red?: number | null;
}

@InputType({ description: "设置色标阈值（未列出的类别保持默认规则）" })
export class ColourLabelThresholdsInput {
  @Field(() => [CategoryThresholdsInput])
  @ArrayMaxSize(Object.values(LabelCategory).length, { message: "色标类别最多 5 个" })
  @ValidateNested()
  rules!: CategoryThresholdsInput[];
  @Field(() => Int, { nullable: true, description: "重复举报的统计期（月，1–120）" })
  @IsOptional()
  @IsInt({ message: "统计期须为 1–120 的整数" })
  @Min(1, { message: "统计期须为 1–120 的整数" })
  @Max(120, { message: "统计期须为 1–120 的整数" })
  repeatWindowMonths?: number | null;
}
