import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";
import { TaskStatus } from "./enums";

/** A task of one unit in a jointly handled case (室组地, or a region's coordination). */
@ObjectType({ description: "联合办理任务" })
@Entity("joint_task")
@Index("IDX_joint_task_case", ["caseId"])
@Index("IDX_joint_task_unit", ["unitId", "status"])
export class JointTask {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Column({ type: "varchar", length: 36 })
  caseId!: string;

  /** directory's Department doing it. */
  @Column({ type: "varchar", length: 36 })
  unitId!: string;

  /** directory's User doing it. */
  @Column({ type: "varchar", length: 36, nullable: true })
  assigneeId!: string | null;

  @Field({ description: "任务内容" })
  @Column({ type: "varchar", length: 500 })
  title!: string;

  @Field({ description: "完成期限 YYYY-MM-DD" })
  @Column({ type: "varchar", length: 10 })
  dueDate!: string;

  @Field(() => TaskStatus)
  @Column({ type: "varchar", length: 16 })
  status!: TaskStatus;

  @Field(() => String, { nullable: true, description: "完成情况" })
  @Column({ type: "varchar", length: 1000, nullable: true })
  result!: string | null;

  @Field(() => Date)
  @dateColumn()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @dateColumn({ nullable: true })
  doneAt!: Date | null;
}
