import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import {
  badInput,
  beijingDate,
  DATE_RE,
  DepartmentRef,
  departmentRef,
  PageArgs,
  RegionRef,
  type SubgraphContext,
  TownRef,
  townRef,
  UserRef,
  userRef,
} from "@prp/kit";
import { Case } from "../entities/Case";
import { CaseHistoryEntry } from "../entities/CaseHistoryEntry";
import { ProgressEntry } from "../entities/ProgressEntry";
import { CaseUnit } from "../entities/CaseUnit";
import { JointTask } from "../entities/JointTask";
import { CaseGrade, HandlingMode } from "../entities/enums";
import { CASE_READ_ROLES } from "../domain/access";
import { CASE_ROLES, assignmentOverdue, closingReportLate, type Responsibility } from "../domain/case-handling";
import { caseOverdueOn, listCases, visibleCase } from "../app/case-queries";
import {
  acceptCase,
  closeCase,
  concludeCase,
  delistCase,
  gradeCase,
  listCase,
  reassignCase,
  recordCaseProgress,
  setCaseHandlingMode,
  submitClosingReport,
  type ModeInput,
} from "../app/case-steps";
import { casesDeps } from "./cases-deps";
import {
  CaseFilterArgs,
  ConcludeCaseInput,
  HandlingModeInput,
  ListCaseInput,
  ProgressInput,
  ReassignCaseInput,
} from "./case.inputs";
import {
  AssignmentInfo,
  CasePage,
  ConclusionInfo,
  CoordinationInfo,
  JointHandlingInfo,
  ReassignmentInfo,
  ResponsibilityInfo,
  SupervisionInfo,
} from "./case.types";
import { ReportRef, reportRef } from "./report.types";

const responsibility = (r: Responsibility | null): ResponsibilityInfo | null =>
  r ? { unit: { id: r.unitId }, person: userRef(r.personId || null), since: new Date(r.since) } : null;

function modeInput(i: HandlingModeInput): ModeInput {
  switch (i.mode) {
    case HandlingMode.REGIONAL_COORDINATION:
      if (!i.regionId || !i.coordinatingUnitId) throw badInput("片区协作须指定片区和协调单位");
      return {
        mode: i.mode,
        regionId: i.regionId,
        coordinatingUnitId: i.coordinatingUnitId,
        participatingUnitIds: i.participatingUnitIds ?? [],
      };
    case HandlingMode.JOINT:
      if (!i.leadUnitId) throw badInput("“室组地”联合办理须指定牵头单位");
      return { mode: i.mode, leadUnitId: i.leadUnitId, memberUnitIds: i.memberUnitIds ?? [] };
    default:
      return { mode: HandlingMode.SINGLE_UNIT };
  }
}

@Resolver(() => Case)
export class CaseResolver {
  @Authorized(...CASE_READ_ROLES)
  @Query(() => CasePage, { nullable: true, description: "案件列表（承办人只看到本单位参与办理的案件）" })
  cases(
    @Ctx() ctx: SubgraphContext,
    @Args(() => CaseFilterArgs) f: CaseFilterArgs,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<CasePage> {
    return listCases(casesDeps(ctx), ctx.user!, f, page.offset, page.limit);
  }

  @Authorized(...CASE_READ_ROLES)
  @Query(() => Case, { nullable: true, description: "按 ID 查案件" })
  case(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Case> {
    return visibleCase(casesDeps(ctx), ctx.user!, id);
  }

  @Authorized(...CASE_ROLES.accept)
  @Mutation(() => Case, { description: "受理案件（首办责任：承办单位的承办人）" })
  acceptCase(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Case> {
    return acceptCase(casesDeps(ctx), id);
  }

  @Authorized(...CASE_ROLES.reassign)
  @Mutation(() => Case, { description: "改变承办责任（委领导，须说明理由）" })
  reassignCase(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ReassignCaseInput) input: ReassignCaseInput,
  ): Promise<Case> {
    return reassignCase(casesDeps(ctx), id, {
      unitId: input.unitId,
      personId: input.personId ?? null,
      reason: input.reason,
    });
  }

  @Authorized(...CASE_ROLES.grade)
  @Mutation(() => Case, { description: "分级分类：一般（每月调度）或重点" })
  gradeCase(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("grade", () => CaseGrade) grade: CaseGrade,
  ): Promise<Case> {
    return gradeCase(casesDeps(ctx), id, grade);
  }

  @Authorized(...CASE_ROLES.list)
  @Mutation(() => Case, { description: "挂牌督办（委领导，仅限重点件）" })
  listCaseForSupervision(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ListCaseInput) input: ListCaseInput,
  ): Promise<Case> {
    return listCase(casesDeps(ctx), id, input);
  }

  @Authorized(...CASE_ROLES.list)
  @Mutation(() => Case, { description: "摘牌（委领导，须说明理由）" })
  delistCase(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason") reason: string,
  ): Promise<Case> {
    if (reason.length > 500) throw badInput("理由最多 500 字");
    return delistCase(casesDeps(ctx), id, reason);
  }

  @Authorized(...CASE_ROLES.mode)
  @Mutation(() => Case, { description: "确定办理方式：单独办理、片区协作、“室组地”联合办理" })
  setHandlingMode(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => HandlingModeInput) input: HandlingModeInput,
  ): Promise<Case> {
    return setCaseHandlingMode(casesDeps(ctx), id, modeInput(input));
  }

