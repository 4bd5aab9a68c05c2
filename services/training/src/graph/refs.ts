import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The directory's person. Training adds `trainingRecord` to it, so this subgraph can resolve
 * a User reference (by id alone); every other field comes from the directory.
 */
@Directive('@key(fields: "id")')
@ObjectType("User")
export class UserRef {
  @Field(() => ID) id!: string;
}

export const userRef = (id: string): UserRef => ({ id });
