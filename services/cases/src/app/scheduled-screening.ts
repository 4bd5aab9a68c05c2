import type { DataSource } from "typeorm";
import { inTransaction, systemClock, writeAudit, type BackgroundWork, type Clock } from "@prp/kit";
import type { LabelConfig } from "../domain/colour-labels";
import { loadLabelConfig } from "./label-settings";
import { holderName, SCREENING_JOB, SCREENING_LEASE_MS, screenLabels, type ScreeningResult } from "./colour-labels";
import { announceOverdueTransfers } from "./transfer-feedback";
import { claimLease, releaseLease } from "./screening-lease";

/**
 * The daily rolling screening in the background of every replica: each replica asks every few
 * minutes; the one whose claim moves the lease row to today's slot screens every case's colour
 * label and announces newly overdue transfers, the others do nothing.
 */

/** The slot of a scheduled screening: one a day, on the Beijing calendar. */
export const dailySlot = (now: Date): string => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export interface ScheduledRun extends ScreeningResult {
  slot: string;
  overdueTransfersAnnounced: number;
}

/** Runs one slot's screening if this replica claims it; null when another has it (or ran it already). */
export async function runScheduledScreening(
  db: DataSource,
  now: Date,
  config?: LabelConfig,
  holder = holderName(),
  slot = dailySlot(now),
): Promise<ScheduledRun | null> {
  if (!(await claimLease(db, SCREENING_JOB, holder, now, SCREENING_LEASE_MS, slot))) return null;
  try {
    return await inTransaction(db, async (em) => {
      const result = await screenLabels(em, null, now, config ?? (await loadLabelConfig(em)));
      const overdueTransfersAnnounced = await announceOverdueTransfers(em, now);
      await writeAudit(em, null, {
        action: "label.screen",
        entity: "CaseLabel",
        entityId: result.screeningId,
        after: { screened: result.screened, changed: result.changed, overdueTransfersAnnounced, slot },
        note: `滚动筛查（定时，${slot}）`,
        at: now,
      });
      return { ...result, slot, overdueTransfersAnnounced };
    });
  } finally {
    await releaseLease(db, SCREENING_JOB, holder, now);
  }
}

/** How often a replica asks whether today's screening is still to do. */
export const SCREENING_POLL_MS = 5 * 60_000;

/** The background work of the subgraph process: started after migrations, stopped before the database closes. */
export function startScheduledScreening(
  db: DataSource,
  log: (line: string) => void,
  opts: { clock?: Clock; config?: LabelConfig; intervalMs?: number } = {},
): BackgroundWork {
  const clock = opts.clock ?? systemClock;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  const tick = () => {
    running = runScheduledScreening(db, clock.now(), opts.config)
      .then(
        (r) =>
          r &&
          log(
            `colour labels screened (${r.slot}): ${r.screened} cases, ${r.changed} changed; ${r.overdueTransfersAnnounced} transfers newly overdue`,
          ),
      )
      .catch((err) => log(`colour label screening failed: ${err?.message ?? err}`))
      .finally(() => {
        running = undefined;
        if (timer) timer = setTimeout(tick, opts.intervalMs ?? SCREENING_POLL_MS);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      const t = timer;
      timer = undefined;
      if (t) clearTimeout(t);
      await running;
    },
  };
}
