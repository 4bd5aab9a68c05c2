import { Field, ObjectType } from "type-graphql";
import { Paginated } from "@prp/kit";
import { ScreeningReason } from "../entities/enums";

/** A case in the screening queue (包案筛选), with its reasons. Its deadlines come from `case`. */
@ObjectType({ description: "领导包案候选案件" })
export class ScreeningCandidate {
  /** case handling's Case. */
  caseId!: string;
  townId!: string | null;

  @Field({ description: "信访举报件编号" }) serial!: string;
  @Field(() => [ScreeningReason], { description: "筛选理由" }) reasons!: ScreeningReason[];
  @Field({ description: "属于本人包联的镇（街道）" }) inLinkedTown!: boolean;
  @Field(() => Date, { description: "列入候选的时间" }) since!: Date;
}

@ObjectType({ description: "包案候选案件（分页）" })
export class ScreeningCandidatePage extends Paginated(ScreeningCandidate) {}
