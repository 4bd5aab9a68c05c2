import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { Max, Min } from "class-validator";

/** The largest page a client may ask for: enough for a screen or an export step, small enough that no query returns megabytes. */
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: "跳过的条数" })
  @Min(0, { message: "offset 不能为负数" })
  offset: number = 0;

  @Field(() => Int, { defaultValue: 50, description: `每页条数（1–${MAX_PAGE_SIZE}）` })
  @Min(1, { message: "limit 至少为 1" })
  @Max(MAX_PAGE_SIZE, { message: `limit 最多为 ${MAX_PAGE_SIZE}` })
  limit: number = 50;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

type ClassType<T = any> = new (...args: any[]) => T;

/** A page of items with the total count, for lists with filters (react-admin needs the total). */
export function Paginated<T>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class PageClass implements Page<T> {
    @Field(() => [itemType])
    items!: T[];

    @Field(() => Int, { description: "符合条件的总条数" })
    total!: number;

    @Field(() => Int)
    offset!: number;

    @Field(() => Int)
    limit!: number;
  }
  return PageClass;
}
