import { InputType } from "type-graphql";
import { CodeField, NameField } from "./input-rules";

@InputType({ description: "新建片区" })
export class RegionInput {
  @CodeField()
  code!: string;

  @NameField()
  name!: string;
}

@InputType({ description: "修改片区（只改给出的字段）" })
export class RegionUpdateInput {
  @CodeField({ optional: true })
  code?: string;

  @NameField({ optional: true })
  name?: string;
}
