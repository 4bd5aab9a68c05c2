import { Column, Entity, PrimaryColumn } from "typeorm";
import { dateColumn } from "@prp/kit";

/**
 * Counted login attempts per key ("user:<lower-case username>" or "ip:<client address>"), kept
 * in the database so every replica sees them. An attempt is counted before its password is
 * checked (app/login.ts), so concurrent attempts cannot slip past the limit.
 */
@Entity("login_throttle")
export class LoginThrottle {
  @PrimaryColumn({ type: "varchar", length: 100 })
  throttleKey!: string;

  @Column({ type: "integer", default: 0 })
  failures!: number;

  @dateColumn({ nullable: true })
  lastFailureAt!: Date | null;
}
