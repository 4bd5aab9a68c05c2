import { Field, ID, InputType } from "type-graphql";
import { TownKind } from "./enums";
import { CodeField, NameField } from "./input-rules";

@InputType({ description: "新建镇（街道）" })
export class TownInput {
  @CodeField()
  code!: string;

  @NameField()
  name!: string;

  @Field(() => TownKind)
  kind!: TownKind;

  @Field(() => ID, { description: "所属片区" })
  regionId!: string;
}

@InputType({ description: "修改镇（街道）" })
export class TownUpdateInput {
  @CodeField({ optional: true })
  code?: string;

  @NameField({ optional: true })
  name?: string;

  @Field(() => TownKind, { nullable: true })
  kind?: TownKind;

  @Field(() => ID, { nullable: true })
  regionId?: string;
}
