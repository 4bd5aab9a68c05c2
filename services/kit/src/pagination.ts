import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { Min, ValidateBy, buildMessage } from "class-validator";
import { config, DEFAULT_MAX_PAGE_SIZE } from "./config";

/**
 * The default largest page a client may ask for. The cap in force is the configuration's
 * `maxPageSize` (MAX_PAGE_SIZE in the environment, default this value): read it with maxPageSize().
 */
export const MAX_PAGE_SIZE = DEFAULT_MAX_PAGE_SIZE;

/** The page cap in force for this process (configuration MAX_PAGE_SIZE, default 100). */
export function maxPageSize(): number {
  return config().maxPageSize;
}

/** At most the configured page cap, read when the value is checked (so the configuration decides, not the build). */
export function AtMostPageSize(): PropertyDecorator {
  return ValidateBy({
    name: "atMostPageSize",
    validator: {
      validate: (value) => typeof value === "number" && value <= maxPageSize(),
      defaultMessage: buildMessage(() => `limit 最多为 ${maxPageSize()}`),
    },
  });
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: "跳过的条数" })
  @Min(0, { message: "offset 不能为负数" })
  offset: number = 0;

  @Field(() => Int, { defaultValue: 50, description: "每页条数（1 至上限，上限由配置 MAX_PAGE_SIZE 决定，默认 100）" })
  @Min(1, { message: "limit 至少为 1" })
  @AtMostPageSize()
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
