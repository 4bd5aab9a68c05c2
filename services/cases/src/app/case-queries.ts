import { Brackets, type SelectQueryBuilder } from "typeorm";
import { badInput, beijingDate, forbidden, isDateOnly, mustFind, type AuthUser, type Page } from "@prp/kit";
import { Case } from "../entities/Case";
import type { JointTask } from "../entities/JointTask";
import { CaseUnit } from "../entities/CaseUnit";
import { Transfer } from "../entities/Transfer";
import { caseVisibility, transferVisibility } from "../domain/access";
import { overdueOn, type DeadlineHistory } from "../domain/deadlines";
import { resultFeedbackDue } from "../domain/reporter-loop";
import type { CaseGrade, CaseStatus, HandlingMode } from "../domain/enums";
import { reader, type CasesDeps } from "./cases-deps";

export interface CaseFilter {
  status?: CaseStatus | null;
  grade?: CaseGrade | null;
  mode?: HandlingMode | null;
  unitId?: string | null;
  regionId?: string | null;
  listed?: boolean | null;
  /** 交办 items past their due date without a closing report (true), or all others (false). */
  assignmentOverdue?: boolean | null;
}

function visibleTo(qb: SelectQueryBuilder<Case>, actor: AuthUser): SelectQueryBuilder<Case> {
  const v = caseVisibility(actor.roles, actor.departmentId ?? null);
  if (v.all) return qb;
  if (!v.unitIds.length) return qb.andWhere("1 = 0");
  return qb.andWhere(
    `c.id IN (${qb.subQuery().select("u.caseId").from(CaseUnit, "u").where("u.unitId IN (:...visibleUnits)").getQuery()})`,
    { visibleUnits: v.unitIds },
  );
}

/** A page of the cases the actor may see, newest first. */
export async function listCases(
  deps: Pick<CasesDeps, "db">,
  actor: AuthUser,
  f: CaseFilter,
  offset: number,
  limit: number,
): Promise<Page<Case>> {
  const qb = visibleTo(reader(deps).createQueryBuilder(Case, "c"), actor);
  if (f.status) qb.andWhere("c.status = :status", { status: f.status });
  if (f.grade) qb.andWhere("c.grade = :grade", { grade: f.grade });
  if (f.mode) qb.andWhere("c.mode = :mode", { mode: f.mode });
  if (f.regionId) qb.andWhere("c.regionId = :regionId", { regionId: f.regionId });
  if (f.listed != null) qb.andWhere("c.listed = :listed", { listed: f.listed });
  if (f.assignmentOverdue != null) {
    const overdue = "c.assignedDueDate IS NOT NULL AND c.assignedDueDate < :today AND c.closingReportAt IS NULL";
    qb.andWhere(f.assignmentOverdue ? overdue : `NOT (${overdue})`, { today: beijingDate(new Date()) });
  }
  if (f.unitId)
    qb.andWhere(
      `c.id IN (${qb.subQuery().select("fu.caseId").from(CaseUnit, "fu").where("fu.unitId = :unitId").getQuery()})`,
      { unitId: f.unitId },
    );
  const [items, total] = await qb
    .orderBy("c.openedAt", "DESC")
    .addOrderBy("c.id", "ASC")
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items, total, offset, limit };
}

/** A case the actor may see, or NOT_FOUND / FORBIDDEN. */
export async function visibleCase(deps: Pick<CasesDeps, "db">, actor: AuthUser, id: string): Promise<Case> {
  const c = await mustFind(reader(deps), Case, id, "案件");
  const v = caseVisibility(actor.roles, actor.departmentId ?? null);
  if (!v.all) {
    const mine = await reader(deps).countBy(CaseUnit, { caseId: id, unitId: v.unitIds[0] ?? "" });
    if (!mine) throw forbidden("您只能查看本单位承办的案件");
  }
  return c;
}

/** Whether the actor may see this transfer. */
export function mayReadTransfer(
  actor: AuthUser,
  t: Pick<Transfer, "competentDepartmentId" | "copyToDepartmentId">,
): boolean {
  const v = transferVisibility(actor.roles, actor.departmentId ?? null);
  if (v.all) return true;
  return (
    (!!v.competentDepartmentId && v.competentDepartmentId === t.competentDepartmentId) ||
    (!!v.copyToDepartmentId && v.copyToDepartmentId === t.copyToDepartmentId)
  );
}

