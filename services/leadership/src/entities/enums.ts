import { registerLabelledEnum } from "@prp/kit";
import {
  CASE_STAGE_LABELS,
  CaseStage,
  OWNERSHIP_STATUS_LABELS,
  OwnershipStatus,
  SCREENING_REASON_LABELS,
  ScreeningReason,
} from "../domain/enums";

export * from "../domain/enums";

registerLabelledEnum(ScreeningReason, "ScreeningReason", "包案筛选理由", SCREENING_REASON_LABELS);
registerLabelledEnum(OwnershipStatus, "OwnershipStatus", "包案状态", OWNERSHIP_STATUS_LABELS);
registerLabelledEnum(CaseStage, "OwnedCaseStage", "案件所处阶段（据办理子图事件）", CASE_STAGE_LABELS);
