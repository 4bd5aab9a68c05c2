import { In, type FindOptionsWhere } from "typeorm";
import { beijingDate, conflict, forbidden, newId, refuseIf, snapshot, writeAudit } from "@prp/kit";
import { TownMeeting } from "../entities/TownMeeting";
import { cleanList, townMeetingProblems } from "../domain/field-work";
import { reader, signedInActor, transaction, type LeadershipDeps } from "./leadership-deps";

export interface TownMeetingDraft {
  townId: string;
  heldOn: string;
  topics: string[];
  decisions: string;
}

/**
 * A leader records a petition meeting of one of their linked towns they attended (列席专题会议).
 * The towns are the directory's (the signed-in user's linked towns). The same meeting twice is a CONFLICT.
 */
export async function recordTownMeeting(deps: LeadershipDeps, d: TownMeetingDraft): Promise<TownMeeting> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  refuseIf(townMeetingProblems(d, beijingDate(now)));
  if (!actor.townIds.includes(d.townId)) throw forbidden("只能记录本人包联镇（街道）的信访专题会议");
  return transaction(deps, async (em) => {
    if (await em.countBy(TownMeeting, { leaderId: actor.id, townId: d.townId, heldOn: d.heldOn }))
      throw conflict(`${d.heldOn} 您列席该镇（街道）的信访专题会议已记录`);
    const m = em.create(TownMeeting, {
      id: newId(),
      leaderId: actor.id,
      leaderName: actor.displayName,
      townId: d.townId,
      heldOn: d.heldOn,
      topics: cleanList(d.topics),
      decisions: d.decisions.trim(),
      recordedById: actor.id,
      recordedAt: now,
    });
    await em.insert(TownMeeting, m);
    await writeAudit(em, actor, {
      action: "town.meeting",
      entity: "TownMeeting",
      entityId: m.id,
      after: snapshot(m),
      note: `列席包联镇街信访专题会议 ${d.heldOn}`,
      at: now,
    });
    return m;
  });
}

/** Meetings attended, newest first: of some towns (default: the reader's linked towns, or all when they have none). */
export async function townMeetings(
  deps: LeadershipDeps,
  f: { townIds?: string[] | null; leaderId?: string | null; limit: number },
): Promise<TownMeeting[]> {
  const actor = signedInActor(deps);
  const towns = f.townIds?.length ? f.townIds : actor.townIds;
  const where: FindOptionsWhere<TownMeeting> = {};
  if (towns.length) where.townId = In(towns);
  if (f.leaderId) where.leaderId = f.leaderId;
  return reader(deps).find(TownMeeting, { where, order: { heldOn: "DESC", recordedAt: "DESC" }, take: f.limit });
}
