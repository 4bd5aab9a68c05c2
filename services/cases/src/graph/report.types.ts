import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * intake's Report, to which case handling adds `case` and `transfer` (the data behind them is
 * ours). Resolvable here by its key alone: the gateway asks intake for everything else.
 */
@Directive('@key(fields: "id")')
@ObjectType("Report")
export class ReportRef {
  @Field(() => ID) id!: string;
}

export const reportRef = (id: string): ReportRef => ({ id });
