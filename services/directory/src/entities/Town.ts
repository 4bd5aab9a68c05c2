import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn } from "@prp/kit";
import { TownKind } from "../domain/kinds";

/** 镇 / 街道 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "镇（街道）" })
@Entity("town")
@Index("UQ_town_code", ["code"], { unique: true })
export class Town {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Field({ description: "编码（唯一）" })
  @Column({ type: "varchar", length: 32 })
  code!: string;

  @Field({ description: "名称" })
  @Column({ type: "varchar", length: 100 })
  name!: string;

  @Field(() => TownKind)
  @Column({ type: "varchar", length: 16 })
  kind!: TownKind;

  @Index("IDX_town_region")
  @Column({ type: "varchar", length: 36 })
  regionId!: string;

  @Field()
  @Column({ type: "boolean", default: true })
  active!: boolean;
}
