import { Column, Entity, PrimaryColumn } from "typeorm";

/** The last serial number given out per year; read with a row lock so numbers have no gaps. */
@Entity("serial_counter")
export class SerialCounter {
  @PrimaryColumn({ type: "integer" })
  year!: number;

  @Column({ type: "integer" })
  lastSeq!: number;
}
