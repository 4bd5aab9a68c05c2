import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Brackets } from "typeorm";
import {
  badInput,
  beijingDate,
  decryptPii,
  DepartmentRef,
  departmentRef,
  endOfBeijingDay,
  isDateOnly,
  LIKE_ESCAPE,
  likeContains,
  type SubgraphContext,
  TownRef,
  townRef,
  UserRef,
  userRef,
  type WorkingCalendar,
} from "@prp/kit";
import { Report } from "../entities/Report";
import { ReportSubject } from "../entities/ReportSubject";
import { ReportStep } from "../entities/ReportStep";
import { Escalation } from "../entities/Escalation";
import { TemplatedLink } from "../entities/TemplatedLink";
import { ProblemCategoryOption } from "../entities/ProblemCategoryOption";
import { CheckFlag, Origin, ReportStatus } from "../entities/enums";
import { REPORT_STATUS_LABELS, problemCategoryLabel } from "../domain/labels";
import { maskPhone } from "../domain/masking";
import { daysLeft, forwardedAcceptDeadline, signedLate, waitingHours } from "../domain/deadlines";
import { nextAllowedSteps } from "../domain/triage";
import { flagsOf } from "../domain/triage-columns";
import { lacksSubstance } from "../domain/substance";
import type { CheckProposals } from "../domain/proposals";
import { READ_ROLES } from "../domain/access";
import { reporterIdentity } from "../app/reporter-identity";
import { ReportFilter } from "./inputs";
import {
  AttachmentView,
  ChannelDetailsView,
  CheckProposal,
  DeadlineView,
  ReportPage,
  ReporterView,
  TriageView,
} from "./types";
import { intakeDeps } from "./intake-deps";

function deadlineView(calendar: WorkingCalendar, dueDate: string, now = new Date()): DeadlineView {
  const left = daysLeft(calendar, dueDate, now);
  return { dueDate, dueAt: endOfBeijingDay(dueDate), workingDaysLeft: left, overdue: now > endOfBeijingDay(dueDate) };
}

