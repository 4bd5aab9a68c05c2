import type { EntityManager } from "typeorm";
import { ReportReopened, ReportRouted } from "@prp/contracts";
import { contractHandler, on, type EventHandler } from "@prp/kit";
import type { CasesDeps } from "./cases-deps";
import { openFromRouting, withdrawRouting } from "./opening";
import { recordReportFacts } from "./report-facts";

/**
 * What case handling does with intake's events: open on ReportRouted, withdraw on
 * ReportReopened. Each runs with the consumer's entity manager, so its writes commit together
 * with the consumed-event row and the cursor (exactly once).
 */
export function routingEventHandler(depsFor: (em: EntityManager) => CasesDeps): EventHandler {
  return contractHandler([
    on(ReportRouted, async (payload, _event, em) => {
      const deps = depsFor(em);
      // the facts colour labels need are kept for every decision, also those that open nothing
      await recordReportFacts(em, payload, deps.clock.now());
      await openFromRouting(deps, payload);
    }),
    on(ReportReopened, async (payload, _event, em) => {
      await withdrawRouting(depsFor(em), payload);
    }),
  ]);
}
