import type { DataSource } from "typeorm";
import { OutboxConsumer, config, graphEventSource, systemClock, type BackgroundWork, type EventSource } from "@prp/kit";
import type { CasesDeps } from "./cases-deps";
import { routingEventHandler } from "./routing-events";
import { directoryClient } from "../infra/directory-client";

/**
 * The consumer of intake's routing events, as the running subgraph starts it: pulls
 * `intakeEvents` over the graph, applies each event once, and polls on an interval.
 */
export function intakeConsumer(db: DataSource, source: EventSource, deps: Omit<CasesDeps, "db" | "actor">, log?: (line: string) => void, intervalMs?: number): OutboxConsumer {
  return new OutboxConsumer(db, source, routingEventHandler((em) => ({ ...deps, db: em, actor: null })), { intervalMs, log });
}

/** The subgraph's background work: the intake consumer, started and stopped with the process. */
export function startIntakeConsumer(db: DataSource, log: (line: string) => void): BackgroundWork {
  const consumer = intakeConsumer(
    db,
    graphEventSource("cases", "intake"),
    { clock: systemClock, directory: directoryClient, settings: { transferFeedbackWorkingDays: config().transferFeedbackWorkingDays } },
    log,
    config().eventPollMs,
  );
  consumer.start();
  return consumer;
}
