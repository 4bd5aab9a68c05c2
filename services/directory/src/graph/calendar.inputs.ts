import { Field, InputType } from "type-graphql";
import { Length, Matches } from "class-validator";
import { DATE_MSG, DATE_RE } from "./input-rules";

@InputType({ description: "设置某日为工作日或休息日" })
export class CalendarOverrideInput {
  @Field({ description: "日期 YYYY-MM-DD" })
  @Matches(DATE_RE, { message: DATE_MSG })
  date!: string;

  @Field({ description: "true 为工作日（如调休上班），false 为休息日" })
  working!: boolean;

  @Field()
  @Length(1, 200, { message: "请填写说明（1–200 字）" })
  note!: string;
}
