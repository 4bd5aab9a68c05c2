import { DepartmentRef } from "@prp/kit";
import { Directive, Field, Int, ObjectType } from "type-graphql";

/** The shared statistics entity (intake owns the `period` query): case handling adds its own figures. */
@Directive('@key(fields: "from to")')
@ObjectType({ description: "统计期间（各子图分别提供本领域的统计）" })
export class Period {
  @Field({ description: "起始日期（含，YYYY-MM-DD）" }) from!: string;
  @Field({ description: "截止日期（含，YYYY-MM-DD）" }) to!: string;
}

@ObjectType({ description: "案件按类别计数" })
export class CaseCount {
  @Field({ description: "类别值" }) key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "按单位计数" })
export class CaseCountByUnit {
  @Field(() => DepartmentRef) unit!: DepartmentRef;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "办理统计" })
export class CaseStatistics {
  @Field(() => Int, { description: "期间内新立案件" }) newCases!: number;
  @Field(() => Int, { description: "期间内办结" }) concluded!: number;
  @Field(() => Int, { description: "期间内结案" }) closed!: number;
  @Field(() => Int, {
    description:
      "期末逾期未办结：期末（期间未结束的为今天）仍在办理、有挂牌督办、联合办理任务或交办件办结报告期限已过而未完成的案件",
  })
  overdue!: number;
  @Field(() => Int, { description: "期间内新移交主管部门" }) newTransfers!: number;
  @Field(() => Int, { description: "期末（期间未结束的为今天）反馈期限已过而尚未反馈的移交事项" })
  overdueTransfers!: number;
  @Field(() => [CaseCount], { description: "截至期末的案件，按状态" }) byStatus!: CaseCount[];
  @Field(() => [CaseCount], { description: "截至期末的案件，按分级" }) byGrade!: CaseCount[];
  @Field(() => [CaseCountByUnit], { description: "截至期末的案件，按承办单位" }) byUnit!: CaseCountByUnit[];
}
