import { Column, Entity, PrimaryColumn } from "typeorm";
import { dateColumn } from "@prp/kit";

/**
 * Who runs a scheduled job now, across replicas: a replica runs the job's next slot only if an
 * atomic UPDATE … WHERE slot < :slot AND leaseUntil < :now moved the row to that slot for it
 * (app/screening-lease.ts). One row per job.
 */
@Entity("screening_lease")
export class ScreeningLease {
  @PrimaryColumn({ type: "varchar", length: 40 })
  job!: string;

  /** The last slot claimed (e.g. the hour of a scheduled run, 2026-11-28T09), "" before any. */
  @Column({ type: "varchar", length: 40, default: "" })
  slot!: string;

  @Column({ type: "varchar", length: 80, nullable: true })
  holder!: string | null;

  @dateColumn()
  leaseUntil!: Date;
}
