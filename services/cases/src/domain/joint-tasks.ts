import { badInput, conflict, forbidden, isDateOnly, Role } from "@prp/kit/core";
import { HandlingMode, TaskStatus } from "./enums";
import { unitsOf, type CaseActor, type CaseState } from "./case-handling";

/** Who assigns tasks in a jointly handled case: the lead or coordinating unit's handlers, and leaders. */
export const TASK_ROLES = [Role.CASE_HANDLER, Role.LEADER] as const;

/** The unit that directs the others: 室组地's lead, 片区协作's coordinator. */
export function directingUnit(state: CaseState): string | null {
  return state.joint?.leadUnitId ?? state.coordination?.coordinatingUnitId ?? null;
}

export interface NewTask {
  unitId: string;
  title: string;
  dueDate: string;
}

/** A task may be given in a joint or coordinated case still being handled, to one of its units, by the directing unit or a leader. */
export function checkNewTask(state: CaseState, actor: CaseActor, t: NewTask): void {
  if (state.mode === HandlingMode.SINGLE_UNIT) throw conflict("只有片区协作或“室组地”联合办理的案件才能分派任务");
  if (!["ACCEPTED", "IN_PROGRESS"].includes(state.status)) throw conflict("案件须已受理且未办结，才能分派任务");
  if (!actor.roles.includes(Role.LEADER) && actor.departmentId !== directingUnit(state))
    throw forbidden("只有牵头（协调）单位或委领导才能分派任务");
  if (!unitsOf(state).includes(t.unitId)) throw badInput("任务只能分派给参与办理的单位");
  if (!t.title.trim()) throw badInput("请填写任务内容");
  if (!isDateOnly(t.dueDate)) throw badInput("完成期限不是有效的日期（格式：YYYY-MM-DD）");
}

const NEXT: Record<TaskStatus, readonly TaskStatus[]> = {
  [TaskStatus.OPEN]: [TaskStatus.IN_PROGRESS, TaskStatus.DONE],
  [TaskStatus.IN_PROGRESS]: [TaskStatus.DONE],
  [TaskStatus.DONE]: [],
};

/** A task moves on by its own unit's handlers (or a leader): OPEN → IN_PROGRESS → DONE, never back. */
export function moveTask(current: TaskStatus, next: TaskStatus, actor: CaseActor, taskUnitId: string): TaskStatus {
  if (!actor.roles.includes(Role.LEADER) && actor.departmentId !== taskUnitId)
    throw forbidden("只有承担任务的单位才能更新任务状态");
  if (!NEXT[current].includes(next))
    throw conflict(current === TaskStatus.DONE ? "任务已完成" : "任务状态只能向前推进");
  return next;
}
