import { ArgsType, Field, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import {
  ContactChannel,
  ContactKind,
  LabelCategory,
  LabelColour,
  ReporterResponse,
  SupervisionMode,
} from "../entities";
import { CONTACT_LIMITS } from "../domain/reporter-loop";
import { MAX_ATTACHMENT_BYTES, TRANSFER_TEXT_LIMITS } from "../domain/transfer-supervision";

@InputType({ description: "与举报人的一次沟通" })
export class ReporterContactInput {
  @Field(() => ContactKind) @IsIn(Object.values(ContactKind)) kind!: ContactKind;
  @Field(() => ContactChannel) @IsIn(Object.values(ContactChannel)) channel!: ContactChannel;
  @Field(() => Date, { nullable: true, description: "沟通时间（默认现在）" }) @IsOptional() at?: Date | null;
  @Field({ description: "沟通人" })
  @Length(1, CONTACT_LIMITS.who, { message: `沟通人长度应为 1–${CONTACT_LIMITS.who}` })
  who!: string;
  @Field({ description: "沟通内容" })
  @Length(1, CONTACT_LIMITS.said, { message: `沟通内容长度应为 1–${CONTACT_LIMITS.said}` })
  said!: string;
  @Field(() => ReporterResponse, { nullable: true, description: "举报人评价（结果反馈或评价时）" })
  @IsOptional()
  response?: ReporterResponse | null;
}

@InputType({ description: "附件信息" })
export class TransferAttachmentInput {
  @Field() @Length(1, TRANSFER_TEXT_LIMITS.fileName) fileName!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(MAX_ATTACHMENT_BYTES) sizeBytes!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100) mimeType?: string | null;
}

@InputType({ description: "主管部门的办理情况反馈" })
export class TransferFeedbackInput {
  @Field({ description: "办理情况" })
  @Length(1, TRANSFER_TEXT_LIMITS.content, { message: `办理情况长度应为 1–${TRANSFER_TEXT_LIMITS.content}` })
  content!: string;
  @Field(() => [TransferAttachmentInput], { nullable: true, description: "附件信息" })
  @IsOptional()
  @ArrayMaxSize(TRANSFER_TEXT_LIMITS.attachments)
  @ValidateNested({ each: true })
  attachments?: TransferAttachmentInput[] | null;
  @Field(() => Date, { nullable: true, description: "反馈时间（默认现在）" }) @IsOptional() at?: Date | null;
}

@InputType({ description: "督办" })
export class SuperviseTransferInput {
  @Field(() => SupervisionMode) @IsIn(Object.values(SupervisionMode)) mode!: SupervisionMode;
  @Field({ description: "督办情况" })
  @Length(1, TRANSFER_TEXT_LIMITS.note, { message: `督办情况长度应为 1–${TRANSFER_TEXT_LIMITS.note}` })
  note!: string;
  @Field(() => Date, { nullable: true, description: "督办时间（默认现在）" }) @IsOptional() at?: Date | null;
}

@ArgsType()
export class LabelledCaseArgs {
  @Field(() => LabelColour, { nullable: true }) @IsOptional() colour?: LabelColour | null;
  @Field(() => LabelCategory, { nullable: true }) @IsOptional() category?: LabelCategory | null;
}

export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

@ArgsType()
export class MonthArgs {
  @Field({ description: "月份 YYYY-MM" }) @Matches(MONTH_RE, { message: "月份格式应为 YYYY-MM" }) month!: string;
}
