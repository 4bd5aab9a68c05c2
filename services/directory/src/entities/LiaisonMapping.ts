import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";
import { LiaisonKind } from "../domain/kinds";

/** Which supervision office or stationed group liaises with a competent department, and since when. */
@ObjectType({ description: "联系（派驻）关系：主管部门 → 联系它的纪检监察室或派驻纪检监察组" })
@Entity("liaison_mapping")
@Index("IDX_liaison_department_kind", ["departmentId", "kind"])
export class LiaisonMapping {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  /** The competent department. */
  @Column({ type: "varchar", length: 36 })
  departmentId!: string;

  /** The supervision office or stationed group. */
  @Index("IDX_liaison_liaison")
  @Column({ type: "varchar", length: 36 })
  liaisonDepartmentId!: string;

  @Field(() => LiaisonKind)
  @Column({ type: "varchar", length: 32 })
  kind!: LiaisonKind;

  @Field({ description: "生效日期（YYYY-MM-DD，北京时间）" })
  @Column({ type: "varchar", length: 10 })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: "截止日期（含当日，空为长期有效）" })
  @Column({ type: "varchar", length: 10, nullable: true })
  validTo!: string | null;

  @Field(() => Date)
  @dateColumn()
  createdAt!: Date;
}
