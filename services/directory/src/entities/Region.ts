import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn } from "@prp/kit";

/** 片区: a coordination zone of several towns that cooperate on cases. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "片区（协作区）" })
@Entity("region")
@Index("UQ_region_code", ["code"], { unique: true })
export class Region {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Field({ description: "编码（唯一）" })
  @Column({ type: "varchar", length: 32 })
  code!: string;

  @Field({ description: "名称" })
  @Column({ type: "varchar", length: 100 })
  name!: string;

  @Field({ description: "是否启用" })
  @Column({ type: "boolean", default: true })
  active!: boolean;
}
