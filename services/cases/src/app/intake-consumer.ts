import type { DataSource } from "typeorm";
import { OutboxConsumer, config, graphEventSource, systemClock, type BackgroundWork, type EventSource } from "@prp/kit";
import type { CasesDeps } from "./cases-deps";
import { routingEventHandler } from "./routing-events";
import { directoryClient } from "../infra/directory-client";

/**
 * The consumer of intake's routing events: applies each event once, in order, opening cases and
 * transfers with the event's entity manager.
 */
export function intakeConsumer(
  db: DataSource,
  source: EventSource,
  deps: Omit<CasesDeps, "db" | "actor">,
  log?: (line: string) => void,
  intervalMs?: number,
): OutboxConsumer {
  return new OutboxConsumer(
    db,
    source,
    routingEventHandler((em) => ({ ...deps, db: em, actor: null })),
    { intervalMs, log },
  );
}

/**
 * The subgraph's background work: pull `intakeEvents` over the graph on an interval. `afterCatchUp`
 * runs after each poll that succeeded, until it returns true (the demo handling waits for the
 * demo routings to have opened their cases).
 */
export function startIntakeConsumer(
  db: DataSource,
  log: (line: string) => void,
  afterCatchUp?: (deps: Omit<CasesDeps, "db" | "actor">) => Promise<boolean>,
): BackgroundWork {
  const deps = {
    clock: systemClock,
    directory: directoryClient,
    settings: { transferFeedbackWorkingDays: config().transferFeedbackWorkingDays },
  };
  const consumer = intakeConsumer(db, graphEventSource("cases", "intake"), deps, log);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = afterCatchUp;
  let stopped = false;
  // a failure is logged when it starts or changes, not at every poll while intake is away
  let lastFailure = "";
  const tick = () => {
    running = consumer
      .pollOnce()
      .then(async () => {
        if (lastFailure) log("intake 事件拉取已恢复");
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
        const message = `intake 事件拉取失败：${err?.message ?? err}`;
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
