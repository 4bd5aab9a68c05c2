import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn } from "@prp/kit";
import { DepartmentKind, SECTOR_LABELS, Sector } from "../domain/kinds";

@Directive('@key(fields: "id")')
@ObjectType({ description: "部门（委机关内设室、派驻组、镇街纪委、主管部门等）" })
@Entity("department")
@Index("UQ_department_code", ["code"], { unique: true })
export class Department {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Field({ description: "编码（唯一）" })
  @Column({ type: "varchar", length: 32 })
  code!: string;

  @Field({ description: "名称" })
  @Column({ type: "varchar", length: 100 })
  name!: string;

  @Field(() => DepartmentKind)
  @Index("IDX_department_kind")
  @Column({ type: "varchar", length: 32 })
  kind!: DepartmentKind;

  @Field(() => Sector, { nullable: true, description: "所属行业系统（热点分析按此归类被反映人所在单位）" })
  @Column({ type: "varchar", length: 32, nullable: true })
  sector!: Sector | null;

  @Field(() => String, { nullable: true, description: "所属行业系统名称" })
  get sectorName(): string | null {
    return this.sector ? SECTOR_LABELS[this.sector] : null;
  }

  @Index("IDX_department_parent")
  @Column({ type: "varchar", length: 36, nullable: true })
  parentId!: string | null;

  /** Set for town committees: the town they serve. */
  @Index("IDX_department_town")
  @Column({ type: "varchar", length: 36, nullable: true })
  townId!: string | null;

  @Field(() => Int, { description: "排序号" })
  @Column({ type: "integer", default: 0 })
  sortOrder!: number;

  @Field()
  @Column({ type: "boolean", default: true })
  active!: boolean;
}
