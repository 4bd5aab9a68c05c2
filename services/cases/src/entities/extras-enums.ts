import { registerEnumType } from "type-graphql";
import {
  CONTACT_CHANNEL_LABELS,
  CONTACT_KIND_LABELS,
  ContactChannel,
  ContactKind,
  FEEDBACK_STATE_LABELS,
  FeedbackState,
  REPORTER_RESPONSE_LABELS,
  ReporterResponse,
} from "../domain/reporter-loop";
import { LABEL_CATEGORY_LABELS, LABEL_COLOUR_LABELS, LabelCategory, LabelColour } from "../domain/colour-labels";
import { SUPERVISION_MODE_LABELS, SupervisionMode } from "../domain/transfer-supervision";

/** The enums of the reporter loop, colour labels and transfer supervision, registered for GraphQL with their Chinese names. */
const withLabels = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v }]));

registerEnumType(ContactKind, {
  name: "ContactKind",
  description: "与举报人沟通的类型",
  valuesConfig: withLabels(CONTACT_KIND_LABELS),
});
registerEnumType(ContactChannel, {
  name: "ContactChannel",
  description: "沟通方式",
  valuesConfig: withLabels(CONTACT_CHANNEL_LABELS),
});
registerEnumType(ReporterResponse, {
  name: "ReporterResponse",
  description: "举报人对办理结果的评价",
  valuesConfig: withLabels(REPORTER_RESPONSE_LABELS),
});
registerEnumType(FeedbackState, {
  name: "FeedbackState",
  description: "结果反馈状态",
  valuesConfig: withLabels(FEEDBACK_STATE_LABELS),
});
registerEnumType(LabelColour, {
  name: "LabelColour",
  description: "色标颜色",
  valuesConfig: withLabels(LABEL_COLOUR_LABELS),
});
registerEnumType(LabelCategory, {
  name: "LabelCategory",
  description: "色标类别（五类重点）",
  valuesConfig: withLabels(LABEL_CATEGORY_LABELS),
});
registerEnumType(SupervisionMode, {
  name: "SupervisionMode",
  description: "督办方式",
  valuesConfig: withLabels(SUPERVISION_MODE_LABELS),
});

export { ContactChannel, ContactKind, FeedbackState, LabelCategory, LabelColour, ReporterResponse, SupervisionMode };