  @Authorized(...CASE_ROLES.progress)
  @Mutation(() => Case, { description: "记录办理进展" })
  recordProgress(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ProgressInput) input: ProgressInput,
  ): Promise<Case> {
    return recordCaseProgress(casesDeps(ctx), id, input);
  }

  @Authorized(...CASE_ROLES.conclude)
  @Mutation(() => Case, { description: "办结（核查结论和处理结果）" })
  concludeCase(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ConcludeCaseInput) input: ConcludeCaseInput,
  ): Promise<Case> {
    return concludeCase(casesDeps(ctx), id, input);
  }

  @Authorized(...CASE_ROLES.closingReport)
  @Mutation(() => Case, {
    description: "报送交办件的办结报告（内容、报告人、报告日期）；上级交办件须在办结前报送",
  })
  submitClosingReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("text", { description: "办结报告内容" }) text: string,
    @Arg("author", () => String, { nullable: true, description: "报告人（署名）" }) author?: string | null,
    @Arg("reportDate", () => String, { nullable: true, description: "报告日期 YYYY-MM-DD，默认今天" })
    reportDate?: string | null,
  ): Promise<Case> {
    if (text.length > 5000) throw badInput("办结报告最多 5000 字");
    if (author && author.length > 100) throw badInput("报告人最多 100 字");
    if (reportDate && !DATE_RE.test(reportDate)) throw badInput("报告日期格式应为 YYYY-MM-DD");
    return submitClosingReport(casesDeps(ctx), id, { text, author, date: reportDate });
  }

  @Authorized(...CASE_ROLES.close)
  @Mutation(() => Case, { description: "结案" })
  closeCase(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Case> {
    return closeCase(casesDeps(ctx), id);
  }

  @FieldResolver(() => ReportRef, { description: "信访举报件" })
  report(@Root() c: Case): ReportRef {
    return reportRef(c.reportId);
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: "承办单位（待受理时为应受理的单位）" })
  handlingUnit(@Root() c: Case): DepartmentRef | null {
    return departmentRef(c.handlingUnitId);
  }

  @FieldResolver(() => TownRef, { nullable: true, description: "所涉镇（街道）" })
  town(@Root() c: Case): TownRef | null {
    return townRef(c.townId);
  }

  @FieldResolver(() => ResponsibilityInfo, {
    nullable: true,
    description: "首办责任（首次受理的单位和承办人，不再改变）",
  })
  firstResponsibility(@Root() c: Case): ResponsibilityInfo | null {
    return responsibility(c.handling.firstResponsibility);
  }

  @FieldResolver(() => ResponsibilityInfo, { nullable: true, description: "当前承办责任" })
  responsibility(@Root() c: Case): ResponsibilityInfo | null {
    return responsibility(c.handling.responsibility);
  }

  @FieldResolver(() => [ReassignmentInfo], { description: "承办责任变更记录" })
  reassignments(@Root() c: Case): ReassignmentInfo[] {
    return c.handling.reassignments.map((r) => ({
      from: responsibility(r.from),
      to: responsibility(r.to)!,
      leader: { id: r.leaderId },
      reason: r.reason,
      at: new Date(r.at),
    }));
  }

  @FieldResolver(() => SupervisionInfo, { nullable: true, description: "挂牌督办（当前）" })
  supervision(@Root() c: Case): SupervisionInfo | null {
    const s = c.handling.supervision;
    return s
      ? {
          leader: { id: s.leaderId },
          level: s.level,
          dueDate: s.dueDate,
          reason: s.reason,
          listedAt: new Date(s.listedAt),
          delistedAt: null,
          delistReason: null,
        }
      : null;
  }

  @FieldResolver(() => [SupervisionInfo], { description: "已摘牌的挂牌督办记录" })
  pastSupervisions(@Root() c: Case): SupervisionInfo[] {
    return c.handling.pastSupervisions.map((s) => ({
      leader: { id: s.leaderId },
      level: s.level,
      dueDate: s.dueDate,
      reason: s.reason,
      listedAt: new Date(s.listedAt),
      delistedAt: s.delistedAt ? new Date(s.delistedAt) : null,
      delistReason: s.delistReason ?? null,
    }));
  }

  @FieldResolver(() => CoordinationInfo, { nullable: true, description: "片区协作" })
  coordination(@Root() c: Case): CoordinationInfo | null {
    const k = c.handling.coordination;
    return k
      ? {
          region: { id: k.regionId } as RegionRef,
          coordinatingUnit: { id: k.coordinatingUnitId },
          participatingUnits: k.participatingUnitIds.map((id) => ({ id })),
        }
      : null;
  }

  @FieldResolver(() => JointHandlingInfo, { nullable: true, description: "“室组地”联合办理" })
  joint(@Root() c: Case): JointHandlingInfo | null {
    const j = c.handling.joint;
    return j ? { leadUnit: { id: j.leadUnitId }, memberUnits: j.memberUnitIds.map((id) => ({ id })) } : null;
  }

  @FieldResolver(() => AssignmentInfo, { nullable: true, description: "交办（办结报告）" })
  assignment(@Root() c: Case): AssignmentInfo | null {
    const a = c.handling.assignment;
    return a
      ? {
          authority: a.authority,
          dueDate: a.dueDate,
          byHigherAuthority: !!a.byHigherAuthority,
          closingReport: a.closingReport?.text ?? null,
          closingReportAt: a.closingReport ? new Date(a.closingReport.at) : null,
          closingReportAuthor: a.closingReport?.author ?? null,
          closingReportDate: a.closingReport
            ? (a.closingReport.date ?? beijingDate(new Date(a.closingReport.at)))
            : null,
          closingReportBy: a.closingReport ? userRef(a.closingReport.by) : null,
          overdue: assignmentOverdue(c.handling, new Date()),
          late: closingReportLate(c.handling, new Date()),
        }
      : null;
  }

  @FieldResolver(() => ConclusionInfo, { nullable: true, description: "办结情况" })
  conclusion(@Root() c: Case): ConclusionInfo | null {
    const k = c.handling.conclusion;
    return k ? { finding: k.finding, outcome: k.outcome, at: new Date(k.at), by: userRef(k.by) } : null;
  }

  @FieldResolver(() => UserRef, { nullable: true, description: "督办领导" })
  supervisingLeader(@Root() c: Case): UserRef | null {
    return userRef(c.supervisingLeaderId);
  }

  @FieldResolver(() => [CaseUnit], { description: "参与办理的单位及其角色" })
  units(@Root() c: Case, @Ctx() ctx: SubgraphContext): Promise<CaseUnit[]> {
    return ctx.loaders.many(CaseUnit, "caseId").load(c.id);
  }

  @FieldResolver(() => [ProgressEntry], { description: "办理进展（按时间）" })
  async progress(@Root() c: Case, @Ctx() ctx: SubgraphContext): Promise<ProgressEntry[]> {
    const rows = await ctx.loaders.many(ProgressEntry, "caseId").load(c.id);
    return [...rows].sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  @FieldResolver(() => [JointTask], { description: "联合办理任务" })
  tasks(@Root() c: Case, @Ctx() ctx: SubgraphContext): Promise<JointTask[]> {
    return ctx.loaders.many(JointTask, "caseId").load(c.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      "该日（北京时间）结束时是否有逾期事项：挂牌督办、联合办理任务（办结前）、交办件办结报告、实名举报结果反馈期限已过而未完成",
  })
  async overdueOn(
    @Root() c: Case,
    @Arg("day", { description: "统计日期 YYYY-MM-DD" }) day: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<boolean> {
    return caseOverdueOn(casesDeps(ctx), c, await ctx.loaders.many(JointTask, "caseId").load(c.id), day);
  }

  @FieldResolver(() => [CaseHistoryEntry], { description: "办理经过" })
  async history(@Root() c: Case, @Ctx() ctx: SubgraphContext): Promise<CaseHistoryEntry[]> {
    const rows = await ctx.loaders.many(CaseHistoryEntry, "caseId").load(c.id);
    return [...rows].sort((a, b) => a.id - b.id);
  }
}

@Resolver(() => CaseUnit)
export class CaseUnitResolver {
  @FieldResolver(() => DepartmentRef, { description: "单位" })
  unit(@Root() u: CaseUnit): DepartmentRef {
    return { id: u.unitId };
  }
}
