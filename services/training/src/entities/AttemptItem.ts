import { Column, Entity, Index } from "typeorm";
import { IdColumn } from "@prp/kit";

/** One drawn question of an attempt, in order, with the answer given and whether it was right. */
@Entity("attempt_item")
@Index("UQ_attempt_item_position", ["attemptId", "position"], { unique: true })
@Index("IDX_attempt_item_question", ["questionId"])
export class AttemptItem {
  @IdColumn() id!: string;

  @Column({ type: "varchar", length: 36 })
  attemptId!: string;

  @Column({ type: "integer" })
  position!: number;

  @Column({ type: "varchar", length: 36 })
  questionId!: string;

  @Column({ type: "varchar", length: 20, nullable: true })
  given!: string | null;

  @Column({ type: "boolean", nullable: true })
  correct!: boolean | null;
}
