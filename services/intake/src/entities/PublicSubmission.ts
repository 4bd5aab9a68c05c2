import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { dateColumn } from "@prp/kit";

/** One public submission, under a keyed hash of who sent it (IP or ID number), for daily limits. */
@Entity("public_submission")
@Index("IDX_public_submission_key", ["keyHash", "at"])
export class PublicSubmission {
  @PrimaryGeneratedColumn("increment", { type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 40 })
  keyHash!: string;

  @dateColumn()
  at!: Date;
}
