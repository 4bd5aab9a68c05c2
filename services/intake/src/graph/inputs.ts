import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import {
  ArrayMaxSize,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from "class-validator";
import { DATE_RE, PageArgs } from "@prp/kit";
import { MAX_CONTENT_CHARS, MIN_CONTENT_CHARS } from "../domain/public-limits";
import {
  Channel,
  CheckFlag,
  Disposition,
  NotAcceptableGround,
  Origin,
  ReportStatus,
  Scope,
  TriageStep,
} from "../entities/enums";

const DATE_MSG = "日期格式应为 YYYY-MM-DD";
export const MAX_STAFF_CONTENT_CHARS = 50_000;

/**
 * Every string of every input has a length limit that fits its meaning (checked by the schema's
 * validation, before any use case runs). Ids are UUIDs; a longer one cannot exist.
 */
const ID_MAX = 36;
const idLimit = (label: string) => MaxLength(ID_MAX, { message: `${label}编号过长` });
const idsLimit = (label: string) => MaxLength(ID_MAX, { each: true, message: `${label}编号过长` });

@InputType({ description: "举报人" })
export class ReporterInput {
  @Field({ description: "是否实名举报" }) realName!: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50, { message: "姓名过长（最多 50 字）" }) name?:
    string | null;
  @Field(() => String, { nullable: true, description: "身份证号" })
  @IsOptional()
  @MaxLength(18, { message: "身份证号码过长（18 位）" })
  idNumber?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20, { message: "电话号码过长（最多 20 位）" })
  phone?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: "地址过长（最多 200 字）" })
  address?: string | null;
}

@InputType({ description: "被反映人" })
export class SubjectInput {
  @Field() @Length(1, 50, { message: "被反映人姓名长度应为 1–50 字" }) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100, { message: "职务过长（最多 100 字）" }) post?:
    string | null;
  @Field(() => ID, { nullable: true, description: "所在单位（部门）" }) @IsOptional() @idLimit("单位") unitId?:
    string | null;
  @Field(() => String, { nullable: true, description: "职级" })
  @IsOptional()
  @MaxLength(50, { message: "职级过长（最多 50 字）" })
  rank?: string | null;
  @Field(() => ID, { nullable: true, description: "所在镇（街道）" }) @IsOptional() @idLimit("镇（街道）") townId?:
    string | null;
}

@InputType({ description: "附件信息（文件本身另行存储）" })
export class AttachmentInput {
  @Field() @Length(1, 200, { message: "文件名长度应为 1–200" }) fileName!: string;
  @Field() @Length(1, 100, { message: "文件类型长度应为 1–100" }) mimeType!: string;
  @Field(() => Int)
  @Min(0, { message: "文件大小不能为负" })
  @Max(1024 * 1024 * 1024, { message: "单个附件不能超过 1 GB" })
  size!: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/i, { message: "sha256 应为 64 位十六进制" })
  sha256?: string | null;
}

