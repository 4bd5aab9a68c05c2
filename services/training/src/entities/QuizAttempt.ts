import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";
import { AttemptStatus } from "./enums";

/** One person's attempt at a quiz (one per person and quiz): the drawn questions live in AttemptItem. */
@ObjectType({ description: "答题记录" })
@Entity("quiz_attempt")
@Index("UQ_quiz_attempt_user", ["quizId", "userId"], { unique: true })
@Index("IDX_quiz_attempt_user", ["userId"])
@Index("IDX_quiz_attempt_submitted", ["submittedAt"])
export class QuizAttempt {
  @Field(() => ID) @IdColumn() id!: string;

  @Column({ type: "varchar", length: 36 })
  quizId!: string;

  @Column({ type: "varchar", length: 36 })
  userId!: string;

  /** The trainee's department when they started (from their login), for results per department. */
  @Column({ type: "varchar", length: 36, nullable: true })
  departmentId!: string | null;

  @Field(() => AttemptStatus, { description: "状态" })
  @Column({ type: "varchar", length: 16 })
  status!: AttemptStatus;

  @Field({ description: "开始时间" })
  @dateColumn()
  startedAt!: Date;

  @Field({ description: "答题截止时间" })
  @dateColumn()
  deadlineAt!: Date;

  @Field(() => Date, { nullable: true, description: "交卷时间" })
  @dateColumn({ nullable: true })
  submittedAt!: Date | null;

  @Field({ description: "是否超时交卷" })
  @Column({ type: "boolean", default: false })
  late!: boolean;

  @Field(() => Int, { nullable: true, description: "答对题数" })
  @Column({ type: "integer", nullable: true })
  correctCount!: number | null;

  @Field(() => Int, { description: "题量" })
  @Column({ type: "integer" })
  questionCount!: number;

  /** Percentage × 10, so both databases store a whole number. */
  @Column({ type: "integer", nullable: true })
  scoreTenths!: number | null;

  @Field(() => Float, { nullable: true, description: "得分（百分制）" })
  get score(): number | null {
    return this.scoreTenths === null || this.scoreTenths === undefined ? null : this.scoreTenths / 10;
  }

  @Field(() => Boolean, { nullable: true, description: "是否及格" })
  @Column({ type: "boolean", nullable: true })
  passed!: boolean | null;
}
