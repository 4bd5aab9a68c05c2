import { type Page } from "@prp/kit";
import { ScreenedCase } from "../entities/ScreenedCase";
import { compareForLeader } from "../domain/screening";
import type { ScreeningReason } from "../domain/enums";
import { reader, type LeadershipDeps } from "./leadership-deps";

export interface Candidate {
  caseId: string;
  serial: string;
  townId: string | null;
  reasons: ScreeningReason[];
  inLinkedTown: boolean;
  since: Date;
}

/**
 * The screening queue as the caller sees it: the cases in their linked towns (包联镇街) first, then
 * by the number of reasons and how long they have waited. `linkedOnly` leaves the other towns out.
 */
export async function screeningQueue(
  deps: LeadershipDeps,
  page: { offset: number; limit: number; linkedOnly?: boolean | null },
): Promise<Page<Candidate>> {
  const towns = deps.actor?.townIds ?? [];
  const linked = new Set(towns);
  const rows = await reader(deps)
    .getRepository(ScreenedCase)
    .find({
      where: { candidate: true },
      select: { caseId: true, serial: true, townId: true, reasons: true, candidateSince: true, updatedAt: true },
    });
  const all = rows
    .map((r) => ({
      caseId: r.caseId,
      serial: r.serial,
      townId: r.townId,
      reasons: r.reasons,
      inLinkedTown: !!r.townId && linked.has(r.townId),
      since: r.candidateSince ?? r.updatedAt,
    }))
    .filter((c) => !page.linkedOnly || c.inLinkedTown)
    .sort(compareForLeader(towns));
  return {
    items: all.slice(page.offset, page.offset + page.limit),
    total: all.length,
    offset: page.offset,
    limit: page.limit,
  };
}
