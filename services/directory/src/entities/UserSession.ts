import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";

/** Why a session ended before its expiry. */
export type SessionEndReason = "LOGOUT" | "DEACTIVATED" | "ACCESS_CHANGED" | "PASSWORD_CHANGED";

/**
 * One sign-in: the `sid` of the token issued at login. Every subgraph re-checks it every few
 * seconds, so ending it (logout, deactivation, a change of roles, department or linked towns,
 * a new password) takes the token's power away within those seconds.
 */
@Entity("user_session")
@Index("IDX_user_session_user", ["userId"])
export class UserSession {
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  userId!: string;

  @dateColumn()
  createdAt!: Date;

  @dateColumn()
  expiresAt!: Date;

  @dateColumn({ nullable: true })
  endedAt!: Date | null;

  @Column({ type: "varchar", length: 32, nullable: true })
  endReason!: SessionEndReason | null;
}
