import { registerLabelledEnum } from "@prp/kit";
import { RECEPTION_STATUS_LABELS, ReceptionStatus } from "../domain/field-work";

export { ReceptionStatus } from "../domain/field-work";

registerLabelledEnum(ReceptionStatus, "ReceptionStatus", "公开接访状态", RECEPTION_STATUS_LABELS);
