import type { EntityManager } from "typeorm";
import type { ReportRoutedV2 } from "@prp/contracts";
import { ReportFact } from "../entities/ReportFact";

/**
 * The facts of a routed report that colour labels need, kept from intake's ReportRouted events
 * (every decision, also those that open nothing: a repeat put on hold still counts). Written by
 * the event consumer in its transaction, so a redelivered event changes nothing twice.
 */
export interface RoutedReportFacts extends Pick<ReportRoutedV2, "reportId" | "origin" | "decidedAt"> {
  /** When intake received it (ISO); older events lack it and fall back to the decision time. */
  receivedAt?: string | null;
  /** Earlier reports of the same subject and matter (intake's 查). */
  repeatOf?: readonly string[] | null;
  /** People who co-signed it. */
  coSigners?: number | null;
}

export async function recordReportFacts(em: EntityManager, e: RoutedReportFacts, now: Date): Promise<void> {
  const row: ReportFact = {
    reportId: e.reportId,
    receivedAt: new Date(e.receivedAt ?? e.decidedAt),
    origin: e.origin ?? null,
    repeatOf: [...new Set(e.repeatOf ?? [])].filter((id) => id !== e.reportId),
    coSigners: Math.max(0, e.coSigners ?? 0),
    updatedAt: now,
  };
  // a report decided again after a reopening brings its newest facts
  await em.save(ReportFact, row);
}

/** When intake received a report, if its facts arrived. */
export async function reportReceivedAt(em: EntityManager, reportId: string): Promise<Date | null> {
  return (await em.findOneBy(ReportFact, { reportId }))?.receivedAt ?? null;
}
