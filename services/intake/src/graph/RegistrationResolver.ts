import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { MoreThan } from "typeorm";
import {
  AppError, ErrorCode, Role, badInput, blindIndex, conflict, inTransaction, writeAudit, type SubgraphContext,
} from "@prp/kit";
import { Report } from "../entities/Report";
import { ProblemCategoryOption, PublicSubmission } from "../entities/support";
import { Channel, Origin } from "../entities/enums";
import { signForwarded } from "../domain/triage";
import { signedLate } from "../domain/deadlines";
import { checkPublicQuota, contentProblems, DEFAULT_PUBLIC_QUOTA, DEFAULT_PUBLIC_WINDOW_MS } from "../domain/public-limits";
import { publicStage } from "../domain/routing";
import { normaliseResidentId } from "../domain/channel-rules";
import { PublicReportInput, RegisterReportInput } from "./inputs";
import { PublicProgress, PublicReceipt } from "./types";
import { asAppError, hashFollowUpCode, mustFindReport, newFollowUpCode, parseState, recordStep, registerReport } from "./reports";
import { REGISTER_ROLES } from "./roles";

@Resolver()
export class RegistrationResolver {
  @Authorized(...REGISTER_ROLES)
  @Mutation(() => Report, { description: "登记信访举报件（信、访、网、电）；同一幂等键重复提交只登记一次" })
  registerReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => RegisterReportInput) input: RegisterReportInput,
    @Arg("idempotencyKey", () => String, { nullable: true, description: "客户端生成的唯一键，重试时原样再发" }) idempotencyKey?: string,
  ): Promise<Report> {
    if (idempotencyKey !== undefined && idempotencyKey !== null && !/^[\w.:-]{8,60}$/.test(idempotencyKey)) {
      throw badInput("幂等键应为 8–60 位字母、数字或 . _ : -");
    }
    // scoped to the caller: another officer's identical key never returns this officer's report
    return registerReport(ctx, input, { idempotencyKey: idempotencyKey ? `${ctx.user!.id}:${idempotencyKey}` : null });
  }

  /** Open to the public without an account: limited per client and per ID number. */
  @Mutation(() => PublicReceipt, { description: "群众在线举报（无需登录），返回编号和查询码" })
  async submitPublicReport(@Ctx() ctx: SubgraphContext, @Arg("input", () => PublicReportInput) input: PublicReportInput): Promise<PublicReceipt> {
    const problems = contentProblems(input.content);
    if (problems.length) throw badInput(problems.join("；"), { problems });
    const now = new Date();
    const keys = [blindIndex(`ip:${ctx.clientIp || "unknown"}`)];
    // one person, however the number is written (x/X, full-width digits, spaces)
    if (input.reporter.idNumber?.trim()) keys.push(blindIndex(`id:${normaliseResidentId(input.reporter.idNumber)}`));
    const since = new Date(now.getTime() - DEFAULT_PUBLIC_WINDOW_MS);
    for (const keyHash of keys) {
      const recent = await ctx.db.getRepository(PublicSubmission).find({ where: { keyHash, at: MoreThan(since) }, select: { at: true } });
      const decision = checkPublicQuota(recent.map((r) => r.at.getTime()), now.getTime(), DEFAULT_PUBLIC_QUOTA, DEFAULT_PUBLIC_WINDOW_MS);
      if (!decision.allowed) {
        const hours = Math.ceil(decision.retryAfterMs / 3_600_000);
        throw new AppError(ErrorCode.CONFLICT, `提交过于频繁：每天最多在线提交 ${DEFAULT_PUBLIC_QUOTA} 件，请约 ${hours} 小时后再试，或来信、来访、拨打举报电话`, { retryAfterSeconds: Math.ceil(decision.retryAfterMs / 1000) });
      }
    }
    const { code, hash } = newFollowUpCode();
    const report = await registerReport(
      ctx,
      Object.assign(new RegisterReportInput(), {
        ...input,
        channel: Channel.ONLINE,
        origin: Origin.SELF_RECEIVED,
        submittedAt: now,
        attachments: [],
      }),
      { publicSubmission: true, followUpCodeHash: hash },
    );
    await ctx.db.getRepository(PublicSubmission).insert(keys.map((keyHash) => ({ keyHash, at: now })));
    return { serial: report.serial, followUpCode: code, receivedAt: report.receivedAt };
  }

  /** Public: the stage only, never content, names or internal notes. */
  @Query(() => PublicProgress, { description: "凭查询码查询办理进度（无需登录）" })
  async reportProgress(@Ctx() ctx: SubgraphContext, @Arg("code") code: string): Promise<PublicProgress> {
    if (!/^[0-9A-Za-z-\s]{12,20}$/.test(code)) throw badInput("查询码格式不正确");
    const r = await ctx.db.getRepository(Report).findOneBy({ followUpCodeHash: hashFollowUpCode(code) });
    if (!r) throw new AppError(ErrorCode.NOT_FOUND, "查询码不正确，请核对后再试");
    return { serial: r.serial, stage: publicStage(r.status), receivedAt: r.receivedAt, updatedAt: r.updatedAt };
  }

  @Authorized(...REGISTER_ROLES)
  @Mutation(() => Report, { description: "签收上级转送（交办）件（当天签收）" })
  signReport(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Report> {
    return inTransaction(ctx.db, async (em) => {
      const r = await mustFindReport(em, id);
      let state;
      try {
        state = signForwarded(parseState(r), ctx.user!.roles);
      } catch (err) {
        asAppError(err);
      }
      const now = new Date();
      const late = signedLate(r.receivedAt, now, now);
      r.status = state.status;
      r.triage = JSON.stringify(state);
      r.signedAt = now;
      r.signedById = ctx.user!.id;
      r.updatedAt = now;
      await em.save(Report, r);
      await recordStep(em, r.id, "SIGN", ctx.user, late ? "签收（未能当天签收）" : "当天签收", now);
      await writeAudit(em, ctx.user, { action: "report.sign", entity: "Report", entityId: r.id, before: { status: "UNSIGNED" }, after: { status: r.status, late } });
      return r;
    });
  }

  @Authorized(...REGISTER_ROLES)
  @Mutation(() => Report, { description: "记录已向实名举报人告知受理情况" })
  recordAcceptanceNotice(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("note", { description: "告知方式与内容，如“电话告知已受理”" }) note: string,
  ): Promise<Report> {
    if (!note.trim() || note.length > 1000) throw badInput("请填写告知方式与内容（1000 字以内）");
    return inTransaction(ctx.db, async (em) => {
      const r = await mustFindReport(em, id);
      if (!r.realName) throw conflict("匿名举报无需告知受理情况");
      if (r.acceptanceNoticeAt) return r; // already recorded: a retry changes nothing
      r.acceptanceNoticeAt = new Date();
      r.updatedAt = r.acceptanceNoticeAt;
      await em.save(Report, r);
      await recordStep(em, r.id, "ACCEPTANCE_NOTICE", ctx.user, note.trim());
      await writeAudit(em, ctx.user, { action: "report.acceptanceNotice", entity: "Report", entityId: r.id, note: note.trim() });
      return r;
    });
  }

  @Authorized()
  @Query(() => [ProblemCategoryOption], { description: "问题类别" })
  problemCategories(@Ctx() ctx: SubgraphContext, @Arg("includeInactive", { defaultValue: false }) includeInactive: boolean): Promise<ProblemCategoryOption[]> {
    return ctx.db.getRepository(ProblemCategoryOption).find({ where: includeInactive ? {} : { active: true }, order: { code: "ASC" } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ProblemCategoryOption, { description: "新增或修改问题类别（停用后不能再选用，已登记的件不受影响）" })
  setProblemCategory(
    @Ctx() ctx: SubgraphContext,
    @Arg("code") code: string,
    @Arg("label") label: string,
    @Arg("active", { defaultValue: true }) active: boolean,
  ): Promise<ProblemCategoryOption> {
    if (!/^[A-Z][A-Z0-9_]{1,31}$/.test(code)) throw badInput("类别编码应为 2–32 位大写字母、数字或下划线，以字母开头");
    if (!label.trim() || label.length > 50) throw badInput("类别名称应为 1–50 字");
    return inTransaction(ctx.db, async (em) => {
      const before = await em.findOneBy(ProblemCategoryOption, { code });
      const row = em.create(ProblemCategoryOption, { code, label: label.trim(), active });
      await em.save(ProblemCategoryOption, row);
      await writeAudit(em, ctx.user, { action: "category.set", entity: "ProblemCategory", entityId: code, before: before ? { ...before } : null, after: { ...row } });
      return row;
    });
  }
}

