import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Key-only references to the directory's entities: a subgraph stores the id, the gateway fills
 * the rest from the directory. Shared so that every subgraph declares them the same way; a
 * subgraph that adds fields to one of these types (training's `User.trainingRecord`) declares
 * its own resolvable type instead.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Department")
export class DepartmentRef {
  @Field(() => ID) id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Region")
export class RegionRef {
  @Field(() => ID) id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Town")
export class TownRef {
  @Field(() => ID) id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("User")
export class UserRef {
  @Field(() => ID) id!: string;
}

export const departmentRef = (id: string | null | undefined): DepartmentRef | null => (id ? { id } : null);
export const regionRef = (id: string | null | undefined): RegionRef | null => (id ? { id } : null);
export const townRef = (id: string | null | undefined): TownRef | null => (id ? { id } : null);
/** Service accounts (`service:<name>`) are not directory users: no reference for them. */
export const userRef = (id: string | null | undefined): UserRef | null =>
  id && !id.startsWith("service:") ? { id } : null;
