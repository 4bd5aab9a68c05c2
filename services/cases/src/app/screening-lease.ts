import type { DataSource } from "typeorm";
import { ScreeningLease } from "../entities/ScreeningLease";

/**
 * Exactly one replica runs each scheduled job slot: a replica runs only when one atomic
 * UPDATE … WHERE moved the job's row to the new slot for it (the database decides between
 * replicas; the loser's UPDATE matches no row). The lease time keeps a second run from starting
 * while one is still working (a run on demand claims the lease without a slot).
 */
export async function claimLease(
  db: DataSource,
  job: string,
  holder: string,
  now: Date,
  leaseMs: number,
  slot?: string,
): Promise<boolean> {
  // the row exists once; a second replica's insert is ignored
  await db
    .createQueryBuilder()
    .insert()
    .into(ScreeningLease)
    .values({ job, slot: "", holder: null, leaseUntil: new Date(0) })
    .orIgnore()
    .execute();
  const qb = db
    .createQueryBuilder()
    .update(ScreeningLease)
    .set({ holder, leaseUntil: new Date(now.getTime() + leaseMs), ...(slot ? { slot } : {}) })
    .where("job = :job", { job })
    .andWhere("leaseUntil <= :now", { now });
  if (slot) qb.andWhere("slot < :slot", { slot });
  const result = await qb.execute();
  return result.affected === 1;
}

/** Gives the lease back early (the slot stays claimed). */
export async function releaseLease(db: DataSource, job: string, holder: string, now: Date): Promise<void> {
  await db
    .createQueryBuilder()
    .update(ScreeningLease)
    .set({ leaseUntil: now })
    .where("job = :job AND holder = :holder", { job, holder })
    .execute();
}
