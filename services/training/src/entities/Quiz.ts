import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";
import { LatePolicy, QuizSelection } from "./enums";
import { JsonColumn } from "./json-column";

/** A knowledge test (知识测试): fixed questions or a random draw by tag, a time limit and a pass mark. */
@ObjectType({ description: "知识测试" })
@Entity("quiz")
export class Quiz {
  @Field(() => ID) @IdColumn() id!: string;

  @Field({ description: "名称" })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => QuizSelection, { description: "组卷方式" })
  @Column({ type: "varchar", length: 20 })
  selection!: QuizSelection;

  /** FIXED: the questions, in order. */
  @JsonColumn()
  questionIds!: string[];

  @Field(() => [String], { description: "随机抽题的标签（任一匹配）" })
  @JsonColumn()
  tags!: string[];

  @Field(() => Int, { description: "题量" })
  @Column({ type: "integer" })
  questionCount!: number;

  @Field(() => Int, { description: "答题时限（秒）" })
  @Column({ type: "integer" })
  timeLimitSeconds!: number;

  @Field(() => Int, { description: "及格线（百分制）" })
  @Column({ type: "integer" })
  passMark!: number;

  @Field(() => LatePolicy, { description: "超时提交的处理" })
  @Column({ type: "varchar", length: 20 })
  latePolicy!: LatePolicy;

  @Field({ description: "是否开放答题" })
  @Column({ type: "boolean", default: true })
  open!: boolean;

  @Field({ description: "创建时间" })
  @dateColumn()
  createdAt!: Date;
}
