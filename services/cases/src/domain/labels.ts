import {
  CaseGrade,
  CaseStatus,
  CaseUnitRole,
  Finding,
  HandlingMode,
  SupervisionLevel,
  TaskStatus,
  TransferStatus,
} from "./enums";

/** Chinese labels of every value, for the schema's descriptions and the public stage text. */
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  [CaseStatus.PENDING_ACCEPTANCE]: "待受理",
  [CaseStatus.ACCEPTED]: "已受理",
  [CaseStatus.IN_PROGRESS]: "办理中",
  [CaseStatus.CONCLUDED]: "已办结",
  [CaseStatus.FEEDBACK_GIVEN]: "已反馈",
  [CaseStatus.CLOSED]: "已结案",
  [CaseStatus.WITHDRAWN]: "已撤回",
};
export const CASE_GRADE_LABELS: Record<CaseGrade, string> = {
  [CaseGrade.ROUTINE]: "一般（每月调度）",
  [CaseGrade.KEY]: "重点（复杂重点）",
};
export const HANDLING_MODE_LABELS: Record<HandlingMode, string> = {
  [HandlingMode.SINGLE_UNIT]: "单独办理",
  [HandlingMode.REGIONAL_COORDINATION]: "片区协作",
  [HandlingMode.JOINT]: "“室组地”联合办理",
};
export const FINDING_LABELS: Record<Finding, string> = {
  [Finding.SUBSTANTIATED]: "属实",
  [Finding.PARTLY_SUBSTANTIATED]: "部分属实",
  [Finding.UNSUBSTANTIATED]: "不属实",
};
export const SUPERVISION_LEVEL_LABELS: Record<SupervisionLevel, string> = {
  [SupervisionLevel.COMMISSION]: "市纪委监委挂牌督办",
  [SupervisionLevel.LEADER]: "委领导挂牌督办",
};
export const CASE_UNIT_ROLE_LABELS: Record<CaseUnitRole, string> = {
  [CaseUnitRole.HANDLING]: "承办单位",
  [CaseUnitRole.COORDINATOR]: "协调单位",
  [CaseUnitRole.PARTICIPANT]: "参与单位",
  [CaseUnitRole.LEAD]: "牵头单位",
  [CaseUnitRole.MEMBER]: "成员单位",
};
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  [TaskStatus.OPEN]: "未开始",
  [TaskStatus.IN_PROGRESS]: "进行中",
  [TaskStatus.DONE]: "已完成",
};
export const TRANSFER_STATUS_LABELS: Record<TransferStatus, string> = {
  [TransferStatus.OPEN]: "待反馈",
  [TransferStatus.WITHDRAWN]: "已撤回",
};
