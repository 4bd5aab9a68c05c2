import { ObjectType } from "type-graphql";
import { Paginated } from "@prp/kit";
import { Department } from "../entities/Department";

@ObjectType()
export class DepartmentPage extends Paginated(Department) {}
