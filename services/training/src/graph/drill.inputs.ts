import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Max, Min } from "class-validator";
import { ScenarioKind } from "../entities";

@InputType({ description: "评分项权重（0–100 的整数，不必合计 100）" })
export class DrillWeightsInput {
  @Field(() => Int, { description: "热情接待" }) @Min(0) @Max(100) WARM_RECEPTION!: number;
  @Field(() => Int, { description: "耐心倾听" }) @Min(0) @Max(100) PATIENT_LISTENING!: number;
  @Field(() => Int, { description: "认真记录" }) @Min(0) @Max(100) CAREFUL_RECORDING!: number;
  @Field(() => Int, { description: "妥善处理" }) @Min(0) @Max(100) PROPER_HANDLING!: number;
}

@InputType({ description: "新建擂台赛" })
export class CompetitionInput {
  @Field() @Length(1, 200, { message: "比赛名称长度应为 1–200" }) title!: string;
  @Field({ description: "比赛日期（YYYY-MM-DD）" }) @Length(10, 10, { message: "日期应为 YYYY-MM-DD" }) date!: string;
  @Field(() => DrillWeightsInput, { nullable: true, description: "权重（默认各 25）" })
  @IsOptional()
  weights?: DrillWeightsInput | null;
  @Field(() => [ID], { description: "评委" }) @ArrayMaxSize(20) judgeIds!: string[];
  @Field(() => [ID], { description: "参赛人员" }) @ArrayMaxSize(200) participantIds!: string[];
}

@InputType({ description: "新增比赛轮次" })
export class RoundInput {
  @Field(() => ID) competitionId!: string;
  @Field() @Length(1, 200, { message: "轮次名称长度应为 1–200" }) title!: string;
  @Field(() => ScenarioKind) scenarioKind!: ScenarioKind;
  @Field({ description: "情景脚本" }) @Length(1, 20000, { message: "脚本长度应为 1–20000" }) script!: string;
}

@InputType({ description: "评委评分（每项 0–100）" })
export class DrillScoreInput {
  @Field(() => ID) roundId!: string;
  @Field(() => ID) participantId!: string;
  @Field(() => Int, { description: "热情接待" }) @Min(0) @Max(100) warmReception!: number;
  @Field(() => Int, { description: "耐心倾听" }) @Min(0) @Max(100) patientListening!: number;
  @Field(() => Int, { description: "认真记录" }) @Min(0) @Max(100) carefulRecording!: number;
  @Field(() => Int, { description: "妥善处理" }) @Min(0) @Max(100) properHandling!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 500, { message: "评语不能超过 500 字" }) comment?:
    string | null;
}
