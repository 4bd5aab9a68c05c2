import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { DepartmentRef, Paginated, TownRef } from "@prp/kit";
import { Report } from "../entities/Report";
import { CheckFlag, Disposition, NotAcceptableGround, Scope } from "../entities/enums";

@ObjectType()
export class ReportPage extends Paginated(Report) {}

@ObjectType({ description: "举报人信息（默认脱敏显示）" })
export class ReporterView {
  @Field({ description: "是否实名" }) realName!: boolean;
  @Field({ description: "是否为明文（有权查看并已记录审计）" }) unmasked!: boolean;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) idNumber!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
}

@ObjectType({ description: "附件信息" })
export class AttachmentView {
  @Field() fileName!: string;
  @Field() mimeType!: string;
  @Field(() => Int, { description: "字节数" }) size!: number;
  @Field(() => String, { nullable: true }) sha256!: string | null;
}

@ObjectType({ description: "渠道信息" })
export class ChannelDetailsView {
  @Field(() => Int, { nullable: true, description: "来访人数" }) visitorCount!: number | null;
  @Field(() => [String], { nullable: true, description: "接待人员" }) receivingStaff!: string[] | null;
  @Field(() => String, { nullable: true, description: "来电号码（脱敏）" }) callerNumber!: string | null;
  @Field(() => Date, { nullable: true, description: "来电时间" }) callTime!: Date | null;
  @Field(() => String, { nullable: true, description: "邮戳日期" }) postmarkDate!: string | null;
  @Field(() => Date, { nullable: true, description: "网上提交时间" }) submittedAt!: Date | null;
}

@ObjectType({ description: "相似件（疑似贴牌）" })
export class SimilarReport {
  @Field(() => Report) report!: Report;
  @Field(() => Float, { description: "相似度（0–1）" }) similarity!: number;
}

@ObjectType({ description: "系统提示（待细查确认）" })
export class CheckProposal {
  @Field(() => [CheckFlag], { description: "建议标记" }) flags!: CheckFlag[];
  @Field(() => [SimilarReport], { description: "文字高度相似的在先件（贴牌）" }) templatedWith!: SimilarReport[];
  @Field(() => [SimilarReport], { description: "登记时发现与本件文字高度相似的在后件（贴牌），按收件时间先后" })
  templatedCopies!: SimilarReport[];
  @Field(() => [Report], { description: "同一被反映人、同一事项的在先件（重复举报）" }) repeatOf!: Report[];
  @Field(() => Int, { description: "在先重复件数" }) repeatCount!: number;
}

@ObjectType({ description: "辨：业务范围内外" })
export class DistinguishView {
  @Field(() => Scope) scope!: Scope;
  @Field(() => DepartmentRef, { nullable: true, description: "主管部门（业务范围外）" })
  competentDepartment!: DepartmentRef | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: "查：确认的标记" })
export class CheckView {
  @Field(() => [CheckFlag]) flags!: CheckFlag[];
  @Field(() => NotAcceptableGround, { nullable: true }) notAcceptableGround!: NotAcceptableGround | null;
  @Field(() => [ID]) repeatOf!: string[];
  @Field(() => [ID]) templatedWith!: string[];
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: "商：集体会商" })
export class ConsultView {
  @Field(() => [String], { description: "参会人员或部门" }) participants!: string[];
  @Field({ description: "会商纪要与结论" }) minutes!: string;
}

@ObjectType({ description: "定：领导审定的处置" })
export class DecisionView {
  @Field(() => Disposition) disposition!: Disposition;
  @Field(() => DepartmentRef, { nullable: true, description: "承办单位" }) handlingDepartment!: DepartmentRef | null;
  @Field(() => DepartmentRef, { nullable: true, description: "抄送的联系室或派驻组（移交主管部门时）" })
  copyToDepartment!: DepartmentRef | null;
  @Field(() => String, { nullable: true, description: "交办期限" }) dueDate!: string | null;
  @Field(() => String, { nullable: true, description: "领导意见" }) opinion!: string | null;
}

@ObjectType({ description: "辨查商定研判情况" })
export class TriageView {
  @Field(() => DistinguishView, { nullable: true }) distinguish!: DistinguishView | null;
  @Field(() => CheckView, { nullable: true }) check!: CheckView | null;
  @Field(() => ConsultView, { nullable: true }) consult!: ConsultView | null;
  @Field(() => DecisionView, { nullable: true }) decision!: DecisionView | null;
  @Field(() => Int, { description: "被领导重新打开的次数" }) reopenCount!: number;
  @Field(() => [String], { description: "下一步可进行的研判步骤" }) nextSteps!: string[];
}

@ObjectType({ description: "期限" })
export class DeadlineView {
  @Field({ description: "到期日（YYYY-MM-DD，北京时间）" }) dueDate!: string;
  @Field(() => Date, { description: "到期时刻（当日结束）" }) dueAt!: Date;
  @Field(() => Int, { description: "剩余工作日（负数为已超期）" }) workingDaysLeft!: number;
  @Field({ description: "是否已超期" }) overdue!: boolean;
}

@ObjectType({ description: "网上举报回执" })
export class PublicReceipt {
  @Field({ description: "编号" }) serial!: string;
  @Field({ description: "查询码：请妥善保存，凭此查询办理进度" }) followUpCode!: string;
  @Field(() => Date) receivedAt!: Date;
}

@ObjectType({ description: "办理进度（公开信息）" })
export class PublicProgress {
  @Field() serial!: string;
  @Field({ description: "当前阶段" }) stage!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType({ description: "分项计数" })
export class CountByKey {
  @Field({ description: "编码" }) key!: string;
  @Field({ description: "名称" }) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "按镇（街道）计数" })
export class CountByTown {
  @Field(() => TownRef, { nullable: true, description: "空为未指明" }) town!: TownRef | null;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "受理统计" })
export class IntakeStatistics {
  @Field(() => Int, { description: "收件总数" }) total!: number;
  @Field(() => [CountByKey]) byChannel!: CountByKey[];
  @Field(() => [CountByKey]) byOrigin!: CountByKey[];
  @Field(() => [CountByKey]) byCategory!: CountByKey[];
  @Field(() => [CountByTown]) byTown!: CountByTown[];
  @Field(() => [CountByKey], { description: "业务范围内外（未研判的不计）" }) byScope!: CountByKey[];
  @Field(() => [CountByKey], { description: "细查确认的标记" }) byFlag!: CountByKey[];
  @Field(() => [CountByKey], { description: "处置方式" }) byDisposition!: CountByKey[];
  @Field(() => Float, { description: "实名举报占比（0–1）" }) realNameShare!: number;
  @Field(() => Int, { description: "上级转送（交办）件数" }) forwardedCount!: number;
  @Field(() => Int, { description: "未当天签收的件数" }) lateSignForCount!: number;
}

/** The shared statistics entity: each subgraph resolves its own part (see ARCHITECTURE.md). */
@Directive('@key(fields: "from to")')
@ObjectType({ description: "统计期间（各子图分别提供本领域的统计）" })
export class Period {
  @Field({ description: "起始日期（含，YYYY-MM-DD）" }) from!: string;
  @Field({ description: "截止日期（含，YYYY-MM-DD）" }) to!: string;
}
