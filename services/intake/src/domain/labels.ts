import {
  Channel,
  CheckFlag,
  Disposition,
  NotAcceptableGround,
  Origin,
  ProblemCategory,
  ReportStatus,
  Scope,
  TriageStep,
} from "./enums";

/** Chinese names shown in the portal for every intake enum value. */

export const CHANNEL_LABELS: Record<Channel, string> = {
  [Channel.LETTER]: "来信",
  [Channel.VISIT]: "来访",
  [Channel.ONLINE]: "网络举报",
  [Channel.PHONE]: "电话举报",
};

export const ORIGIN_LABELS: Record<Origin, string> = {
  [Origin.SELF_RECEIVED]: "本级自收",
  [Origin.FORWARDED_FROM_SUPERIOR]: "上级转送",
  [Origin.ASSIGNED_BY_SUPERIOR]: "上级交办",
};

/** The one-character names staff use for the steps (辨、查、商、定). */
export const TRIAGE_STEP_SHORT_LABELS: Record<TriageStep, string> = {
  [TriageStep.DISTINGUISH]: "辨",
  [TriageStep.CHECK]: "查",
  [TriageStep.CONSULT]: "商",
  [TriageStep.DECIDE]: "定",
};

export const TRIAGE_STEP_LABELS: Record<TriageStep, string> = {
  [TriageStep.DISTINGUISH]: "明辨业务范围内外",
  [TriageStep.CHECK]: "细查贴牌、无实质内容和重复举报",
  [TriageStep.CONSULT]: "集体会商",
  [TriageStep.DECIDE]: "领导审核确定",
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  [ReportStatus.UNSIGNED]: "待签收",
  [ReportStatus.REGISTERED]: "已登记",
  [ReportStatus.DISTINGUISHED]: "已明辨",
  [ReportStatus.CHECKED]: "已细查",
  [ReportStatus.CONSULTED]: "已会商",
  [ReportStatus.DECIDED]: "已审定",
  [ReportStatus.ROUTED]: "已分办",
  [ReportStatus.IN_HANDLING]: "办理中",
  [ReportStatus.CONCLUDED]: "已办结",
  [ReportStatus.CLOSED]: "已结案",
};

export const SCOPE_LABELS: Record<Scope, string> = {
  [Scope.IN_SCOPE]: "业务范围内",
  [Scope.OUT_OF_SCOPE]: "业务范围外",
};

export const CHECK_FLAG_LABELS: Record<CheckFlag, string> = {
  [CheckFlag.TEMPLATED]: "贴牌举报",
  [CheckFlag.NO_SUBSTANCE]: "无实质内容",
  [CheckFlag.REPEAT]: "重复举报",
  [CheckFlag.NOT_ACCEPTABLE]: "不予受理",
};

export const NOT_ACCEPTABLE_GROUND_LABELS: Record<NotAcceptableGround, string> = {
  [NotAcceptableGround.LITIGATION_OR_ARBITRATION]: "应当通过诉讼、仲裁、行政复议等法定途径解决",
  [NotAcceptableGround.OTHER_BODY]: "属于其他机关或者单位职责范围",
  [NotAcceptableGround.NO_SUBSTANCE]: "仅有违纪违法指控而无具体事实（无实质内容）",
  [NotAcceptableGround.CONCLUDED_NO_NEW_FACTS]: "已依规依纪依法办结且无新的事实和证据",
};

export const DISPOSITION_LABELS: Record<Disposition, string> = {
  [Disposition.TALK_OR_LETTER_INQUIRY]: "谈话函询",
  [Disposition.PRELIMINARY_VERIFICATION]: "初步核实",
  [Disposition.HOLD]: "暂存待查",
  [Disposition.CLOSE]: "予以了结",
  [Disposition.INVESTIGATION]: "审查调查",
  [Disposition.TRANSFER_DOWN]: "转送下级",
  [Disposition.ASSIGN_DOWN]: "交办下级",
  [Disposition.TRANSFER_TO_DEPARTMENT]: "移送主管部门",
};

export const PROBLEM_CATEGORY_LABELS: Record<ProblemCategory, string> = {
  [ProblemCategory.POLITICAL_DISCIPLINE]: "政治纪律",
  [ProblemCategory.ORGANIZATIONAL_DISCIPLINE]: "组织纪律",
  [ProblemCategory.INTEGRITY_DISCIPLINE]: "廉洁纪律",
  [ProblemCategory.MASS_DISCIPLINE]: "群众纪律",
  [ProblemCategory.WORK_DISCIPLINE]: "工作纪律",
  [ProblemCategory.LIFE_DISCIPLINE]: "生活纪律",
  [ProblemCategory.LAW_AND_LITIGATION]: "涉法涉诉",
  [ProblemCategory.OTHER]: "其他",
};

export interface CategoryOption {
  code: string;
  label: string;
}

/** The starting list of problem categories; administrators may add their own. */
export const DEFAULT_PROBLEM_CATEGORIES: readonly CategoryOption[] = Object.values(ProblemCategory).map((code) => ({
  code,
  label: PROBLEM_CATEGORY_LABELS[code],
}));

/** Label of a stored category code, including ones added by administrators. */
export function problemCategoryLabel(code: string, extra: readonly CategoryOption[] = []): string {
  const custom = extra.find((c) => c.code === code);
  if (custom) return custom.label;
  return (PROBLEM_CATEGORY_LABELS as Record<string, string>)[code] ?? PROBLEM_CATEGORY_LABELS[ProblemCategory.OTHER];
}
