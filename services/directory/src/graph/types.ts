import { Field, ObjectType } from "type-graphql";
import { Paginated } from "@prp/kit";
import { Department } from "../entities/Department";
import { User } from "../entities/User";
import { LiaisonMapping } from "../entities/LiaisonMapping";

@ObjectType()
export class DepartmentPage extends Paginated(Department) {}

@ObjectType()
export class UserPage extends Paginated(User) {}

@ObjectType()
export class LiaisonMappingPage extends Paginated(LiaisonMapping) {}

@ObjectType({ description: "登录结果" })
export class AuthPayload {
  @Field({ description: "访问令牌（放在 Authorization: Bearer 头中）" })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

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
