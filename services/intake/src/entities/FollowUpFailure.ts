import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { dateColumn } from "@prp/kit";

/** A follow-up code (查询码) look-up that found nothing, under a keyed hash of the client address: guessing is throttled. */
@Entity("follow_up_failure")
@Index("IDX_follow_up_failure_key", ["keyHash", "at"])
export class FollowUpFailure {
  @PrimaryGeneratedColumn("increment", { type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 40 })
  keyHash!: string;

  @dateColumn()
  at!: Date;
}
