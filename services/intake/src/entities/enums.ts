import { registerLabelledEnum } from "@prp/kit";
import {
  CHANNEL_LABELS,
  CHECK_FLAG_LABELS,
  DISPOSITION_LABELS,
  NOT_ACCEPTABLE_GROUND_LABELS,
  ORIGIN_LABELS,
  REPORT_STATUS_LABELS,
  SCOPE_LABELS,
  TRIAGE_STEP_LABELS,
} from "../domain/labels";
import {
  Channel,
  CheckFlag,
  Disposition,
  NotAcceptableGround,
  Origin,
  ReportStatus,
  Scope,
  TriageStep,
} from "../domain/enums";

registerLabelledEnum(Channel, "Channel", "渠道（信、访、网、电）", CHANNEL_LABELS);
registerLabelledEnum(Origin, "Origin", "来源", ORIGIN_LABELS);
registerLabelledEnum(ReportStatus, "ReportStatus", "受理状态", REPORT_STATUS_LABELS);
registerLabelledEnum(Scope, "Scope", "业务范围内外", SCOPE_LABELS);
registerLabelledEnum(CheckFlag, "CheckFlag", "细查标记", CHECK_FLAG_LABELS);
registerLabelledEnum(NotAcceptableGround, "NotAcceptableGround", "不予受理理由", NOT_ACCEPTABLE_GROUND_LABELS);
registerLabelledEnum(Disposition, "Disposition", "处置方式", DISPOSITION_LABELS);
registerLabelledEnum(TriageStep, "TriageStep", "研判步骤（辨、查、商、定）", TRIAGE_STEP_LABELS);

export enum EscalationStatus {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  AMENDED = "AMENDED",
}
registerLabelledEnum(EscalationStatus, "EscalationStatus", "呈批状态", {
  PENDING: "待领导批示",
  APPROVED: "同意拟办意见",
  AMENDED: "修改后同意",
});

export { Channel, CheckFlag, Disposition, NotAcceptableGround, Origin, ReportStatus, Scope, TriageStep };
