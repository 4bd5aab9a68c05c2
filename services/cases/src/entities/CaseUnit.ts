import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CaseUnitRole } from "./enums";

/**
 * A unit taking part in a case, and its part: projected from the case's handling state
 * (projectCaseUnits), so that "the cases of my unit" and each unit's workload are one query.
 */
@ObjectType({ description: "参与办理的单位" })
@Entity("case_unit")
@Index("IDX_case_unit_unit", ["unitId"])
export class CaseUnit {
  @PrimaryColumn({ type: "varchar", length: 36 })
  caseId!: string;

  /** directory's Department, by id. */
  @PrimaryColumn({ type: "varchar", length: 36 })
  unitId!: string;

  @Field(() => CaseUnitRole)
  @Column({ type: "varchar", length: 16 })
  role!: CaseUnitRole;
}
