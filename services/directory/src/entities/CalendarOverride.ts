import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { dateColumn } from "@prp/kit";

/** An administrator's correction of the published holiday calendar for one day. */
@ObjectType({ description: "工作日历调整（补充或更正国务院公布的节假日安排）" })
@Entity("calendar_override")
export class CalendarOverride {
  @Field({ description: "日期（YYYY-MM-DD）" })
  @PrimaryColumn({ type: "varchar", length: 10 })
  date!: string;

  @Field({ description: "是否为工作日" })
  @Column({ type: "boolean" })
  working!: boolean;

  @Field({ description: "说明，如“2027年春节调休”" })
  @Column({ type: "varchar", length: 200 })
  note!: string;

  @Field(() => Date)
  @dateColumn()
  updatedAt!: Date;
}
