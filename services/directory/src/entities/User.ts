import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { IdColumn, Role } from "@prp/kit";

@Directive('@key(fields: "id")')
@ObjectType({ description: "用户" })
@Entity("user_account")
@Index("UQ_user_account_username", ["username"], { unique: true })
export class User {
  @Field(() => ID)
  @IdColumn()
  id!: string;

  @Field({ description: "登录名（唯一）" })
  @Column({ type: "varchar", length: 64 })
  username!: string;

  @Field({ description: "姓名" })
  @Column({ type: "varchar", length: 100 })
  displayName!: string;

  @Index("IDX_user_department")
  @Column({ type: "varchar", length: 36, nullable: true })
  departmentId!: string | null;

  /** Comma-separated Role values; exposed as a list. */
  @Column({ type: "varchar", length: 255 })
  roleList!: string;

  /** argon2id hash; never leaves the subgraph. */
  @Column({ type: "varchar", length: 255 })
  passwordHash!: string;

  @Field(() => String, { nullable: true, description: "职务" })
  @Column({ type: "varchar", length: 100, nullable: true })
  post!: string | null;

  @Field()
  @Column({ type: "boolean", default: true })
  active!: boolean;

  get roles(): Role[] {
    return this.roleList ? (this.roleList.split(",").filter(Boolean) as Role[]) : [];
  }
}

/** 包联: a leader's linked towns. */
@Entity("user_town")
export class UserTown {
  @PrimaryColumn({ type: "varchar", length: 36 })
  userId!: string;

  @Index("IDX_user_town_town")
  @PrimaryColumn({ type: "varchar", length: 36 })
  townId!: string;
}
