import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, jsonColumn, largeTextColumn } from "@prp/kit";
import { Channel, Origin, ReportStatus, Scope, Disposition } from "./enums";
import type { TriageState } from "../domain/triage";
import type { CheckProposals } from "../domain/proposals";

/** Channel-specific fields as stored; instants are ISO strings. Only the report's own channel's fields are set. */
export interface ChannelDetailsRecord {
  visitorCount: number | null;
  receivingStaff: string[] | null;
  /** Encrypted like the reporter's identity. */
  callerNumberEnc: string | null;
  callTime: string | null;
  postmarkDate: string | null;
  submittedAt: string | null;
}

/** Metadata of one attachment (the file itself is stored elsewhere). */
export interface AttachmentRecord {
  fileName: string;
  mimeType: string;
  size: number;
  sha256?: string | null;
}

/**
 * One petition or report (信访举报件), from registration to routing. Reporter identity is
 * stored encrypted (…Enc columns) and exposed only through `Report.reporter`, masked.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "信访举报件" })
@Entity("report")
@Index("UQ_report_serial", ["serial"], { unique: true })
@Index("UQ_report_idempotency", ["idempotencyKey"], { unique: true })
@Index("UQ_report_followup", ["followUpCodeHash"], { unique: true })
@Index("IDX_report_status", ["status"])
@Index("IDX_report_received", ["receivedAt"])
@Index("IDX_report_created", ["createdAt"])
export class Report {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Field({ description: "编号（年度内连续，如 2026-000123）" })
  @Column({ type: "varchar", length: 20 })
  serial!: string;

  @Field(() => Channel)
  @Column({ type: "varchar", length: 16 })
  channel!: Channel;

  @Field(() => Origin)
  @Column({ type: "varchar", length: 32 })
  origin!: Origin;

  @Field(() => String, { nullable: true, description: "转送（交办）机关" })
  @Column({ type: "varchar", length: 100, nullable: true })
  forwardingAuthority!: string | null;

  @Field(() => String, { nullable: true, description: "转办单编号" })
  @Column({ type: "varchar", length: 100, nullable: true })
  forwardingReference!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "上级交办期限 YYYY-MM-DD（上级机关要求报送办结报告的日期；上级转送、交办件登记或签收时填写）",
  })
  @Column({ type: "varchar", length: 10, nullable: true })
  authorityDueDate!: string | null;

  @Field(() => ReportStatus)
  @Column({ type: "varchar", length: 16 })
  status!: ReportStatus;

  @Field(() => Date, { description: "收件（到达）时间" })
  @dateColumn()
  receivedAt!: Date;

  @Column({ type: "varchar", length: 36, nullable: true })
  receivedById!: string | null;

  @Field(() => Date, { nullable: true, description: "签收时间" })
  @dateColumn({ nullable: true })
  signedAt!: Date | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  signedById!: string | null;

  @Field({ description: "是否实名举报" })
  @Column({ type: "boolean" })
  realName!: boolean;

  @Column({ type: "text", nullable: true }) reporterNameEnc!: string | null;
  @Column({ type: "text", nullable: true }) reporterIdNumberEnc!: string | null;
  @Column({ type: "text", nullable: true }) reporterPhoneEnc!: string | null;
  @Column({ type: "text", nullable: true }) reporterAddressEnc!: string | null;

  /** Keyed hash of the ID number: finds a reporter's other reports and counts public submissions. */
  @Index("IDX_report_reporter_index")
  @Column({ type: "varchar", length: 40, nullable: true })
  reporterIndex!: string | null;

  @Field({ description: "问题类别编码" })
  @Column({ type: "varchar", length: 32 })
  category!: string;

  @Index("IDX_report_town")
  @Column({ type: "varchar", length: 36, nullable: true })
  townId!: string | null;

  @Field({ description: "摘要" })
  @Column({ type: "varchar", length: 500 })
  summary!: string;

  @Field({ description: "全文" })
  @largeTextColumn()
  content!: string;

  /** Channel-specific fields (JSON); the caller's number inside is encrypted. */
  @jsonColumn()
  channelDetails!: ChannelDetailsRecord;

  /** Attachment metadata (JSON). */
  @jsonColumn()
  attachments!: AttachmentRecord[];

  /** `<user id>:<client key>`, so that one user's key never returns another user's report. */
  @Column({ type: "varchar", length: 100, nullable: true })
  idempotencyKey!: string | null;

  /** sha256 of the follow-up code (查询码) given to a public submitter; the code itself is not kept. */
  @Column({ type: "varchar", length: 64, nullable: true })
  followUpCodeHash!: string | null;

  @Field({ description: "是否由群众在线自行提交" })
  @Column({ type: "boolean", default: false })
  publicSubmission!: boolean;

  /**
   * The triage step machine's state (JSON); grows with consultations and reopenings. The columns
   * from `status` to `decidedAt` that mirror it are written from it by projectTriage
   * (domain/triage-columns.ts), never one by one.
   */
  @jsonColumn({ large: true })
  triage!: TriageState;

  @Field(() => Scope, { nullable: true })
  @Column({ type: "varchar", length: 16, nullable: true })
  scope!: Scope | null;

  /** Confirmed flags, comma-separated. */
  @Column({ type: "varchar", length: 200, default: "" })
  flags!: string;

  /** What the system proposed at registration (JSON): templated matches and repeats. */
  @jsonColumn({ large: true })
  proposals!: CheckProposals;

  @Field(() => Int, { description: "联名人数（集体举报；单人举报为 0）" })
  @Column({ type: "integer", default: 0 })
  coSigners!: number;

  @Field({ description: "是否重复举报" })
  @Column({ type: "boolean", default: false })
  isRepeat!: boolean;

  @Field(() => Disposition, { nullable: true })
  @Column({ type: "varchar", length: 40, nullable: true })
  disposition!: Disposition | null;

  @Column({ type: "varchar", length: 36, nullable: true }) handlingDepartmentId!: string | null;
  @Column({ type: "varchar", length: 36, nullable: true }) copyToDepartmentId!: string | null;
  @Column({ type: "varchar", length: 36, nullable: true }) competentDepartmentId!: string | null;

  @Field(() => String, { nullable: true, description: "交办期限（YYYY-MM-DD）" })
  @Column({ type: "varchar", length: 10, nullable: true })
  decisionDueDate!: string | null;

  @Field(() => Date, { nullable: true })
  @dateColumn({ nullable: true })
  decidedAt!: Date | null;

  /** MinHash signature (base64) and the settings it was made with. */
  @Column({ type: "text" }) signature!: string;
  @Column({ type: "varchar", length: 64 }) signatureVersion!: string;

  @Field(() => String, { nullable: true, description: "受理告知期限（实名举报，YYYY-MM-DD）" })
  @Column({ type: "varchar", length: 10, nullable: true })
  acceptanceDueDate!: string | null;

  @Field(() => Date, { nullable: true, description: "已告知受理情况的时间" })
  @dateColumn({ nullable: true })
  acceptanceNoticeAt!: Date | null;

  @Field(() => Date)
  @dateColumn()
  createdAt!: Date;

  @Field(() => Date)
  @dateColumn()
  updatedAt!: Date;
}
