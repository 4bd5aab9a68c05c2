import { registerLabelledEnum } from "@prp/kit";
import { REMINDER_KIND_LABELS, ReminderKind } from "../domain/reminders";
import { OWNERSHIP_STATUS_LABELS, OwnershipStatus, SCREENING_REASON_LABELS, ScreeningReason } from "../domain/enums";

export * from "../domain/enums";
export { ReminderKind } from "../domain/reminders";

registerLabelledEnum(ScreeningReason, "ScreeningReason", "包案筛选理由", SCREENING_REASON_LABELS);
registerLabelledEnum(OwnershipStatus, "OwnershipStatus", "包案状态", OWNERSHIP_STATUS_LABELS);
registerLabelledEnum(ReminderKind, "OwnershipReminderKind", "包案提醒事项", REMINDER_KIND_LABELS);
