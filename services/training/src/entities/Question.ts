import { Authorized, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, Role, dateColumn } from "@prp/kit";
import { QuestionKind } from "./enums";
import { JsonColumn } from "./json-column";

@ObjectType({ description: "选项" })
export class QuestionOptionView {
  @Field({ description: "编号（A–H；判断题为 TRUE/FALSE）" }) key!: string;
  @Field({ description: "内容" }) text!: string;
}

/**
 * A question of the bank. Its answer and explanation are for organisers and leaders only: a
 * trainee sees questions through an attempt (AttemptQuestion), which shows neither before submission.
 */
@ObjectType({ description: "题库试题" })
@Entity("question")
@Index("UQ_question_stem", ["stemHash"], { unique: true })
export class Question {
  @Field(() => ID) @IdColumn() id!: string;

  @Field(() => QuestionKind, { description: "题型" })
  @Column({ type: "varchar", length: 20 })
  kind!: QuestionKind;

  @Field({ description: "题干" })
  @Column({ type: "text" })
  stem!: string;

  /** sha-256 of the trimmed stem: the same question cannot enter the bank twice (import retries are safe). */
  @Column({ type: "varchar", length: 64 })
  stemHash!: string;

  @Field(() => [QuestionOptionView], { description: "选项" })
  @JsonColumn()
  options!: QuestionOptionView[];

  @Authorized(Role.ADMIN, Role.PETITION_OFFICER, Role.LEADER)
  @Field({ description: "正确答案（如 B、A,C、TRUE）" })
  @Column({ type: "varchar", length: 20 })
  answer!: string;

  @Authorized(Role.ADMIN, Role.PETITION_OFFICER, Role.LEADER)
  @Field({ description: "答案解析" })
  @Column({ type: "text" })
  explanation!: string;

  @Field({ description: "依据法规" })
  @Column({ type: "varchar", length: 100 })
  regulation!: string;

  @Field(() => String, { nullable: true, description: "条款，如 第十六条" })
  @Column({ type: "varchar", length: 50, nullable: true })
  article!: string | null;

  @Field(() => [String], { description: "标签" })
  @JsonColumn()
  tags!: string[];

  @Field({ description: "是否可用于组卷" })
  @Column({ type: "boolean", default: true })
  active!: boolean;

  @Field({ description: "创建时间" })
  @dateColumn()
  createdAt!: Date;
}