@InputType({ description: "登记信访举报件（信、访、网、电）" })
export class RegisterReportInput {
  @Field(() => Channel) channel!: Channel;
  @Field(() => Origin, { defaultValue: Origin.SELF_RECEIVED }) origin!: Origin;
  @Field(() => String, { nullable: true, description: "转送（交办）机关" })
  @IsOptional()
  @MaxLength(100, { message: "转送（交办）机关名称过长（最多 100 字）" })
  forwardingAuthority?: string | null;
  @Field(() => String, { nullable: true, description: "转办单编号" })
  @IsOptional()
  @MaxLength(50, { message: "转办单编号过长（最多 50 字）" })
  forwardingReference?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "上级交办期限 YYYY-MM-DD（仅上级转送、交办件：上级机关要求报送办结报告的日期）",
  })
  @IsOptional()
  @Matches(DATE_RE, { message: "上级交办期限格式应为 YYYY-MM-DD" })
  authorityDueDate?: string | null;
  @Field(() => Date, { nullable: true, description: "收件（到达）时间，默认为现在" }) receivedAt?: Date | null;
  @Field(() => ReporterInput) @ValidateNested() reporter!: ReporterInput;
  @Field(() => [SubjectInput], { defaultValue: [] })
  @ArrayMaxSize(20, { message: "被反映人最多 20 个" })
  @ValidateNested()
  subjects!: SubjectInput[];
  @Field({ description: "问题类别编码" }) @Length(1, 32, { message: "问题类别编码长度应为 1–32" }) category!: string;
  @Field(() => ID, { nullable: true, description: "问题发生地（镇、街道）" })
  @IsOptional()
  @idLimit("镇（街道）")
  townId?: string | null;
  @Field() @Length(1, 500, { message: "摘要长度应为 1–500" }) summary!: string;
  @Field()
  @Length(1, MAX_STAFF_CONTENT_CHARS, { message: `全文长度应为 1–${MAX_STAFF_CONTENT_CHARS}` })
  content!: string;
  @Field(() => [AttachmentInput], { defaultValue: [] })
  @ArrayMaxSize(50, { message: "附件最多 50 个" })
  @ValidateNested()
  attachments!: AttachmentInput[];
  @Field(() => Int, { nullable: true, description: "来访：人数" }) visitorCount?: number | null;
  @Field(() => Int, { nullable: true, description: "联名人数（集体举报，单人举报不填）" })
  @IsOptional()
  @Min(0, { message: "联名人数不能为负" })
  @Max(100000, { message: "联名人数过大" })
  coSigners?: number | null;
  @Field(() => [String], { nullable: true, description: "来访：接待人员" })
  @IsOptional()
  @ArrayMaxSize(20, { message: "接待人员最多 20 个" })
  @MaxLength(50, { each: true, message: "接待人员姓名过长（最多 50 字）" })
  receivingStaff?: string[] | null;
  @Field(() => String, { nullable: true, description: "来电：号码" })
  @IsOptional()
  @MaxLength(20, { message: "来电号码过长（最多 20 位）" })
  callerNumber?: string | null;
  @Field(() => Date, { nullable: true, description: "来电：时间" }) callTime?: Date | null;
  @Field(() => String, { nullable: true, description: "来信：邮戳日期 YYYY-MM-DD" })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  postmarkDate?: string | null;
  @Field(() => Date, { nullable: true, description: "网上：提交时间" }) submittedAt?: Date | null;
}

@InputType({ description: "登记中的草稿：据此提示疑似贴牌和重复举报（不保存）" })
export class RegistrationHintsInput {
  @Field() @Length(1, 500, { message: "摘要长度应为 1–500" }) summary!: string;
  @Field({ defaultValue: "" })
  @MaxLength(MAX_STAFF_CONTENT_CHARS, { message: `全文最多 ${MAX_STAFF_CONTENT_CHARS} 字` })
  content!: string;
  @Field(() => String, { nullable: true, description: "问题类别编码" })
  @IsOptional()
  @MaxLength(32, { message: "问题类别编码最多 32 字" })
  category?: string | null;
  @Field(() => ID, { nullable: true, description: "问题发生地（镇、街道）" })
  @IsOptional()
  @idLimit("镇（街道）")
  townId?: string | null;
  @Field(() => [SubjectInput], { defaultValue: [] })
  @ArrayMaxSize(20, { message: "被反映人最多 20 个" })
  @ValidateNested()
  subjects!: SubjectInput[];
}

@InputType({ description: "群众在线举报（无需登录）" })
export class PublicReportInput {
  @Field(() => ReporterInput) @ValidateNested() reporter!: ReporterInput;
  @Field(() => [SubjectInput], { defaultValue: [] })
  @ArrayMaxSize(10, { message: "被反映人最多 10 个" })
  @ValidateNested()
  subjects!: SubjectInput[];
  @Field({ description: "问题类别编码" }) @Length(1, 32, { message: "问题类别编码长度应为 1–32" }) category!: string;
  @Field(() => ID, { nullable: true, description: "问题发生地（镇、街道）" })
  @IsOptional()
  @idLimit("镇（街道）")
  townId?: string | null;
  @Field() @Length(1, 200, { message: "标题（摘要）长度应为 1–200" }) summary!: string;
  @Field({ description: "举报内容（10–5000 字）" })
  @MinLength(MIN_CONTENT_CHARS, { message: `举报内容过短（至少${MIN_CONTENT_CHARS}个字），请写明被反映人和具体问题` })
  @MaxLength(MAX_CONTENT_CHARS, { message: `举报内容不能超过${MAX_CONTENT_CHARS}个字，可分次提交或上传附件` })
  content!: string;
}

