import { In } from "typeorm";
import {
  badInput,
  beijingDate,
  inTransaction,
  isDateOnly,
  mustFind,
  newId,
  refuseIf,
  snapshot,
  writeAudit,
} from "@prp/kit";
import { Attendance, Course, TrainingSession, type CourseMaterial } from "../entities";
import { SessionMode } from "../domain/enums";
import { computeCoverage, type Coverage } from "../domain/coverage";
import type { UseCaseDeps } from "./deps";
import { requireDepartments, requireStaff, type PeopleDirectory } from "./people";

export interface CourseDraft {
  title: string;
  regulation: string;
  description?: string | null;
  materials: CourseMaterial[];
  hours: number;
}

const toMinutes = (hours: number) => Math.round(hours * 60);

function courseProblems(d: CourseDraft): string[] {
  const problems: string[] = [];
  if (!d.title.trim()) problems.push("课程名称不能为空");
  if (!d.regulation.trim()) problems.push("须填写所讲法规或内容");
  if (!(d.hours > 0 && d.hours <= 100)) problems.push("学时应大于 0、不超过 100 小时");
  if (d.materials.some((m) => !m.title.trim() || !m.format.trim())) problems.push("每份材料须有名称和格式");
  return problems;
}

export async function createCourse(deps: UseCaseDeps, d: CourseDraft): Promise<Course> {
  refuseIf(courseProblems(d));
  return inTransaction(deps.db, async (em) => {
    const course = em.create(Course, {
      id: newId(),
      title: d.title.trim(),
      regulation: d.regulation.trim(),
      description: d.description?.trim() || null,
      materials: d.materials.map((m) => ({
        title: m.title.trim(),
        format: m.format.trim(),
        pages: m.pages ?? null,
        reference: m.reference?.trim() || null,
      })),
      minutes: toMinutes(d.hours),
      createdAt: deps.clock.now(),
    });
    await em.insert(Course, course);
    await writeAudit(em, deps.actor, {
      action: "course.create",
      entity: "Course",
      entityId: course.id,
      after: snapshot(course),
    });
    return course;
  });
}

export interface SessionDraft {
  courseId: string;
  date: string;
  mode: SessionMode;
  trainerId: string;
  audienceDepartmentIds: string[];
  location?: string | null;
  /** Defaults to the course's hours. */
  hours?: number | null;
}

export async function scheduleSession(
  deps: UseCaseDeps,
  people: PeopleDirectory,
  d: SessionDraft,
): Promise<TrainingSession> {
  const problems: string[] = [];
  if (!isDateOnly(d.date)) problems.push("日期应为有效的 YYYY-MM-DD");
  if (d.hours !== undefined && d.hours !== null && !(d.hours > 0 && d.hours <= 24))
    problems.push("本场学时应大于 0、不超过 24 小时");
  if (!d.audienceDepartmentIds.length) problems.push("须选择参训部门");
  refuseIf(problems);
  await requireStaff(people, [d.trainerId], "授课人");
  await requireDepartments(people, d.audienceDepartmentIds);
  return inTransaction(deps.db, async (em) => {
    const course = await mustFind(em, Course, d.courseId, "培训课程");
    const session = em.create(TrainingSession, {
      id: newId(),
      courseId: course.id,
      date: d.date,
      mode: d.mode,
      trainerId: d.trainerId,
      audienceDepartmentIds: [...new Set(d.audienceDepartmentIds)],
      location: d.location?.trim() || null,
      minutes: d.hours ? toMinutes(d.hours) : course.minutes,
      createdAt: deps.clock.now(),
    });
    await em.insert(TrainingSession, session);
    await writeAudit(em, deps.actor, {
      action: "session.schedule",
      entity: "TrainingSession",
      entityId: session.id,
      after: snapshot(session),
    });
    return session;
  });
}

/**
 * Records who was present. Recording the same person twice changes nothing (natural key
 * session + person), so a retried request is safe; the answer is the session's whole list.
 */
export async function recordAttendance(
  deps: UseCaseDeps,
  people: PeopleDirectory,
  sessionId: string,
  userIds: string[],
): Promise<Attendance[]> {
  if (!userIds.length) throw badInput("须至少选择一名参训人员");
  await requireStaff(people, userIds, "参训人员");
  return inTransaction(deps.db, async (em) => {
    const session = await mustFind(em, TrainingSession, sessionId, "培训场次");
    if (session.date > beijingDate(deps.clock.now()))
      throw badInput(`培训场次在 ${session.date} 举行，尚未开始，不能登记出勤`);
    const existing = await em.findBy(Attendance, { sessionId });
    const present = new Set(existing.map((a) => a.userId));
    const added = [...new Set(userIds)]
      .filter((id) => !present.has(id))
      .map((userId) =>
        em.create(Attendance, {
          id: newId(),
          sessionId,
          userId,
          recordedAt: deps.clock.now(),
          recordedById: deps.actor.id,
        }),
      );
    if (added.length) {
      await em.insert(Attendance, added);
      await writeAudit(em, deps.actor, {
        action: "attendance.record",
        entity: "TrainingSession",
        entityId: sessionId,
        note: `登记出勤 ${added.length} 人`,
        after: { userIds: added.map((a) => a.userId) },
      });
    }
    return [...existing, ...added];
  });
}

export async function removeAttendance(deps: UseCaseDeps, sessionId: string, userId: string): Promise<boolean> {
  return inTransaction(deps.db, async (em) => {
    const row = await em.findOneBy(Attendance, { sessionId, userId });
    if (!row) return false;
    await em.delete(Attendance, { id: row.id });
    await writeAudit(em, deps.actor, {
      action: "attendance.remove",
      entity: "TrainingSession",
      entityId: sessionId,
      before: { userId },
    });
    return true;
  });
}

/** Users who attended at least one session dated within [from, to]. */
export async function trainedUserIds(deps: Pick<UseCaseDeps, "db">, from: string, to: string): Promise<Set<string>> {
  const rows = await deps.db
    .getRepository(Attendance)
    .createQueryBuilder("a")
    .select("DISTINCT a.userId", "userId")
    .innerJoin(TrainingSession, "s", "s.id = a.sessionId")
    .where("s.date >= :from AND s.date <= :to", { from, to })
    .getRawMany<{ userId: string }>();
  return new Set(rows.map((r) => r.userId));
}

/** 全员培训 for a year: each department's active staff, how many attended a session that year, and who is missing. */
export async function coverageForYear(
  deps: Pick<UseCaseDeps, "db">,
  people: PeopleDirectory,
  year: number,
): Promise<Coverage> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput("年份无效");
  const [staff, trained] = await Promise.all([
    people.activeStaff(),
    trainedUserIds(deps, `${year}-01-01`, `${year}-12-31`),
  ]);
  return computeCoverage(staff, trained);
}

export async function sessionsOfCourse(deps: Pick<UseCaseDeps, "db">, courseIds: string[]): Promise<TrainingSession[]> {
  return deps.db.getRepository(TrainingSession).find({ where: { courseId: In(courseIds) }, order: { date: "ASC" } });
}
