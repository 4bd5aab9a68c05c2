import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { IdColumn, dateColumn, largeTextColumn } from "@prp/kit";
import { ResearchStatus } from "./enums";
import { JsonColumn } from "./json-column";

@ObjectType({ description: "调研成果转化：采纳的改进措施及其形成的制度" })
export class ResearchImprovement {
  @Field({ description: "改进措施" }) description!: string;
  @Field({ description: "是否已采纳" }) adopted!: boolean;
  @Field(() => String, { nullable: true, description: "据此形成或修订的制度" }) rule?: string | null;
}

/** A research project (课题调研) that finds problems in the work and improves the rules. */
@ObjectType({ description: "课题调研" })
@Entity("research_project")
export class ResearchProject {
  @Field(() => ID) @IdColumn() id!: string;

  @Field({ description: "课题名称" })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "调研主题" })
  @Column({ type: "varchar", length: 500 })
  topic!: string;

  @Column({ type: "varchar", length: 36 })
  leadId!: string;

  @JsonColumn()
  memberIds!: string[];

  @Field(() => ResearchStatus, { description: "状态" })
  @Column({ type: "varchar", length: 16 })
  status!: ResearchStatus;

  @Field(() => String, { nullable: true, description: "调研发现" })
  @largeTextColumn({ nullable: true })
  findings!: string | null;

  @Field(() => [ResearchImprovement], { description: "改进措施及形成的制度" })
  @JsonColumn()
  improvements!: ResearchImprovement[];

  @Field({ description: "立项时间" })
  @dateColumn()
  createdAt!: Date;

  @Field({ description: "最后更新时间" })
  @dateColumn()
  updatedAt!: Date;
}