@Resolver(() => Report)
export class ReportResolver {
  @Authorized(...READ_ROLES)
  @Query(() => ReportPage, { nullable: true, description: "信访举报件列表（可筛选、分页）" })
  async reports(@Ctx() ctx: SubgraphContext, @Args(() => ReportFilter) f: ReportFilter): Promise<ReportPage> {
    const qb = ctx.db.getRepository(Report).createQueryBuilder("r");
    if (f.statuses?.length) qb.andWhere("r.status IN (:...statuses)", { statuses: f.statuses });
    if (f.channel) qb.andWhere("r.channel = :channel", { channel: f.channel });
    if (f.origin) qb.andWhere("r.origin = :origin", { origin: f.origin });
    if (f.scope) qb.andWhere("r.scope = :scope", { scope: f.scope });
    if (f.category) qb.andWhere("r.category = :category", { category: f.category });
    if (f.townId) qb.andWhere("r.townId = :townId", { townId: f.townId });
    for (const d of [f.receivedFrom, f.receivedTo])
      if (d && !isDateOnly(d)) throw badInput(`收件日期不是有效的日期：${d}`);
    if (f.receivedFrom)
      qb.andWhere("r.receivedAt >= :from", {
        from: new Date(endOfBeijingDay(f.receivedFrom).getTime() - 86_400_000 + 1),
      });
    if (f.receivedTo) qb.andWhere("r.receivedAt <= :to", { to: endOfBeijingDay(f.receivedTo) });
    if (f.search) {
      const like = likeContains(f.search);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`r.serial LIKE :like ${LIKE_ESCAPE}`, { like })
            .orWhere(`r.summary LIKE :like ${LIKE_ESCAPE}`, { like }),
        ),
      );
    }
    qb.orderBy("r.receivedAt", "DESC").addOrderBy("r.serial", "DESC").skip(f.offset).take(f.limit);
    const [items, total] = await qb.getManyAndCount();
    return { items, total, offset: f.offset, limit: f.limit };
  }

  @Authorized(...READ_ROLES)
  @Query(() => Report, { nullable: true })
  report(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Report | null> {
    return ctx.loaders.one(Report).load(id);
  }

  @Authorized(...READ_ROLES)
  @Query(() => [Report], { nullable: true, description: "待签收的上级转送（交办）件，先到先列" })
  unsignedReports(@Ctx() ctx: SubgraphContext): Promise<Report[]> {
    return ctx.db
      .getRepository(Report)
      .find({ where: { status: ReportStatus.UNSIGNED }, order: { receivedAt: "ASC" } });
  }

  @Authorized(...READ_ROLES)
  @Query(() => [Report], { nullable: true, description: "实名举报受理告知：N 个工作日内到期或已超期、尚未告知的件" })
  async acceptanceNoticesDue(
    @Ctx() ctx: SubgraphContext,
    @Arg("withinWorkingDays", () => Int, { defaultValue: 3 }) within: number,
  ): Promise<Report[]> {
    if (within < 0 || within > 60) throw badInput("工作日数应为 0–60");
    const limitDate = (await intakeDeps(ctx).directory.calendar()).addWorkingDays(beijingDate(new Date()), within);
    return ctx.db
      .getRepository(Report)
      .createQueryBuilder("r")
      .where("r.acceptanceDueDate IS NOT NULL AND r.acceptanceNoticeAt IS NULL AND r.acceptanceDueDate <= :d", {
        d: limitDate,
      })
      .orderBy("r.acceptanceDueDate", "ASC")
      .getMany();
  }

  @FieldResolver(() => String, { description: "状态（中文）" })
  statusLabel(@Root() r: Report): string {
    return REPORT_STATUS_LABELS[r.status] ?? r.status;
  }

  @FieldResolver(() => ReporterView, { description: "举报人（默认脱敏；unmasked: true 需有权限，并记入审计日志）" })
  async reporter(
    @Root() r: Report,
    @Ctx() ctx: SubgraphContext,
    @Arg("unmasked", { defaultValue: false }) unmasked: boolean,
  ): Promise<ReporterView> {
    return reporterIdentity(intakeDeps(ctx), r, unmasked);
  }

  @FieldResolver(() => [ReportSubject], { description: "被反映人" })
  subjects(@Root() r: Report, @Ctx() ctx: SubgraphContext): Promise<ReportSubject[]> {
    return ctx.loaders.many(ReportSubject, "reportId").load(r.id);
  }

  @FieldResolver(() => String, { description: "问题类别（中文）" })
  async categoryLabel(@Root() r: Report, @Ctx() ctx: SubgraphContext): Promise<string> {
    const option = await ctx.loaders.one(ProblemCategoryOption, "code").load(r.category);
    return option?.label ?? problemCategoryLabel(r.category);
  }

  @FieldResolver(() => TownRef, { nullable: true, description: "问题发生地" })
  town(@Root() r: Report): TownRef | null {
    return townRef(r.townId);
  }

  @FieldResolver(() => UserRef, { nullable: true, description: "登记人" })
  receivedBy(@Root() r: Report): UserRef | null {
    return userRef(r.receivedById);
  }

  @FieldResolver(() => UserRef, { nullable: true, description: "签收人" })
  signedBy(@Root() r: Report): UserRef | null {
    return userRef(r.signedById);
  }

  @FieldResolver(() => ChannelDetailsView)
  channelDetails(@Root() r: Report): ChannelDetailsView {
    const d = r.channelDetails;
    const caller = decryptPii(d.callerNumberEnc);
    return {
      visitorCount: d.visitorCount ?? null,
      receivingStaff: d.receivingStaff ?? null,
      callerNumber: caller ? maskPhone(caller) : null,
      callTime: d.callTime ? new Date(d.callTime) : null,
      postmarkDate: d.postmarkDate ?? null,
      submittedAt: d.submittedAt ? new Date(d.submittedAt) : null,
    };
  }

  @FieldResolver(() => [AttachmentView])
  attachments(@Root() r: Report): AttachmentView[] {
    return r.attachments.map((a) => ({ ...a, sha256: a.sha256 ?? null }));
  }

  @FieldResolver(() => [CheckFlag], { description: "细查确认的标记" })
  flags(@Root() r: Report): CheckFlag[] {
    return flagsOf(r);
  }

  @FieldResolver(() => CheckProposal, { description: "系统提示的疑似贴牌、无实质内容、重复举报（待“查”确认）" })
  async proposal(@Root() r: Report, @Ctx() ctx: SubgraphContext): Promise<CheckProposal> {
    const loader = ctx.loaders.one(Report);
    // the cluster seen from its first report: the later reports whose proposals named this one
    const copies = ctx.loaders
      .many(TemplatedLink, "earlierReportId")
      .load(r.id)
      .then((links) => loader.loadMany(links.map((l) => l.reportId)))
      .then((found) =>
        found
          .filter((x): x is Report => !!x && !(x instanceof Error))
          .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.serial.localeCompare(b.serial))
          .map((copy) => ({
            report: copy,
            similarity: copy.proposals?.templatedWith.find((m) => m.id === r.id)?.similarity ?? 0,
          })),
      );
    return checkProposalView(ctx, r.proposals ?? { templatedWith: [], repeatOf: [] }, r.content, copies);
  }

  @FieldResolver(() => TriageView, { description: "辨查商定研判情况" })
  triageInfo(@Root() r: Report): TriageView {
    const s = r.triage;
    return {
      distinguish: s.distinguish
        ? {
            scope: s.distinguish.scope,
            competentDepartment: departmentRef(s.distinguish.competentDepartmentId),
            note: s.distinguish.note,
          }
        : null,
      check: s.check
        ? {
            ...s.check,
            repeatOf: [...s.check.repeatOf],
            templatedWith: [...s.check.templatedWith],
            flags: [...s.check.flags],
          }
        : null,
      consult: s.consult ? { participants: [...s.consult.participants], minutes: s.consult.minutes } : null,
      decision: s.decision
        ? {
            disposition: s.decision.disposition,
            handlingDepartment: departmentRef(s.decision.handlingDepartmentId),
            copyToDepartment: departmentRef(r.copyToDepartmentId),
            dueDate: s.decision.dueDate,
            opinion: s.decision.opinion,
          }
        : null,
      reopenCount: s.reopenings.length,
      nextSteps: nextAllowedSteps(s),
    };
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: "承办单位" })
  handlingDepartment(@Root() r: Report): DepartmentRef | null {
    return departmentRef(r.handlingDepartmentId);
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: "抄送单位（联系室或派驻组）" })
  copyToDepartment(@Root() r: Report): DepartmentRef | null {
    return departmentRef(r.copyToDepartmentId);
  }

  @FieldResolver(() => [ReportStep], { description: "办理记录（谁、何时、做了什么）" })
  async steps(@Root() r: Report, @Ctx() ctx: SubgraphContext): Promise<ReportStep[]> {
    return [...(await ctx.loaders.many(ReportStep, "reportId").load(r.id))].sort((a, b) => a.id - b.id);
  }

  @FieldResolver(() => [Escalation], { description: "紧急事项呈批" })
  escalations(@Root() r: Report, @Ctx() ctx: SubgraphContext): Promise<Escalation[]> {
    return ctx.loaders.many(Escalation, "reportId").load(r.id);
  }

  @FieldResolver(() => DeadlineView, {
    nullable: true,
    description: "实名举报受理告知期限（15 个工作日；已告知或非实名、重复举报为空）",
  })
  async acceptanceNotice(@Root() r: Report, @Ctx() ctx: SubgraphContext): Promise<DeadlineView | null> {
    return r.acceptanceDueDate && !r.acceptanceNoticeAt
      ? deadlineView(await intakeDeps(ctx).directory.calendar(), r.acceptanceDueDate)
      : null;
  }

  @FieldResolver(() => DeadlineView, {
    nullable: true,
    description: "上级转来件的受理或转办期限（5 个工作日，规则第十六条）；已分办为空",
  })
  async acceptOrTransferDeadline(@Root() r: Report, @Ctx() ctx: SubgraphContext): Promise<DeadlineView | null> {
    if (r.origin === Origin.SELF_RECEIVED || r.decidedAt) return null;
    const calendar = await intakeDeps(ctx).directory.calendar();
    return deadlineView(calendar, forwardedAcceptDeadline(calendar, r.receivedAt).dueDate);
  }

  @FieldResolver(() => Boolean, { description: "上级转来件是否未当天签收" })
  signLate(@Root() r: Report): boolean {
    return r.origin !== Origin.SELF_RECEIVED && signedLate(r.receivedAt, r.signedAt, new Date());
  }

  @FieldResolver(() => Float, { nullable: true, description: "待签收已等待的小时数" })
  waitingHours(@Root() r: Report): number | null {
    return r.origin === Origin.SELF_RECEIVED
      ? null
      : Math.round(waitingHours(r.receivedAt, r.signedAt, new Date()) * 10) / 10;
  }
}

