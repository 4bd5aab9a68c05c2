import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Key-only references to other subgraphs' entities: leadership stores the id, the gateway fills the rest. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Department")
export class DepartmentRef {
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

/**
 * case handling's Case, to which leadership adds `ownership` and `ownershipHistory` (the data behind
 * them is ours). Resolvable here by its key alone: the gateway asks case handling for the rest
 * (status, deadlines, joint tasks), so nothing of it is copied.
 */
@Directive('@key(fields: "id")')
@ObjectType("Case")
export class CaseRef {
  @Field(() => ID) id!: string;
}

export const caseRef = (id: string): CaseRef => ({ id });
export const townRef = (id: string | null | undefined): TownRef | null => (id ? { id } : null);
export const userRef = (id: string): UserRef => ({ id });
export const departmentRef = (id: string): DepartmentRef => ({ id });
