import { LessThan, type DataSource } from "typeorm";
import type { BackgroundWork } from "@prp/kit";
import type { Clock } from "@prp/kit/core";
import { LoginThrottle } from "../entities/LoginThrottle";
import { UserSession } from "../entities/UserSession";
import { authHousekeepingCutoffs } from "../domain/throttle";

export interface HousekeepingResult {
  sessions: number;
  throttles: number;
}

/**
 * Deletes the login table rows that no longer decide anything (domain/throttle.ts says which),
 * so a busy year of logins and sprayed usernames does not pile up. Audit rows stay: they are the
 * record of who signed in.
 */
export async function purgeStaleAuthRows(db: DataSource, clock: Clock): Promise<HousekeepingResult> {
  const { throttleBefore, sessionExpiredBefore } = authHousekeepingCutoffs(clock.now());
  const sessions = await db.getRepository(UserSession).delete({ expiresAt: LessThan(sessionExpiredBefore) });
  const throttles = await db
    .createQueryBuilder()
    .delete()
    .from(LoginThrottle)
    .where("failures <= 0 OR lastFailureAt IS NULL OR lastFailureAt < :before", { before: throttleBefore })
    .execute();
  return { sessions: sessions.affected ?? 0, throttles: throttles.affected ?? 0 };
}

/** Runs the purge at start and then every `everyMs` (hourly by default) beside the API. */
export function startAuthHousekeeping(
  db: DataSource,
  clock: Clock,
  log: (line: string) => void,
  everyMs = 3_600_000,
): BackgroundWork {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = purgeStaleAuthRows(db, clock)
      .then((r) => {
        if (r.sessions || r.throttles) log(`清理过期登录记录：会话 ${r.sessions} 条，登录限制 ${r.throttles} 条`);
      })
      .catch((err) => log(`清理过期登录记录失败（下次再试）：${(err as Error).message}`));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
