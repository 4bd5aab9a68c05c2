import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { Report } from "../entities/Report";
import { REGISTER_ROLES } from "../domain/access";
import { SIGN_ROLES } from "../domain/triage";
import { registerReport, registrationHints, reportProgress, submitPublicReport } from "../app/registration";
import { signForReport } from "../app/sign-for";
import { recordAcceptanceNotice } from "../app/acceptance-notice";
import { PublicReportInput, RegisterReportInput, RegistrationHintsInput, SignForInput } from "./inputs";
import { CheckProposal, PublicProgress, PublicReceipt } from "./types";
import { checkProposalView } from "./report.resolver";
import { intakeDeps } from "./intake-deps";

/** Registration on four channels, the public form and its follow-up code, sign-for, the acceptance notice. */
@Resolver()
export class RegistrationResolver {
  @Authorized(...REGISTER_ROLES)
  @Mutation(() => Report, { description: "登记信访举报件（信、访、网、电）；同一幂等键重复提交只登记一次" })
  registerReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => RegisterReportInput) input: RegisterReportInput,
    @Arg("idempotencyKey", () => String, { nullable: true, description: "客户端生成的唯一键，重试时原样再发" })
    idempotencyKey?: string,
  ): Promise<Report> {
    return registerReport(intakeDeps(ctx), input, idempotencyKey);
  }

  @Authorized(...REGISTER_ROLES)
  @Query(() => CheckProposal, {
    nullable: true,
    description:
      "登记时的提示（边填边查）：文字高度相似的在先件（疑似贴牌）和同一被反映人的在先件（疑似重复举报）；不保存",
  })
  async registrationHints(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => RegistrationHintsInput) input: RegistrationHintsInput,
  ): Promise<CheckProposal> {
    return checkProposalView(
      ctx,
      await registrationHints(intakeDeps(ctx), input),
      input.content.trim() ? input.content : null,
    );
  }

  /** Open to the public without an account: limited per client and per ID number. */
  @Mutation(() => PublicReceipt, { description: "群众在线举报（无需登录），返回编号和查询码" })
  submitPublicReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => PublicReportInput) input: PublicReportInput,
  ): Promise<PublicReceipt> {
    return submitPublicReport(intakeDeps(ctx), input, ctx.clientIp);
  }

  /** Public: the stage only, never content, names or internal notes. */
  @Query(() => PublicProgress, { nullable: true, description: "凭查询码查询办理进度（无需登录）" })
  reportProgress(@Ctx() ctx: SubgraphContext, @Arg("code") code: string): Promise<PublicProgress> {
    return reportProgress(intakeDeps(ctx), code, ctx.clientIp);
  }

  @Authorized(...SIGN_ROLES)
  @Mutation(() => Report, { description: "签收上级转送（交办）件（当天签收）" })
  signReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => SignForInput, { nullable: true, description: "补录上级交办期限、转办机关和编号（可不填）" })
    input?: SignForInput | null,
  ): Promise<Report> {
    return signForReport(intakeDeps(ctx), id, input ?? {});
  }

  @Authorized(...REGISTER_ROLES)
  @Mutation(() => Report, { description: "记录已向实名举报人告知受理情况" })
  recordAcceptanceNotice(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("note", { description: "告知方式与内容，如“电话告知已受理”" }) note: string,
  ): Promise<Report> {
    return recordAcceptanceNotice(intakeDeps(ctx), id, note);
  }
}
