import { registerEnumType } from "type-graphql";
import {
  CaseGrade,
  CaseStatus,
  CaseUnitRole,
  Finding,
  HandlingMode,
  SupervisionLevel,
  TaskStatus,
  TransferStatus,
} from "../domain/enums";
import {
  CASE_GRADE_LABELS,
  CASE_STATUS_LABELS,
  CASE_UNIT_ROLE_LABELS,
  FINDING_LABELS,
  HANDLING_MODE_LABELS,
  SUPERVISION_LEVEL_LABELS,
  TASK_STATUS_LABELS,
  TRANSFER_STATUS_LABELS,
} from "../domain/labels";

const withLabels = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v }]));

registerEnumType(CaseStatus, {
  name: "CaseStatus",
  description: "案件办理状态",
  valuesConfig: withLabels(CASE_STATUS_LABELS),
});
registerEnumType(CaseGrade, {
  name: "CaseGrade",
  description: "分级分类",
  valuesConfig: withLabels(CASE_GRADE_LABELS),
});
registerEnumType(HandlingMode, {
  name: "HandlingMode",
  description: "办理方式",
  valuesConfig: withLabels(HANDLING_MODE_LABELS),
});
registerEnumType(Finding, { name: "Finding", description: "核查结论", valuesConfig: withLabels(FINDING_LABELS) });
registerEnumType(SupervisionLevel, {
  name: "SupervisionLevel",
  description: "挂牌督办级别",
  valuesConfig: withLabels(SUPERVISION_LEVEL_LABELS),
});
registerEnumType(CaseUnitRole, {
  name: "CaseUnitRole",
  description: "单位在案件中的角色",
  valuesConfig: withLabels(CASE_UNIT_ROLE_LABELS),
});
registerEnumType(TaskStatus, {
  name: "TaskStatus",
  description: "任务状态",
  valuesConfig: withLabels(TASK_STATUS_LABELS),
});
registerEnumType(TransferStatus, {
  name: "TransferStatus",
  description: "移交状态",
  valuesConfig: withLabels(TRANSFER_STATUS_LABELS),
});

export { CaseGrade, CaseStatus, CaseUnitRole, Finding, HandlingMode, SupervisionLevel, TaskStatus, TransferStatus };