/** Proposals (ids) as the graph shows them: the reports themselves, and the flags they suggest. */
export async function checkProposalView(
  ctx: SubgraphContext,
  p: CheckProposals,
  /** The text to judge for substance (null: not written yet, no judgement). */
  content: string | null,
  copies: Promise<{ report: Report; similarity: number }[]> | { report: Report; similarity: number }[] = [],
): Promise<CheckProposal> {
  const loader = ctx.loaders.one(Report);
  // every load is asked for before any is awaited, so that a page's reports share one batch each
  // whatever their matches (awaiting one first splits the batches by the data)
  const [templated, found, copyList] = await Promise.all([
    Promise.all(p.templatedWith.map(async (m) => ({ report: await loader.load(m.id), similarity: m.similarity }))),
    loader.loadMany(p.repeatOf),
    copies,
  ]);
  const repeats = found.filter((x): x is Report => !!x && !(x instanceof Error));
  const flags: CheckFlag[] = [];
  if (templated.length || copyList.length) flags.push(CheckFlag.TEMPLATED);
  if (content !== null && lacksSubstance(content)) flags.push(CheckFlag.NO_SUBSTANCE);
  if (repeats.length) flags.push(CheckFlag.REPEAT);
  return {
    flags,
    templatedWith: templated.filter((t): t is { report: Report; similarity: number } => !!t.report),
    templatedCopies: copyList,
    repeatOf: repeats,
    repeatCount: repeats.length,
  };
}
