import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { IdColumn, dateColumn, largeTextColumn } from "@prp/kit";
import { RoundStatus, ScenarioKind } from "./enums";

/** A round of a drill with its scenario: a simulated visit or phone call and the script the actor follows. */
@ObjectType({ description: "擂台赛轮次" })
@Entity("drill_round")
@Index("UQ_drill_round_number", ["competitionId", "number"], { unique: true })
export class DrillRound {
  @Field(() => ID) @IdColumn() id!: string;

  @Column({ type: "varchar", length: 36 })
  competitionId!: string;

  @Field(() => Int, { description: "轮次序号" })
  @Column({ type: "integer" })
  number!: number;

  @Field({ description: "轮次名称" })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => ScenarioKind, { description: "模拟场景" })
  @Column({ type: "varchar", length: 16 })
  scenarioKind!: ScenarioKind;

  @Field({ description: "情景脚本（扮演群众的一方照此表演）" })
  @largeTextColumn()
  script!: string;

  @Field(() => RoundStatus, { description: "状态" })
  @Column({ type: "varchar", length: 16 })
  status!: RoundStatus;

  @Field(() => Date, { nullable: true, description: "结束时间" })
  @dateColumn({ nullable: true })
  closedAt!: Date | null;
}
