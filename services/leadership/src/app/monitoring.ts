import { In } from "typeorm";
import { beijingDate, type Page } from "@prp/kit";
import { Ownership } from "../entities/Ownership";
import { ScreenedCase } from "../entities/ScreenedCase";
import { OwnershipStatus } from "../domain/enums";
import { hasOverdue, remindersDue, type OwnedCaseDates, type Reminder } from "../domain/reminders";
import { reader, signedInActor, type LeadershipDeps } from "./leadership-deps";

/** The caller's ownerships (default the active ones), the latest first. */
export async function myOwnedCases(
  deps: LeadershipDeps,
  page: { offset: number; limit: number; status?: OwnershipStatus | null },
): Promise<Page<Ownership>> {
  const actor = signedInActor(deps);
  const where = { leaderId: actor.id, ...(page.status ? { status: page.status } : {}) };
  const [items, total] = await reader(deps)
    .getRepository(Ownership)
    .findAndCount({ where, order: { claimedAt: "DESC", id: "ASC" }, skip: page.offset, take: page.limit });
  return { items, total, offset: page.offset, limit: page.limit };
}

/** The caller's active ownerships with case handling's deadlines, asked in one call. */
async function activeCaseDates(deps: LeadershipDeps): Promise<OwnedCaseDates[]> {
  const actor = signedInActor(deps);
  const active = await reader(deps)
    .getRepository(Ownership)
    .find({ where: { leaderId: actor.id, status: OwnershipStatus.ACTIVE }, order: { claimedAt: "ASC" } });
  const handling = new Map((await deps.cases.deadlines(active.map((o) => o.caseId))).map((d) => [d.caseId, d]));
  return active.map((o) => {
    const h = handling.get(o.caseId);
    return {
      caseId: o.caseId,
      serial: o.serial,
      targetDate: o.targetDate,
      handling: h
        ? {
            status: h.status,
            supervisionDueDate: h.supervisionDueDate,
            assignedDueDate: h.assignedDueDate,
            assignmentReported: h.assignmentReported,
            feedbackDueDate: h.feedbackDueDate,
            feedbackState: h.feedbackState,
            tasks: h.tasks,
          }
        : null,
    };
  });
}

/** What falls due on the caller's owned cases within a working week, and what is overdue. */
export async function ownershipReminders(deps: LeadershipDeps): Promise<Reminder[]> {
  const dates = await activeCaseDates(deps);
  const calendar = await deps.directory.calendar();
  return remindersDue(dates, beijingDate(deps.clock.now()), calendar);
}

export interface LeadershipDashboardFigures {
  active: number;
  concluded: number;
  released: number;
  transferred: number;
  overdueCases: number;
  dueThisWeek: number;
  candidates: number;
  candidatesInLinkedTowns: number;
}

/** The counts on the leader's dashboard. */
export async function leadershipDashboard(deps: LeadershipDeps): Promise<LeadershipDashboardFigures> {
  const actor = signedInActor(deps);
  const db = reader(deps);
  const byStatus = await db
    .getRepository(Ownership)
    .createQueryBuilder("o")
    .select("o.status", "status")
    .addSelect("COUNT(*)", "n")
    .where("o.leaderId = :id", { id: actor.id })
    .groupBy("o.status")
    .getRawMany<{ status: OwnershipStatus; n: string | number }>();
  const count = (s: OwnershipStatus) => Number(byStatus.find((r) => r.status === s)?.n ?? 0);
  const candidates = await db.countBy(ScreenedCase, { candidate: true });
  const inTowns = actor.townIds.length
    ? await db.countBy(ScreenedCase, { candidate: true, townId: In(actor.townIds) })
    : 0;
  const dates = await activeCaseDates(deps);
  const today = beijingDate(deps.clock.now());
  const calendar = await deps.directory.calendar();
  return {
    active: count(OwnershipStatus.ACTIVE),
    concluded: count(OwnershipStatus.CONCLUDED),
    released: count(OwnershipStatus.RELEASED),
    transferred: count(OwnershipStatus.TRANSFERRED),
    overdueCases: dates.filter((d) => hasOverdue(d, today)).length,
    dueThisWeek: remindersDue(dates, today, calendar).filter((r) => !r.overdue).length,
    candidates,
    candidatesInLinkedTowns: inTowns,
  };
}
