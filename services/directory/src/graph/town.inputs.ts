import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { TownKind } from "./enums";
import { CODE_LENGTH_MSG, CODE_MSG, CODE_RE, NAME_LENGTH_MSG } from "./input-rules";

@InputType({ description: "新建镇（街道）" })
export class TownInput {
  @Field()
  @Length(1, 32, { message: CODE_LENGTH_MSG })
  @Matches(CODE_RE, { message: CODE_MSG })
  code!: string;

  @Field()
  @Length(1, 100, { message: NAME_LENGTH_MSG })
  name!: string;

  @Field(() => TownKind)
  kind!: TownKind;

  @Field(() => ID, { description: "所属片区" })
  regionId!: string;
}

@InputType({ description: "修改镇（街道）" })
export class TownUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 32, { message: CODE_LENGTH_MSG })
  @Matches(CODE_RE, { message: CODE_MSG })
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100, { message: NAME_LENGTH_MSG })
  name?: string;

  @Field(() => TownKind, { nullable: true })
  kind?: TownKind;

  @Field(() => ID, { nullable: true })
  regionId?: string;
}