@InputType({ description: "辨：业务范围内外" })
export class DistinguishInput {
  @Field(() => Scope) scope!: Scope;
  @Field(() => ID, { nullable: true, description: "业务范围外：主管部门" })
  @IsOptional()
  @idLimit("部门")
  competentDepartmentId?: string | null;
  @Field(() => String, { nullable: true, description: "理由" })
  @IsOptional()
  @MaxLength(2000, { message: "理由过长（最多 2000 字）" })
  note?: string | null;
}

@InputType({ description: "查：确认标记" })
export class CheckInput {
  @Field(() => [CheckFlag], { defaultValue: [] }) flags!: CheckFlag[];
  @Field(() => NotAcceptableGround, { nullable: true }) notAcceptableGround?: NotAcceptableGround | null;
  @Field(() => [ID], { nullable: true, description: "确认的在先重复件" })
  @IsOptional()
  @ArrayMaxSize(200, { message: "在先重复件最多 200 个" })
  @idsLimit("信访举报件")
  repeatOf?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "确认的贴牌相似件" })
  @IsOptional()
  @ArrayMaxSize(200, { message: "贴牌相似件最多 200 个" })
  @idsLimit("信访举报件")
  templatedWith?: string[] | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: "说明过长（最多 2000 字）" })
  note?: string | null;
}

@InputType({ description: "商：集体会商" })
export class ConsultInput {
  @Field(() => [String], { description: "参会人员或部门" })
  @ArrayMaxSize(50, { message: "参会人员或部门最多 50 个" })
  @MaxLength(50, { each: true, message: "参会人员或部门名称过长（最多 50 字）" })
  participants!: string[];
  @Field({ description: "会商纪要与结论" }) @Length(1, 20000, { message: "请填写会商纪要" }) minutes!: string;
}

@InputType({ description: "定：审定处置" })
export class DecideInput {
  @Field(() => Disposition) disposition!: Disposition;
  @Field(() => ID, {
    nullable: true,
    description: "承办单位（转送、交办时必填；移交主管部门时默认为“辨”中的主管部门）",
  })
  @IsOptional()
  @idLimit("承办单位")
  handlingDepartmentId?: string | null;
  @Field(() => String, { nullable: true, description: "交办期限 YYYY-MM-DD" })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  dueDate?: string | null;
  @Field(() => String, { nullable: true, description: "领导意见" })
  @IsOptional()
  @MaxLength(5000, { message: "领导意见过长（最多 5000 字）" })
  opinion?: string | null;
}

@ArgsType()
export class ReportFilter extends PageArgs {
  @Field(() => [ReportStatus], { nullable: true }) statuses?: ReportStatus[];
  @Field(() => Channel, { nullable: true }) channel?: Channel;
  @Field(() => Origin, { nullable: true }) origin?: Origin;
  @Field(() => Scope, { nullable: true }) scope?: Scope;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32, { message: "问题类别编码过长" }) category?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @idLimit("镇（街道）") townId?: string;
  @Field({ nullable: true, description: "收件日期起（含，YYYY-MM-DD）" })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  receivedFrom?: string;
  @Field({ nullable: true, description: "收件日期止（含，YYYY-MM-DD）" })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  receivedTo?: string;
  @Field({ nullable: true, description: "按编号或摘要查找" })
  @IsOptional()
  @Length(0, 100, { message: "查找内容过长（最多 100 字）" })
  search?: string;
}

export { TriageStep };

@InputType({ description: "签收时补录的上级交办信息（均可不填；已登记的不会被清空）" })
export class SignForInput {
  @Field(() => String, { nullable: true, description: "上级交办期限 YYYY-MM-DD" })
  @IsOptional()
  @Matches(DATE_RE, { message: "上级交办期限格式应为 YYYY-MM-DD" })
  authorityDueDate?: string | null;
  @Field(() => String, { nullable: true, description: "转送（交办）机关" })
  @IsOptional()
  @MaxLength(100, { message: "转送（交办）机关名称过长（最多 100 字）" })
  forwardingAuthority?: string | null;
  @Field(() => String, { nullable: true, description: "转办单编号" })
  @IsOptional()
  @MaxLength(50, { message: "转办单编号过长（最多 50 字）" })
  forwardingReference?: string | null;
}
