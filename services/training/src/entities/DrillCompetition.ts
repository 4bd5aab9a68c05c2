import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { IdColumn, dateColumn } from "@prp/kit";
import type { CriterionWeights } from "../domain/drill-scoring";
import { JsonColumn } from "./json-column";

@ObjectType({ description: "评分项权重" })
export class DrillWeights {
  @Field(() => Int, { description: "热情接待" }) WARM_RECEPTION!: number;
  @Field(() => Int, { description: "耐心倾听" }) PATIENT_LISTENING!: number;
  @Field(() => Int, { description: "认真记录" }) CAREFUL_RECORDING!: number;
  @Field(() => Int, { description: "妥善处理" }) PROPER_HANDLING!: number;
}

/** A reception drill (擂台赛): judges and participants named on it, rounds with scenarios. */
@ObjectType({ description: "擂台赛" })
@Entity("drill_competition")
export class DrillCompetition {
  @Field(() => ID) @IdColumn() id!: string;

  @Field({ description: "名称" })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "比赛日期（YYYY-MM-DD）" })
  @Column({ type: "varchar", length: 10 })
  date!: string;

  @Field(() => DrillWeights, { description: "评分项权重" })
  @JsonColumn()
  weights!: CriterionWeights;

  @JsonColumn()
  judgeIds!: string[];

  @JsonColumn()
  participantIds!: string[];

  @Field({ description: "创建时间" })
  @dateColumn()
  createdAt!: Date;
}
