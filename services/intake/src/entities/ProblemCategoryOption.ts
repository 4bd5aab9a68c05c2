import { Column, Entity, PrimaryColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";

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
