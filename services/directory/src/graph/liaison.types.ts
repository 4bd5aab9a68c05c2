import { Field, ObjectType } from "type-graphql";
import { Paginated } from "@prp/kit";
import { Department } from "../entities/Department";
import { LiaisonMapping } from "../entities/LiaisonMapping";

@ObjectType()
export class LiaisonMappingPage extends Paginated(LiaisonMapping) {}

@ObjectType({ description: "某主管部门在某日的联系单位（供移交时抄送）" })
export class LiaisonLookup {
  @Field({ description: "查询日期" })
  date!: string;

  @Field(() => Department, { description: "主管部门" })
  department!: Department;

  @Field(() => Department, { nullable: true, description: "联系该部门的纪检监察室" })
  contactOffice!: Department | null;

  @Field(() => Department, { nullable: true, description: "派驻该部门的纪检监察组" })
  stationedGroup!: Department | null;

  @Field(() => [LiaisonMapping])
  mappings!: LiaisonMapping[];
}