export interface TransferFilter {
  competentDepartmentId?: string | null;
  copyToDepartmentId?: string | null;
  overdueOn?: string | null;
}

/** A page of the transfers the actor may see, newest first. */
export async function listTransfers(
  deps: Pick<CasesDeps, "db">,
  actor: AuthUser,
  f: TransferFilter,
  offset: number,
  limit: number,
): Promise<Page<Transfer>> {
  const qb = reader(deps).createQueryBuilder(Transfer, "t");
  const v = transferVisibility(actor.roles, actor.departmentId ?? null);
  if (!v.all) {
    if (!v.competentDepartmentId && !v.copyToDepartmentId) return { items: [], total: 0, offset, limit };
    qb.andWhere(
      new Brackets((w) => {
        if (v.competentDepartmentId) w.orWhere("t.competentDepartmentId = :mine", { mine: v.competentDepartmentId });
        if (v.copyToDepartmentId) w.orWhere("t.copyToDepartmentId = :copy", { copy: v.copyToDepartmentId });
      }),
    );
  }
  if (f.competentDepartmentId) qb.andWhere("t.competentDepartmentId = :d", { d: f.competentDepartmentId });
  if (f.copyToDepartmentId) qb.andWhere("t.copyToDepartmentId = :cp", { cp: f.copyToDepartmentId });
  if (f.overdueOn) qb.andWhere("t.status = 'OPEN' AND t.dueDate < :day", { day: f.overdueOn });
  const [items, total] = await qb
    .orderBy("t.openedAt", "DESC")
    .addOrderBy("t.id", "ASC")
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items, total, offset, limit };
}

/** A transfer the actor may see, or NOT_FOUND / FORBIDDEN. */
export async function visibleTransfer(deps: Pick<CasesDeps, "db">, actor: AuthUser, id: string): Promise<Transfer> {
  const t = await mustFind(reader(deps), Transfer, id, "移交事项");
  if (!mayReadTransfer(actor, t)) throw forbidden("您只能查看移交本部门（或抄送本室、组）的事项");
  return t;
}

const instant = (at: string | null | undefined) => (at ? new Date(at) : null);

/** A case's deadlines and when each was met, from its record and its joint tasks. */
export function deadlineHistory(
  c: Pick<Case, "openedAt" | "concludedAt" | "closedAt" | "feedbackGivenAt" | "handling">,
  tasks: readonly Pick<JointTask, "dueDate" | "createdAt" | "doneAt">[],
  feedbackDueDate: string | null,
): DeadlineHistory {
  const h = c.handling;
  return {
    openedAt: c.openedAt,
    concludedAt: c.concludedAt,
    endedAt: c.closedAt ?? instant(h.withdrawal?.at),
    supervisions: [...(h.supervision ? [h.supervision] : []), ...h.pastSupervisions].map((s) => ({
      dueDate: s.dueDate,
      listedAt: new Date(s.listedAt),
      delistedAt: instant(s.delistedAt),
    })),
    assignedDueDate: h.assignment?.dueDate ?? null,
    closingReportAt: instant(h.assignment?.closingReport?.at),
    feedbackDueDate,
    feedbackGivenAt: c.feedbackGivenAt,
    tasks: tasks.map((t) => ({ dueDate: t.dueDate, createdAt: t.createdAt, doneAt: t.doneAt })),
  };
}

/**
 * Whether the case had an overdue item at the end of `day` (Beijing; the scorecards' 逾期事项):
 * its deadlines and when each was met, judged by domain/deadlines.ts `overdueOn`.
 */
export async function caseOverdueOn(
  deps: Pick<CasesDeps, "directory">,
  c: Case,
  tasks: readonly JointTask[],
  day: string,
): Promise<boolean> {
  if (!isDateOnly(day)) throw badInput("统计日期应为有效的 YYYY-MM-DD");
  const feedback = resultFeedbackDue(await deps.directory.calendar(), c);
  return overdueOn(deadlineHistory(c, tasks, feedback?.dueDate ?? null), day);
}
