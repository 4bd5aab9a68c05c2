import { Field, InputType } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { CODE_LENGTH_MSG, CODE_MSG, CODE_RE, NAME_LENGTH_MSG } from "./input-rules";

@InputType({ description: "新建片区" })
export class RegionInput {
  @Field()
  @Length(1, 32, { message: CODE_LENGTH_MSG })
  @Matches(CODE_RE, { message: CODE_MSG })
  code!: string;

  @Field()
  @Length(1, 100, { message: NAME_LENGTH_MSG })
  name!: string;
}

@InputType({ description: "修改片区（只改给出的字段）" })
export class RegionUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 32, { message: CODE_LENGTH_MSG })
  @Matches(CODE_RE, { message: CODE_MSG })
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100, { message: NAME_LENGTH_MSG })
  name?: string;
}
