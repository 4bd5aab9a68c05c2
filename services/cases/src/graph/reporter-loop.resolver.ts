import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from "type-graphql";
import { type SubgraphContext } from "@prp/kit";
import { Case } from "../entities/Case";
import { ReporterContact } from "../entities/ReporterContact";
import { closedNotAccepted, ReporterResponse } from "../domain/reporter-loop";
import {
  caseFeedbackCountdown,
  NoticeDocumentKind,
  overdueFeedback,
  recordReporterContact,
  REPORTER_LOOP_ROLES,
} from "../app/reporter-loop";
import { casesDeps } from "./cases-deps";
import { ReporterContactInput } from "./extras.inputs";
import { FeedbackCountdownInfo, GeneratedFile, OverdueFeedbackItem } from "./extras.types";
import { noticeDocument } from "../app/reporter-loop";

registerEnumType(NoticeDocumentKind, {
  name: "NoticeDocumentKind",
  description: "告知文书",
  valuesConfig: { ACCEPTANCE_NOTICE: { description: "受理告知书" }, RESULT_FEEDBACK: { description: "办理结果反馈" } },
});

const countdownInfo = (c: {
  state: FeedbackCountdownInfo["state"];
  dueDate: string | null;
  daysLeft: number | null;
}): FeedbackCountdownInfo => ({
  state: c.state,
  dueDate: c.dueDate,
  workingDaysLeft: c.daysLeft,
});

/** 与实名举报人全过程沟通: contacts, result feedback, the reporter's answer, overdue list, the letters. */
@Resolver(() => Case)
export class ReporterLoopResolver {
  @Authorized(...REPORTER_LOOP_ROLES)
  @Mutation(() => ReporterContact, {
    description: "记录与实名举报人的沟通：进展沟通、办理结果反馈（案件进入“已反馈”）、举报人评价",
  })
  async recordReporterContact(
    @Ctx() ctx: SubgraphContext,
    @Arg("caseId", () => ID) caseId: string,
    @Arg("input", () => ReporterContactInput) input: ReporterContactInput,
  ): Promise<ReporterContact> {
    return recordReporterContact(casesDeps(ctx), caseId, input);
  }

  @Authorized(...REPORTER_LOOP_ROLES)
  @Query(() => [OverdueFeedbackItem], {
    nullable: true,
    description: "逾期未向实名举报人反馈办理结果的案件（dueWithin：同时列出几个工作日内到期的）",
  })
  async overdueResultFeedback(
    @Ctx() ctx: SubgraphContext,
    @Arg("dueWithin", () => Int, { defaultValue: 0 }) dueWithin: number,
  ): Promise<OverdueFeedbackItem[]> {
    const items = await overdueFeedback(casesDeps(ctx), ctx.user!, Math.max(0, Math.min(dueWithin, 15)));
    return items.map((i) => ({ case: i.case, countdown: countdownInfo(i.countdown) }));
  }

  @Authorized(...REPORTER_LOOP_ROLES)
  @Query(() => GeneratedFile, { nullable: true, description: "受理告知书或办理结果反馈（Word 文档，Base64）" })
  async reporterNoticeDocument(
    @Ctx() ctx: SubgraphContext,
    @Arg("caseId", () => ID) caseId: string,
    @Arg("kind", () => NoticeDocumentKind) kind: NoticeDocumentKind,
    @Arg("addressee", () => String, { nullable: true, description: "称呼（不填则为“举报人”）" })
    addressee?: string | null,
  ): Promise<GeneratedFile> {
    const doc = await noticeDocument(casesDeps(ctx), caseId, kind, addressee?.trim().slice(0, 50) || null);
    return { fileName: doc.fileName, mimeType: doc.mimeType, base64: doc.bytes.toString("base64") };
  }

  @FieldResolver(() => [ReporterContact], { description: "与举报人的沟通记录（按时间）" })
  async reporterContacts(@Root() c: Case, @Ctx() ctx: SubgraphContext): Promise<ReporterContact[]> {
    const rows = await ctx.loaders.many(ReporterContact, "caseId").load(c.id);
    return [...rows].sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  @FieldResolver(() => ReporterResponse, { nullable: true, description: "举报人最近一次评价" })
  async reporterResponse(@Root() c: Case, @Ctx() ctx: SubgraphContext): Promise<ReporterResponse | null> {
    const rows = await ctx.loaders.many(ReporterContact, "caseId").load(c.id);
    return (
      [...rows]
        .filter((r) => r.response)
        .sort((a, b) => a.at.getTime() - b.at.getTime())
        .pop()?.response ?? null
    );
  }

  @FieldResolver(() => Boolean, { description: "结而不服（办结后举报人不满意）" })
  async closedNotAccepted(@Root() c: Case, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    return closedNotAccepted(c, await this.reporterResponse(c, ctx));
  }

  @FieldResolver(() => FeedbackCountdownInfo, { description: "办理结果反馈倒计时" })
  async resultFeedback(@Root() c: Case, @Ctx() ctx: SubgraphContext): Promise<FeedbackCountdownInfo> {
    return countdownInfo(await caseFeedbackCountdown(casesDeps(ctx), c));
  }
}
