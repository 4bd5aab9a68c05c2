import { Field, Int, ObjectType } from "type-graphql";
import { Paginated } from "@prp/kit";
import { Question } from "../entities";

@ObjectType()
export class QuestionPage extends Paginated(Question) {}

@ObjectType({ description: "导入问题（按行）" })
export class ImportProblem {
  @Field(() => Int, { description: "行号（表头为第 1 行）" }) row!: number;
  @Field({ description: "问题" }) message!: string;
}

@ObjectType({ description: "试题导入结果：任何一行有问题则全部不导入" })
export class QuestionImportResult {
  @Field({ description: "是否已导入" }) accepted!: boolean;
  @Field(() => Int, { description: "导入题数" }) importedCount!: number;
  @Field(() => [Question], { description: "导入的试题" }) questions!: Question[];
  @Field(() => [ImportProblem], { description: "各行问题（有问题时未导入任何试题）" }) problems!: ImportProblem[];
}
