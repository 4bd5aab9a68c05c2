import { ObjectType } from "type-graphql";
import { Paginated } from "@prp/kit";
import { User } from "../entities/User";

@ObjectType()
export class UserPage extends Paginated(User) {}
