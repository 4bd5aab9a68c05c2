import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { dateColumn } from "@prp/kit";

/** The last serial number given out per year; read with a row lock so numbers have no gaps. */
@Entity("serial_counter")
export class SerialCounter {
  @PrimaryColumn({ type: "integer" })
  year!: number;

  @Column({ type: "integer" })
  lastSeq!: number;
}

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

/** Problem categories (configurable; the six discipline categories, 涉法涉诉 and 其他 by default). */
@ObjectType({ description: "问题类别" })
@Entity("problem_category")
export class ProblemCategoryOption {
  @Field({ description: "编码" })
  @PrimaryColumn({ type: "varchar", length: 32 })
  code!: string;

  @Field({ description: "名称" })
  @Column({ type: "varchar", length: 50 })
  label!: string;

  @Field()
  @Column({ type: "boolean", default: true })
  active!: boolean;
}
