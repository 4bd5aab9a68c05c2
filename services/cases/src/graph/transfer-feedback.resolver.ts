import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { departmentRef, Role, type SubgraphContext, UserRef, userRef } from "@prp/kit";
import { Transfer } from "../entities/Transfer";
import { TransferFeedback } from "../entities/TransferFeedback";
import { SupervisionAction } from "../entities/SupervisionAction";
import { TRANSFER_READ_ROLES } from "../domain/access";
import type { SupervisionStatus } from "../domain/transfer-supervision";
import {
  overdueTransfersByDepartment,
  recordTransferFeedback,
  superviseTransfer,
  transferStatus,
} from "../app/transfer-feedback";
import { casesDeps } from "./cases-deps";
import { SuperviseTransferInput, TransferFeedbackInput } from "./extras.inputs";
import { TransferAttachmentInfo, DepartmentOverdueInfo, TransferSupervisionInfo } from "./extras.types";

const supervisionInfo = (s: SupervisionStatus): TransferSupervisionInfo => ({
  feedbackDueDate: s.feedbackDueDate,
  overdue: s.overdue,
  workingDaysLeft: s.daysLeft,
  answerDueDate: s.answerDueDate,
  suggestedMode: s.suggestedMode,
  lastMode: s.lastMode,
});

/** 双向移交、单向反馈: the department's feedback, supervision by the office holding the copy, overdue transfers. */
@Resolver(() => Transfer)
export class TransferFeedbackResolver {
  @Authorized(Role.LIAISON)
  @Mutation(() => TransferFeedback, { description: "主管部门联络员反馈移交事项的办理情况（只能反馈移交本部门的事项）" })
  recordTransferFeedback(
    @Ctx() ctx: SubgraphContext,
    @Arg("transferId", () => ID) transferId: string,
    @Arg("input", () => TransferFeedbackInput) input: TransferFeedbackInput,
  ): Promise<TransferFeedback> {
    const attachments =
      input.attachments?.map((a) => ({ fileName: a.fileName, sizeBytes: a.sizeBytes, mimeType: a.mimeType ?? null })) ??
      [];
    return recordTransferFeedback(casesDeps(ctx), transferId, {
      content: input.content,
      attachments,
      at: input.at ?? null,
    });
  }

  @Authorized(Role.CASE_HANDLER, Role.PETITION_OFFICER, Role.LEADER)
  @Mutation(() => SupervisionAction, {
    description: "督办移交事项：提醒督办、发函督办、现场督办（抄送的联系室、组，信访室，委领导）",
  })
  superviseTransfer(
    @Ctx() ctx: SubgraphContext,
    @Arg("transferId", () => ID) transferId: string,
    @Arg("input", () => SuperviseTransferInput) input: SuperviseTransferInput,
  ): Promise<SupervisionAction> {
    return superviseTransfer(casesDeps(ctx), transferId, input);
  }

  @Authorized(...TRANSFER_READ_ROLES)
  @Query(() => [DepartmentOverdueInfo], {
    nullable: true,
    description: "逾期未反馈的移交事项，按主管部门（逾期件多的在前）",
  })
  async overdueTransfersByDepartment(@Ctx() ctx: SubgraphContext): Promise<DepartmentOverdueInfo[]> {
    const { groups, transfers } = await overdueTransfersByDepartment(casesDeps(ctx), ctx.user!);
    return groups.map((g) => ({
      department: departmentRef(g.departmentId || null),
      count: g.transfers.length,
      transfers: g.transfers.map((t) => ({ transfer: transfers.get(t.id)!, supervision: supervisionInfo(t.status) })),
    }));
  }

  @FieldResolver(() => TransferFeedback, { nullable: true, description: "主管部门反馈" })
  feedback(@Root() t: Transfer, @Ctx() ctx: SubgraphContext): Promise<TransferFeedback | null> {
    return ctx.loaders.one(TransferFeedback, "transferId").load(t.id);
  }

  @FieldResolver(() => [SupervisionAction], { description: "督办记录（按时间）" })
  async supervisionActions(@Root() t: Transfer, @Ctx() ctx: SubgraphContext): Promise<SupervisionAction[]> {
    const rows = await ctx.loaders.many(SupervisionAction, "transferId").load(t.id);
    return [...rows].sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  @FieldResolver(() => TransferSupervisionInfo, { description: "督办状态：反馈期限、是否逾期、建议的下一督办方式" })
  async supervision(@Root() t: Transfer, @Ctx() ctx: SubgraphContext): Promise<TransferSupervisionInfo> {
    const [feedback, actions] = await Promise.all([this.feedback(t, ctx), this.supervisionActions(t, ctx)]);
    return supervisionInfo(await transferStatus(casesDeps(ctx), t, feedback, actions));
  }
}

@Resolver(() => TransferFeedback)
export class TransferFeedbackDetailResolver {
  @FieldResolver(() => [TransferAttachmentInfo], { description: "附件信息" })
  attachments(@Root() f: TransferFeedback): TransferAttachmentInfo[] {
    return f.attachments;
  }

  @FieldResolver(() => UserRef, { nullable: true, description: "反馈人（用户）" })
  by(@Root() f: TransferFeedback): UserRef | null {
    return userRef(f.byId);
  }
}

@Resolver(() => SupervisionAction)
export class SupervisionActionResolver {
  @FieldResolver(() => UserRef, { nullable: true, description: "督办人（用户）" })
  by(@Root() a: SupervisionAction): UserRef | null {
    return userRef(a.byId);
  }
}
