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

/** A reference from a stored id: present for an id, null where the column is empty. */
function keyRef<T extends { id: string }>() {
  function ref(id: string): T;
  function ref(id: string | null | undefined): T | null;
  function ref(id: string | null | undefined): T | null {
    return id ? ({ id } as T) : null;
  }
  return ref;
}
export const departmentRef = keyRef<DepartmentRef>();
export const regionRef = keyRef<RegionRef>();
export const townRef = keyRef<TownRef>();
/** Service accounts (`service:<name>`) are not directory users: no reference for them. */
export const userRef = (id: string | null | undefined): UserRef | null =>
  id && !id.startsWith("service:") ? { id } : null;
