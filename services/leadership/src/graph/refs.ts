import { Directive, Field, ID, ObjectType } from "type-graphql";
import type { UserRef } from "@prp/kit";

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
/** A leader or officer named in leadership's records: always a directory user, never a service account. */
export const userRef = (id: string): UserRef => ({ id });
