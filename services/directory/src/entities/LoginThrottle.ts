import { Column, Entity, PrimaryColumn } from "typeorm";
import { dateColumn } from "@prp/kit";

/** Consecutive failed logins per username, kept in the database so every replica sees them. */
@Entity("login_throttle")
export class LoginThrottle {
  @PrimaryColumn({ type: "varchar", length: 64 })
  username!: string;

  @Column({ type: "integer", default: 0 })
  failures!: number;

  @dateColumn({ nullable: true })
  lastFailureAt!: Date | null;
}
