import { registerEnumType } from "type-graphql";
import {
  CHANNEL_LABELS, CHECK_FLAG_LABELS, DISPOSITION_LABELS, NOT_ACCEPTABLE_GROUND_LABELS, ORIGIN_LABELS,
  REPORT_STATUS_LABELS, SCOPE_LABELS, TRIAGE_STEP_LABELS,
} from "../domain/labels";
import { Channel, CheckFlag, Disposition, NotAcceptableGround, Origin, ReportStatus, Scope, TriageStep } from "../domain/enums";

const withLabels = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v }]));

registerEnumType(Channel, { name: "Channel", description: "渠道（信、访、网、电）", valuesConfig: withLabels(CHANNEL_LABELS) });
registerEnumType(Origin, { name: "Origin", description: "来源", valuesConfig: withLabels(ORIGIN_LABELS) });
registerEnumType(ReportStatus, { name: "ReportStatus", description: "受理状态", valuesConfig: withLabels(REPORT_STATUS_LABELS) });
registerEnumType(Scope, { name: "Scope", description: "业务范围内外", valuesConfig: withLabels(SCOPE_LABELS) });
registerEnumType(CheckFlag, { name: "CheckFlag", description: "细查标记", valuesConfig: withLabels(CHECK_FLAG_LABELS) });
registerEnumType(NotAcceptableGround, { name: "NotAcceptableGround", description: "不予受理理由", valuesConfig: withLabels(NOT_ACCEPTABLE_GROUND_LABELS) });
registerEnumType(Disposition, { name: "Disposition", description: "处置方式", valuesConfig: withLabels(DISPOSITION_LABELS) });
registerEnumType(TriageStep, { name: "TriageStep", description: "研判步骤（辨、查、商、定）", valuesConfig: withLabels(TRIAGE_STEP_LABELS) });

export enum EscalationStatus {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  AMENDED = "AMENDED",
}
registerEnumType(EscalationStatus, {
  name: "EscalationStatus",
  description: "呈批状态",
  valuesConfig: { PENDING: { description: "待领导批示" }, APPROVED: { description: "同意拟办意见" }, AMENDED: { description: "修改后同意" } },
});

export { Channel, CheckFlag, Disposition, NotAcceptableGround, Origin, ReportStatus, Scope, TriageStep };
