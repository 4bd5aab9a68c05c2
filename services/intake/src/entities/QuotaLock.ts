import { Entity, PrimaryColumn } from "typeorm";

/**
 * One row per counted source of a limit (a client address, an ID number), locked while a request
 * counts its earlier uses and records its own, so that concurrent requests are counted one after
 * another and cannot pass the limit together.
 */
@Entity("quota_lock")
export class QuotaLock {
  /** `<limit>:<keyed hash of the source>`. */
  @PrimaryColumn({ type: "varchar", length: 64 })
  quotaKey!: string;
}
