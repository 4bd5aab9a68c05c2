import type { DataSource } from "typeorm";
import {
  CaseAccepted,
  CaseClosed,
  CaseConcluded,
  CaseGraded,
  CaseOpened,
  LabelChanged,
  ReportRouted,
  ReporterDissatisfied,
} from "@prp/contracts";
import {
  OutboxConsumer,
  config,
  contractHandler,
  graphEventSource,
  on,
  type BackgroundWork,
  type EventHandler,
  type EventSource,
} from "@prp/kit";
import { CaseStage } from "../domain/enums";
import { caseOpened, reportRouted, updateFacts } from "./screening";
import { concludeOwnership } from "./ownership";
import type { LeadershipDeps } from "./leadership-deps";
import { directoryClient } from "../infra/directory-client";
import { casesClient } from "../infra/cases-client";

/** What leadership does with case handling's events: the screening's facts, and ownerships that end. */
export function caseEventHandler(): EventHandler {
  return contractHandler([
    on(CaseOpened, (p, _e, em) =>
      caseOpened(em, {
        caseId: p.caseId,
        reportId: p.reportId,
        serial: p.serial,
        unitId: p.handlingUnitId,
        openedAt: new Date(p.openedAt),
      }),
    ),
    on(CaseAccepted, async (p, _e, em) => void (await updateFacts(em, p.caseId, { unitId: p.unitId }, new Date(p.at)))),
    on(CaseGraded, async (p, _e, em) => void (await updateFacts(em, p.caseId, { grade: p.grade }, new Date(p.at)))),
    on(
      LabelChanged,
      async (p, _e, em) => void (await updateFacts(em, p.caseId, { colour: p.toColour }, new Date(p.at))),
    ),
    on(
      ReporterDissatisfied,
      async (p, _e, em) => void (await updateFacts(em, p.caseId, { dissatisfied: true }, new Date(p.at))),
    ),
    on(CaseConcluded, async (p, _e, em) => {
      const at = new Date(p.at);
      await concludeOwnership(em, p.caseId, at, "案件已办结");
      await updateFacts(em, p.caseId, { stage: CaseStage.CONCLUDED, owned: false }, at);
    }),
    on(CaseClosed, async (p, _e, em) => {
      const at = new Date(p.at);
      await concludeOwnership(em, p.caseId, at, "案件已结案");
      await updateFacts(em, p.caseId, { stage: CaseStage.CLOSED, owned: false }, at);
    }),
  ]);
}

/** What leadership does with intake's events: where a routed report came from, and its town. */
export function intakeEventHandler(): EventHandler {
  return contractHandler([
    on(ReportRouted, (p, _e, em) =>
      reportRouted(
        em,
        { reportId: p.reportId, origin: p.origin, townId: p.townId, forwardingAuthority: p.forwardingAuthority },
        new Date(p.decidedAt),
      ),
    ),
  ]);
}

/** The consumers of case handling's and intake's events (stand-in sources in tests). */
export function leadershipConsumers(
  db: DataSource,
  sources: { cases: EventSource; intake: EventSource },
  log?: (line: string) => void,
  intervalMs?: number,
): { cases: OutboxConsumer; intake: OutboxConsumer } {
  return {
    cases: new OutboxConsumer(db, sources.cases, caseEventHandler(), { log, intervalMs }),
    intake: new OutboxConsumer(db, sources.intake, intakeEventHandler(), { log, intervalMs }),
  };
}

/**
 * The subgraph's background work: pull `intakeEvents`, then `casesEvents`, over the graph on an
 * interval; `afterCatchUp` runs after each poll that succeeded, until it returns true (the demo
 * ownerships wait for demo cases to be screened). One after the other, never at once: a report's routing facts and its case's opening
 * meet in the same rows, and two consumers writing them together could each miss the other's.
 */
export function startEventConsumers(
  db: DataSource,
  log: (line: string) => void,
  afterCatchUp?: (deps: Omit<LeadershipDeps, "db" | "actor" | "clock">) => Promise<boolean>,
): BackgroundWork {
  const deps = {
    directory: directoryClient,
    cases: casesClient,
    settings: { commissionHead: config().commissionHead },
  };
  let pending = afterCatchUp;
  const c = leadershipConsumers(
    db,
    { cases: graphEventSource("leadership", "cases"), intake: graphEventSource("leadership", "intake") },
    log,
  );
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  // a failure is logged when it starts or changes, not at every poll while a producer is away
  let lastFailure = "";
  const tick = () => {
    running = c.intake
      .pollOnce()
      .then(() => c.cases.pollOnce())
      .then(async () => {
        if (lastFailure) log("事件拉取已恢复");
        lastFailure = "";
        const next = pending;
        if (!next) return;
        // follow-up work that fails is logged and left for the next start (it must not slow every poll)
        const done = await next(deps).catch((err) => {
          log(`事件追平后的后续处理失败：${err?.message ?? err}`);
          return true;
        });
        if (done) pending = undefined;
      })
      .catch((err) => {
        const message = `事件拉取失败：${err?.message ?? err}`;
        if (message !== lastFailure) log(message);
        lastFailure = message;
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, config().eventPollMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
