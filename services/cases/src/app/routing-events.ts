import type { EntityManager } from "typeorm";
import { ReportReopened, ReportRouted } from "@prp/contracts";
import { contractHandler, on, type EventHandler } from "@prp/kit";
import type { CasesDeps } from "./cases-deps";
import { openFromRouting, withdrawRouting } from "./opening";

/**
 * What case handling does with intake's events: open on ReportRouted, withdraw on
 * ReportReopened. Each runs with the consumer's entity manager, so its writes commit together
 * with the consumed-event row and the cursor (exactly once).
 */
export function routingEventHandler(depsFor: (em: EntityManager) => CasesDeps): EventHandler {
  return contractHandler([
    on(ReportRouted, async (payload, _event, em) => {
      await openFromRouting(depsFor(em), payload);
    }),
    on(ReportReopened, async (payload, _event, em) => {
      await withdrawRouting(depsFor(em), payload);
    }),
  ]);
}
