import { Directive, Field, ObjectType } from "type-graphql";

/** The shared statistics entity (intake owns the `period` query): case handling adds its figures. */
@Directive('@key(fields: "from to")')
@ObjectType({ description: "统计期间（各子图分别提供本领域的统计）" })
export class Period {
  @Field({ description: "起始日期（含，YYYY-MM-DD）" }) from!: string;
  @Field({ description: "截止日期（含，YYYY-MM-DD）" }) to!: string;
}
