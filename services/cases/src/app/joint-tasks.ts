import { LessThan, Not } from "typeorm";
import { newId, notFound, writeAudit, type AuthUser } from "@prp/kit";
import { JointTask } from "../entities/JointTask";
import { Case } from "../entities/Case";
import { CaseUnit } from "../entities/CaseUnit";
import { TaskStatus } from "../domain/enums";
import { checkNewTask, moveTask, type NewTask } from "../domain/joint-tasks";
import { caseVisibility } from "../domain/access";
import { mustFindCase, recordHistory } from "./case-records";
import { reader, signedInActor, transaction, type CasesDeps } from "./cases-deps";

const caseActor = (u: AuthUser) => ({ id: u.id, roles: u.roles, departmentId: u.departmentId ?? null });

/** The directing unit (or a leader) gives a unit of a joint or coordinated case a task with an assignee and a due date. */
export async function addJointTask(
  deps: CasesDeps,
  caseId: string,
  input: NewTask & { assigneeId?: string | null },
): Promise<JointTask> {
  const actor = signedInActor(deps);
  return transaction(deps, async (em) => {
    const c = await mustFindCase(em, caseId);
    const t = { unitId: input.unitId.trim(), title: input.title.trim(), dueDate: input.dueDate.trim() };
    checkNewTask(c.handling, caseActor(actor), t);
    const now = deps.clock.now();
    const task = em.create(JointTask, {
      id: newId(),
      caseId,
      ...t,
      assigneeId: input.assigneeId?.trim() || null,
      status: TaskStatus.OPEN,
      result: null,
      createdAt: now,
      doneAt: null,
    });
    await em.insert(JointTask, task);
    await recordHistory(em, caseId, "TASK", actor, `分派任务：${t.title}（期限 ${t.dueDate}）`, now);
    await writeAudit(em, actor, {
      action: "task.create",
      entity: "JointTask",
      entityId: task.id,
      after: { caseId, unitId: t.unitId, dueDate: t.dueDate },
      note: t.title,
      at: now,
    });
    return task;
  });
}

/** The task's unit moves it on (OPEN → IN_PROGRESS → DONE), optionally with what was done. */
export async function updateJointTask(
  deps: CasesDeps,
  taskId: string,
  status: TaskStatus,
  result?: string | null,
): Promise<JointTask> {
  const actor = signedInActor(deps);
  return transaction(deps, async (em) => {
    const task = await em.findOneBy(JointTask, { id: taskId });
    if (!task) throw notFound("任务", taskId);
    const now = deps.clock.now();
    const before = task.status;
    task.status = moveTask(task.status, status, caseActor(actor), task.unitId);
    if (result?.trim()) task.result = result.trim();
    if (task.status === TaskStatus.DONE) task.doneAt = now;
    await em.update(JointTask, { id: task.id }, { status: task.status, result: task.result, doneAt: task.doneAt });
    await recordHistory(
      em,
      task.caseId,
      "TASK",
      actor,
      `任务“${task.title}”：${status === TaskStatus.DONE ? "已完成" : "进行中"}`,
      now,
    );
    await writeAudit(em, actor, {
      action: "task.update",
      entity: "JointTask",
      entityId: task.id,
      before: { status: before },
      after: { status: task.status },
      at: now,
    });
    return task;
  });
}

export interface TaskFilter {
  unitId?: string | null;
  status?: TaskStatus | null;
  /** Only tasks not done whose due date is before this day (YYYY-MM-DD). */
  overdueOn?: string | null;
}

/** Joint tasks for the boards: by unit and status, or overdue. A handler sees only their unit's tasks. */
export async function listJointTasks(
  deps: Pick<CasesDeps, "db">,
  actor: AuthUser,
  f: TaskFilter,
): Promise<JointTask[]> {
  const seeAll = caseVisibility(actor.roles, actor.departmentId ?? null).all;
  const where: Record<string, unknown> = {};
  if (!seeAll) where.unitId = actor.departmentId ?? "";
  if (f.unitId) where.unitId = seeAll || f.unitId === actor.departmentId ? f.unitId : "";
  if (f.status) where.status = f.status;
  if (f.overdueOn) {
    where.dueDate = LessThan(f.overdueOn);
    if (!f.status) where.status = Not(TaskStatus.DONE);
  }
  return reader(deps).find(JointTask, { where, order: { dueDate: "ASC", id: "ASC" }, take: 1000 });
}

export interface UnitWorkload {
  unitId: string;
  /** Cases still being handled in which the unit takes part. */
  activeCases: number;
  pendingAcceptance: number;
  openTasks: number;
  overdueTasks: number;
}

/** Each unit's workload: active cases it takes part in, cases waiting for it to accept, open and overdue tasks. */
export async function unitWorkloads(deps: Pick<CasesDeps, "db">, today: string): Promise<UnitWorkload[]> {
  const em = reader(deps);
  const active = await em
    .createQueryBuilder(CaseUnit, "u")
    .innerJoin(Case, "c", "c.id = u.caseId")
    .select("u.unitId", "unitId")
    .addSelect("SUM(CASE WHEN c.status IN ('ACCEPTED', 'IN_PROGRESS') THEN 1 ELSE 0 END)", "active")
    .addSelect("SUM(CASE WHEN c.status = 'PENDING_ACCEPTANCE' THEN 1 ELSE 0 END)", "pending")
    .groupBy("u.unitId")
    .getRawMany<{ unitId: string; active: string | number; pending: string | number }>();
  const tasks = await em
    .createQueryBuilder(JointTask, "t")
    .select("t.unitId", "unitId")
    .addSelect("COUNT(*)", "open")
    .addSelect("SUM(CASE WHEN t.dueDate < :today THEN 1 ELSE 0 END)", "overdue")
    .where("t.status IN (:...open)", { open: [TaskStatus.OPEN, TaskStatus.IN_PROGRESS] })
    .setParameter("today", today)
    .groupBy("t.unitId")
    .getRawMany<{ unitId: string; open: string | number; overdue: string | number }>();
  const byUnit = new Map<string, UnitWorkload>();
  const get = (unitId: string) =>
    byUnit.get(unitId) ??
    byUnit.set(unitId, { unitId, activeCases: 0, pendingAcceptance: 0, openTasks: 0, overdueTasks: 0 }).get(unitId)!;
  for (const a of active)
    Object.assign(get(a.unitId), { activeCases: Number(a.active), pendingAcceptance: Number(a.pending) });
  for (const t of tasks)
    Object.assign(get(t.unitId), { openTasks: Number(t.open), overdueTasks: Number(t.overdue ?? 0) });
  return [...byUnit.values()]
    .filter((w) => w.activeCases + w.pendingAcceptance + w.openTasks > 0)
    .sort((a, b) => b.activeCases - a.activeCases || a.unitId.localeCompare(b.unitId));
}
