import type { DataSource, EntityManager } from "typeorm";
import { CaseAccepted, CaseClosed, CaseConcluded, CaseOpened, TransferOpened } from "@prp/contracts";
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
import { Report } from "../entities/Report";
import { ReportHandler } from "../entities/ReportHandler";
import { ReportStatus } from "../domain/enums";
import { advanceHandling, type HandlingStage } from "../domain/triage";
import { REPORT_STATUS_LABELS } from "../domain/labels";
import { recordStep, setTriage, updateReport } from "./report-records";

/**
 * Moves a report to the stage case handling reached, with its step record and audit row, in the
 * consumer's transaction. An opening for a decision that has since been withdrawn (the report was
 * reopened, or decided again) is ignored: `decidedAt` names the decision it came from.
 */
async function reachStage(
  em: EntityManager,
  reportId: string,
  stage: HandlingStage,
  at: Date,
  note: string,
  decidedAt?: string,
): Promise<void> {
  const r = await em.findOneBy(Report, { id: reportId });
  if (!r) return;
  if (decidedAt && r.decidedAt?.toISOString() !== decidedAt) return;
  const before = r.triage;
  const next = advanceHandling(before, stage);
  if (next === before) return;
  setTriage(r, next);
  r.updatedAt = at;
  await updateReport(em, r, ["updatedAt"]);
  await recordStep(em, r.id, stage, null, note, at);
  await writeAudit(em, null, {
    action: `report.${stage.toLowerCase()}`,
    entity: "Report",
    entityId: r.id,
    before: { status: before.status },
    after: { status: next.status },
    note,
    at,
  });
}

/** What intake does with case handling's events. */
export function caseEventHandler(): EventHandler {
  return contractHandler([
    on(CaseOpened, (p, _e, em) =>
      reachStage(em, p.reportId, ReportStatus.ROUTED, new Date(p.openedAt), "办理部门已立案办理", p.decidedAt),
    ),
    on(TransferOpened, (p, _e, em) =>
      reachStage(
        em,
        p.reportId,
        ReportStatus.ROUTED,
        new Date(p.openedAt),
        `已移交主管部门，反馈期限 ${p.dueDate}`,
        p.decidedAt,
      ),
    ),
    on(CaseAccepted, async (p, _e, em) => {
      // the responsible handler may see the reporter; a reassignment ends the earlier handler's access
      await em.delete(ReportHandler, { reportId: p.reportId });
      await em.insert(ReportHandler, {
        reportId: p.reportId,
        userId: p.handlerId,
        unitId: p.unitId,
        caseId: p.caseId,
        since: new Date(p.at),
      });
      await writeAudit(em, null, {
        action: "report.handler",
        entity: "Report",
        entityId: p.reportId,
        after: { handlerId: p.handlerId, unitId: p.unitId },
        note: p.reassigned ? "改变承办责任" : "承办单位受理",
        at: new Date(p.at),
      });
      await reachStage(
        em,
        p.reportId,
        ReportStatus.IN_HANDLING,
        new Date(p.at),
        `承办单位已受理，${REPORT_STATUS_LABELS[ReportStatus.IN_HANDLING]}`,
      );
    }),
    on(CaseConcluded, (p, _e, em) => reachStage(em, p.reportId, ReportStatus.CONCLUDED, new Date(p.at), "已办结")),
    on(CaseClosed, (p, _e, em) => reachStage(em, p.reportId, ReportStatus.CLOSED, new Date(p.at), "已结案")),
  ]);
}

/** The consumer of case handling's events (a stand-in source in tests). */
export function caseEventConsumer(
  db: DataSource,
  source: EventSource,
  log?: (line: string) => void,
  intervalMs?: number,
): OutboxConsumer {
  return new OutboxConsumer(db, source, caseEventHandler(), { log, intervalMs });
}

/** The subgraph's background work: pull `casesEvents` over the graph while the process runs. */
export function startCaseEventConsumer(db: DataSource, log: (line: string) => void): BackgroundWork {
  const consumer = caseEventConsumer(db, graphEventSource("intake", "cases"), log, config().eventPollMs);
  consumer.start();
  return consumer;
}
