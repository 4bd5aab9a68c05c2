import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";

/** One person present at one session (recorded once: a retried record changes nothing). */
@ObjectType({ description: "出勤记录" })
@Entity("attendance")
@Index("UQ_attendance_session_user", ["sessionId", "userId"], { unique: true })
@Index("IDX_attendance_user", ["userId"])
export class Attendance {
  @Field(() => ID) @IdColumn() id!: string;

  @Column({ type: "varchar", length: 36 })
  sessionId!: string;

  @Column({ type: "varchar", length: 36 })
  userId!: string;

  @Field({ description: "登记时间" })
  @dateColumn()
  recordedAt!: Date;

  @Column({ type: "varchar", length: 36, nullable: true })
  recordedById!: string | null;
}
