import { DepartmentRef } from "@prp/kit";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { Case } from "../entities/Case";
import { Transfer } from "../entities/Transfer";
import { CaseStatus, FeedbackState, LabelCategory, LabelColour, SupervisionMode } from "../entities";

/** GraphQL types of the reporter loop, colour labels, transfer supervision and the monthly dispatch. */

@ObjectType({ description: "生成的文件（Base64 编码）" })
export class GeneratedFile {
  @Field({ description: "文件名" }) fileName!: string;
  @Field({ description: "MIME 类型" }) mimeType!: string;
  @Field({ description: "文件内容（Base64）" }) base64!: string;
}

@ObjectType({ description: "办理结果反馈倒计时（办结后 15 个工作日内反馈实名举报人）" })
export class FeedbackCountdownInfo {
  @Field(() => FeedbackState) state!: FeedbackState;
  @Field(() => String, { nullable: true, description: "反馈期限 YYYY-MM-DD" }) dueDate!: string | null;
  @Field(() => Int, { nullable: true, description: "剩余工作日（负数为已逾期）" }) workingDaysLeft!: number | null;
}

@ObjectType({ description: "逾期未反馈（或即将到期）的实名举报案件" })
export class OverdueFeedbackItem {
  @Field(() => Case) case!: Case;
  @Field(() => FeedbackCountdownInfo) countdown!: FeedbackCountdownInfo;
}

@ObjectType({ description: "色标类别判定" })
export class LabelFindingInfo {
  @Field(() => LabelCategory) category!: LabelCategory;
  @Field(() => LabelColour) colour!: LabelColour;
  @Field(() => Int, { description: "判定依据的数值（次数、人数或月数）" }) value!: number;
}

@ObjectType({ description: "一次色标筛查的结果" })
export class ScreeningResultInfo {
  @Field({ description: "筛查编号" }) screeningId!: string;
  @Field(() => Int, { description: "筛查案件数" }) screened!: number;
  @Field(() => Int, { description: "色标变化的案件数" }) changed!: number;
  @Field(() => [ColourCount], { description: "各颜色案件数" }) byColour!: ColourCount[];
}

@ObjectType({ description: "按颜色计数" })
export class ColourCount {
  @Field(() => LabelColour) colour!: LabelColour;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "移交反馈的附件信息（文件另行存放）" })
export class TransferAttachmentInfo {
  @Field({ description: "文件名" }) fileName!: string;
  @Field(() => Int, { description: "大小（字节）" }) sizeBytes!: number;
  @Field(() => String, { nullable: true, description: "MIME 类型" }) mimeType!: string | null;
}

@ObjectType({ description: "移交件督办状态" })
export class TransferSupervisionInfo {
  @Field({ description: "反馈期限 YYYY-MM-DD" }) feedbackDueDate!: string;
  @Field({ description: "已逾期未反馈" }) overdue!: boolean;
  @Field(() => Int, { nullable: true, description: "距反馈期限的工作日（负数为已逾期），已反馈为空" })
  workingDaysLeft!: number | null;
  @Field(() => String, { nullable: true, description: "当前答复期限（最近一次督办后）YYYY-MM-DD" }) answerDueDate!:
    string | null;
  @Field(() => SupervisionMode, { nullable: true, description: "建议的下一督办方式（答复期限已过时）" })
  suggestedMode!: SupervisionMode | null;
  @Field(() => SupervisionMode, { nullable: true, description: "最近一次督办方式" }) lastMode!: SupervisionMode | null;
}

@ObjectType({ description: "逾期移交件" })
export class OverdueTransferInfo {
  @Field(() => Transfer) transfer!: Transfer;
  @Field(() => TransferSupervisionInfo) supervision!: TransferSupervisionInfo;
}

@ObjectType({ description: "某主管部门的逾期移交件" })
export class DepartmentOverdueInfo {
  @Field(() => DepartmentRef, { nullable: true, description: "主管部门" }) department!: DepartmentRef | null;
  @Field(() => Int, { description: "逾期件数" }) count!: number;
  @Field(() => [OverdueTransferInfo]) transfers!: OverdueTransferInfo[];
}

@ObjectType({ description: "按办理阶段计数" })
export class StageCount {
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "按分级计数" })
export class GradeCount {
  @Field() grade!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "承办单位的调度数据" })
export class UnitDispatchFigures {
  @Field(() => DepartmentRef, { nullable: true, description: "承办单位" }) unit!: DepartmentRef | null;
  @Field(() => Int, { description: "调度案件" }) cases!: number;
  @Field(() => Int, { description: "新增" }) newCases!: number;
  @Field(() => Int, { description: "办结" }) concluded!: number;
  @Field(() => Int, { description: "逾期未办结" }) overdue!: number;
  @Field(() => Int, { description: "结果反馈" }) feedbackGiven!: number;
  @Field(() => Int, { description: "结服（满意或基本满意）" }) accepted!: number;
}

@ObjectType({ description: "色标案件及其进展" })
export class LabelledCaseInfo {
  @Field(() => Case) case!: Case;
  @Field(() => LabelColour) colour!: LabelColour;
  @Field(() => [LabelCategory]) categories!: LabelCategory[];
  @Field(() => CaseStatus, { description: "期末办理阶段" }) status!: CaseStatus;
  @Field(() => Date, { nullable: true, description: "最近进展时间" }) lastProgressAt!: Date | null;
}

@ObjectType({ description: "每月调度（办理情况统计）" })
export class DispatchFiguresInfo {
  @Field({ description: "起始日期" }) from!: string;
  @Field({ description: "截止日期" }) to!: string;
  @Field(() => Int, { description: "调度案件数（期末前立办、期初前未结案）" }) cases!: number;
  @Field(() => [StageCount], { description: "按期末办理阶段" }) byStatus!: StageCount[];
  @Field(() => [GradeCount], { description: "按分级" }) byGrade!: GradeCount[];
  @Field(() => [UnitDispatchFigures], { description: "按承办单位" }) byUnit!: UnitDispatchFigures[];
  @Field(() => Int, { description: "本期新增" }) newCases!: number;
  @Field(() => Int, { description: "本期办结" }) concluded!: number;
  @Field(() => Int, { description: "逾期未办结（期末）" }) overdue!: number;
  @Field(() => Int, { description: "本期结果反馈" }) feedbackGiven!: number;
  @Field(() => Int, { description: "逾期未反馈（期末）" }) feedbackOverdue!: number;
  @Field(() => Int, { description: "满意" }) satisfied!: number;
  @Field(() => Int, { description: "基本满意" }) basicallySatisfied!: number;
  @Field(() => Int, { description: "不满意" }) dissatisfied!: number;
  @Field(() => Float, { nullable: true, description: "结服率 = 满意与基本满意 ÷ 本期结果反馈（0–1）" })
  satisfactionRate!: number | null;
  @Field(() => [ColourCount], { description: "色标案件数" }) labelledByColour!: ColourCount[];
  @Field(() => [LabelledCaseInfo], { description: "色标案件及其进展" }) labelled!: LabelledCaseInfo[];
}
