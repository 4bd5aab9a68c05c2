import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";
import { JsonColumn } from "./json-column";

@ObjectType({ description: "培训材料（元数据；文件本身不在平台内保存）" })
export class CourseMaterial {
  @Field({ description: "材料名称" }) title!: string;
  @Field({ description: "格式，如 PDF、PPT、视频" }) format!: string;
  @Field(() => Number, { nullable: true, description: "页数" }) pages?: number | null;
  @Field(() => String, { nullable: true, description: "存放位置或编号" }) reference?: string | null;
}

/** A course on a regulation or on using the platform. */
@ObjectType({ description: "培训课程" })
@Entity("course")
export class Course {
  @Field(() => ID) @IdColumn() id!: string;

  @Field({ description: "课程名称" })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "所讲法规或内容，如《信访工作条例》、平台操作" })
  @Column({ type: "varchar", length: 200 })
  regulation!: string;

  @Field(() => String, { nullable: true, description: "课程简介" })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => [CourseMaterial], { description: "培训材料" })
  @JsonColumn()
  materials!: CourseMaterial[];

  /** Stored in minutes so both databases hold an exact whole number. */
  @Column({ type: "integer" })
  minutes!: number;

  @Field(() => Float, { description: "学时（小时）" })
  get hours(): number {
    return Math.round((this.minutes / 60) * 100) / 100;
  }

  @Field({ description: "创建时间" })
  @dateColumn()
  createdAt!: Date;
}
