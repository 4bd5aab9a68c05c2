import { registerLabelledEnum } from "@prp/kit";
import { CAMPAIGN_STATUS_LABELS, CampaignStatus, RECEPTION_STATUS_LABELS, ReceptionStatus } from "../domain/field-work";

export { CampaignStatus, ReceptionStatus } from "../domain/field-work";

registerLabelledEnum(ReceptionStatus, "ReceptionStatus", "公开接访状态", RECEPTION_STATUS_LABELS);
registerLabelledEnum(CampaignStatus, "CampaignStatus", "专项整治状态", CAMPAIGN_STATUS_LABELS);
