import { ArgsType, Field, InputType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, MaxLength } from "class-validator";
import { PageArgs, registerLabelledEnum } from "@prp/kit";
import { QuestionKind } from "../entities";
import { LIMITS } from "../domain/questions";
import { MAX_UPLOAD_BYTES } from "../infra/spreadsheet";

export enum SpreadsheetFormat {
  XLSX = "XLSX",
  CSV = "CSV",
}
registerLabelledEnum(SpreadsheetFormat, "SpreadsheetFormat", "表格文件格式", {
  XLSX: "Excel 工作簿（.xlsx）",
  CSV: "逗号分隔（UTF-8）",
});

@InputType({ description: "选项" })
export class QuestionOptionInput {
  @Field({ description: "编号 A–H" }) @Length(1, 1, { message: "选项编号应为一个字母" }) key!: string;
  @Field() @Length(1, LIMITS.option, { message: `选项内容长度应为 1–${LIMITS.option}` }) text!: string;
}

@InputType({ description: "新增试题" })
export class QuestionInput {
  @Field(() => QuestionKind) kind!: QuestionKind;
  @Field() @Length(1, LIMITS.stem, { message: `题干长度应为 1–${LIMITS.stem}` }) stem!: string;
  @Field(() => [QuestionOptionInput], { defaultValue: [], description: "选项（判断题不填）" })
  @ArrayMaxSize(LIMITS.options)
  options!: QuestionOptionInput[];
  @Field({ description: "正确答案：单选如 B，多选如 A,C，判断题为 TRUE 或 FALSE" })
  @Length(1, 20, { message: "答案长度应为 1–20" })
  answer!: string;
  @Field() @Length(1, LIMITS.explanation, { message: `解析长度应为 1–${LIMITS.explanation}` }) explanation!: string;
  @Field() @Length(1, LIMITS.regulation, { message: `法规名称长度应为 1–${LIMITS.regulation}` }) regulation!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, LIMITS.article, { message: `条款长度不能超过 ${LIMITS.article}` })
  article?: string | null;
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(LIMITS.tags)
  @Length(1, LIMITS.tag, { each: true, message: `每个标签长度应为 1–${LIMITS.tag}` })
  tags!: string[];
}

@ArgsType()
export class QuestionFilter extends PageArgs {
  @Field(() => QuestionKind, { nullable: true }) kind?: QuestionKind | null;
  @Field(() => String, { nullable: true, description: "标签" }) @IsOptional() @Length(1, LIMITS.tag) tag?:
    string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@ArgsType()
export class QuestionImportArgs {
  @Field(() => SpreadsheetFormat) format!: SpreadsheetFormat;
  @Field({ description: "文件内容（base64）；表头：题型、题干、选项A…选项H、答案、解析、法规、条款、标签" })
  @MaxLength(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4, { message: "文件过大" })
  fileBase64!: string;
  @Field(() => String, { nullable: true, description: "文件名（记入审计）" }) @IsOptional() @Length(0, 200) fileName?:
    string | null;
}
