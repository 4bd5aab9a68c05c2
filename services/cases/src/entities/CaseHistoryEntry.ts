import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { dateColumn } from "@prp/kit";

/** One line of a case's history (办理经过): opening, acceptance, reassignment, grading, listing… */
@ObjectType({ description: "案件办理经过" })
@Entity("case_history")
export class CaseHistoryEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("increment", { type: "integer" })
  id!: number;

  @Index("IDX_case_history_case")
  @Column({ type: "varchar", length: 36 })
  caseId!: string;

  @Field({
    description:
      "环节：OPEN, ACCEPT, REASSIGN, GRADE, LIST, DELIST, MODE, PROGRESS, CONCLUDE, CLOSING_REPORT, FEEDBACK, CLOSE, WITHDRAW…",
  })
  @Column({ type: "varchar", length: 32 })
  action!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 36, nullable: true })
  actorId!: string | null;

  @Field({ description: "经办人" })
  @Column({ type: "varchar", length: 100 })
  actorName!: string;

  @Field(() => Date)
  @dateColumn()
  at!: Date;

  @Field({ description: "内容摘要" })
  @Column({ type: "text" })
  summary!: string;
}
