import { ArgsType, Field, Float, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Max, Min } from "class-validator";
import { PageArgs } from "@prp/kit";
import { SessionMode } from "../entities";

@InputType({ description: "培训材料" })
export class CourseMaterialInput {
  @Field() @Length(1, 200, { message: "材料名称长度应为 1–200" }) title!: string;
  @Field() @Length(1, 20, { message: "格式长度应为 1–20" }) format!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(10000) pages?: number | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200, { message: "存放位置长度不能超过 200" })
  reference?: string | null;
}

@InputType({ description: "新建培训课程" })
export class CourseInput {
  @Field() @Length(1, 200, { message: "课程名称长度应为 1–200" }) title!: string;
  @Field({ description: "所讲法规或内容" }) @Length(1, 200, { message: "法规名称长度应为 1–200" }) regulation!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000, { message: "简介不能超过 2000 字" })
  description?: string | null;
  @Field(() => [CourseMaterialInput], { defaultValue: [] }) @ArrayMaxSize(50) materials!: CourseMaterialInput[];
  @Field(() => Float, { description: "学时（小时）" })
  @Min(0.1, { message: "学时至少 0.1 小时" })
  @Max(100, { message: "学时不能超过 100 小时" })
  hours!: number;
}

@InputType({ description: "安排培训场次" })
export class SessionInput {
  @Field(() => ID) courseId!: string;
  @Field({ description: "日期（YYYY-MM-DD）" }) @Length(10, 10, { message: "日期应为 YYYY-MM-DD" }) date!: string;
  @Field(() => SessionMode) mode!: SessionMode;
  @Field(() => ID, { description: "授课人（用户 ID）" }) trainerId!: string;
  @Field(() => [ID], { description: "参训部门" }) @ArrayMaxSize(200) audienceDepartmentIds!: string[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200, { message: "地点长度不能超过 200" })
  location?: string | null;
  @Field(() => Float, { nullable: true, description: "本场学时（默认取课程学时）" })
  @IsOptional()
  @Min(0.1)
  @Max(24)
  hours?: number | null;
}

@ArgsType()
export class SessionFilter extends PageArgs {
  @Field(() => ID, { nullable: true }) courseId?: string | null;
  @Field(() => String, { nullable: true, description: "起始日期（含）" }) @IsOptional() @Length(10, 10) from?:
    string | null;
  @Field(() => String, { nullable: true, description: "截止日期（含）" }) @IsOptional() @Length(10, 10) to?:
    string | null;
  @Field(() => SessionMode, { nullable: true }) mode?: SessionMode | null;
}
