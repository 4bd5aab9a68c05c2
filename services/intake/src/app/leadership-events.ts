import type { DataSource, EntityManager } from "typeorm";
import { OwnershipClaimed, OwnershipConcluded, OwnershipReleased, OwnershipTransferred } from "@prp/contracts";
import {
  OutboxConsumer,
  config,
  contractHandler,
  graphEventSource,
  on,
  writeAudit,
  type BackgroundWork,
  type EventHandler,
  type EventSource,
} from "@prp/kit";
import { ReportOwner } from "../entities/ReportOwner";

/** Records the leader who owns a report's case now, with an audit row. */
async function setOwner(
  em: EntityManager,
  p: { reportId: string; caseId: string; ownershipId: string; leaderId: string; at: string },
  note: string,
): Promise<void> {
  await em.delete(ReportOwner, { reportId: p.reportId });
  await em.insert(ReportOwner, {
    reportId: p.reportId,
    leaderId: p.leaderId,
    caseId: p.caseId,
    ownershipId: p.ownershipId,
    since: new Date(p.at),
  });
  await writeAudit(em, null, {
    action: "report.owner",
    entity: "Report",
    entityId: p.reportId,
    after: { leaderId: p.leaderId },
    note,
    at: new Date(p.at),
  });
}

/** Ends a leader's access to a report's reporter when their ownership ends (only that ownership's). */
async function clearOwner(
  em: EntityManager,
  p: { reportId: string; ownershipId: string; leaderId: string; at: string },
  note: string,
): Promise<void> {
  const r = await em.delete(ReportOwner, { reportId: p.reportId, ownershipId: p.ownershipId });
  if (!r.affected) return;
  await writeAudit(em, null, {
    action: "report.owner",
    entity: "Report",
    entityId: p.reportId,
    before: { leaderId: p.leaderId },
    note,
    at: new Date(p.at),
  });
}

/** What intake does with leadership's events: who owns a report's case (and so may see its reporter). */
export function leadershipEventHandler(): EventHandler {
  return contractHandler([
    on(OwnershipClaimed, (p, _e, em) => setOwner(em, p, "领导包案")),
    on(OwnershipTransferred, async (p, _e, em) => {
      await clearOwner(
        em,
        { reportId: p.reportId, ownershipId: p.fromOwnershipId, leaderId: p.fromLeaderId, at: p.at },
        "调整包案领导",
      );
      await setOwner(
        em,
        { reportId: p.reportId, caseId: p.caseId, ownershipId: p.toOwnershipId, leaderId: p.toLeaderId, at: p.at },
        "调整包案领导",
      );
    }),
    on(OwnershipReleased, (p, _e, em) => clearOwner(em, p, "退出包案")),
    on(OwnershipConcluded, (p, _e, em) => clearOwner(em, p, "案件办结，包案结束")),
  ]);
}

/** The consumer of leadership's events (a stand-in source in tests). */
export function leadershipEventConsumer(
  db: DataSource,
  source: EventSource,
  log?: (line: string) => void,
  intervalMs?: number,
): OutboxConsumer {
  return new OutboxConsumer(db, source, leadershipEventHandler(), { log, intervalMs });
}

/** The subgraph's background work: pull `leadershipEvents` over the graph while the process runs. */
export function startLeadershipEventConsumer(db: DataSource, log: (line: string) => void): BackgroundWork {
  const consumer = leadershipEventConsumer(db, graphEventSource("intake", "leadership"), log, config().eventPollMs);
  consumer.start();
  return consumer;
}
