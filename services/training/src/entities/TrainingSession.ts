import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";
import { SessionMode } from "./enums";
import { JsonColumn } from "./json-column";

/** One delivery of a course on a day: a lecture, an exchange, a test or a drill. */
@ObjectType("TrainingSession", { description: "培训场次" })
@Entity("training_session")
@Index("IDX_training_session_date", ["date"])
@Index("IDX_training_session_course", ["courseId"])
export class TrainingSession {
  @Field(() => ID) @IdColumn() id!: string;

  @Column({ type: "varchar", length: 36 })
  courseId!: string;

  @Field({ description: "日期（YYYY-MM-DD）" })
  @Column({ type: "varchar", length: 10 })
  date!: string;

  @Field(() => SessionMode, { description: "形式" })
  @Column({ type: "varchar", length: 16 })
  mode!: SessionMode;

  @Column({ type: "varchar", length: 36 })
  trainerId!: string;

  /** Directory department ids of the intended audience. */
  @JsonColumn()
  audienceDepartmentIds!: string[];

  @Field(() => String, { nullable: true, description: "地点" })
  @Column({ type: "varchar", length: 200, nullable: true })
  location!: string | null;

  @Column({ type: "integer" })
  minutes!: number;

  @Field(() => Float, { description: "本场学时（小时）" })
  get hours(): number {
    return Math.round((this.minutes / 60) * 100) / 100;
  }

  @Field({ description: "创建时间" })
  @dateColumn()
  createdAt!: Date;
}
