import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from "typeorm";
import { datetimePrecision, idColumn } from "@prp/kit";

const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: "varchar",
  length: String(length),
  isNullable: nullable,
});
const flag = (name: string, defaultTrue = true): TableColumnOptions => ({
  name,
  type: "boolean",
  default: defaultTrue ? 1 : 0,
});

/** The directory's tables, written with TypeORM's Table API so they run on MySQL and SQLite alike. */
export class CreateDirectory1764300100000 implements MigrationInterface {
  name = "CreateDirectory1764300100000";

  async up(q: QueryRunner): Promise<void> {
    const dt = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: "datetime",
      precision: datetimePrecision(q.connection.driver.options.type),
      isNullable: nullable,
    });

    await q.createTable(
      new Table({
        name: "region",
        columns: [idColumn("id", { primary: true }), varchar("code", 32), varchar("name", 100), flag("active")],
        indices: [new TableIndex({ name: "UQ_region_code", columnNames: ["code"], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: "town",
        columns: [
          idColumn("id", { primary: true }),
          varchar("code", 32),
          varchar("name", 100),
          varchar("kind", 16),
          idColumn("regionId"),
          flag("active"),
        ],
        indices: [
          new TableIndex({ name: "UQ_town_code", columnNames: ["code"], isUnique: true }),
          new TableIndex({ name: "IDX_town_region", columnNames: ["regionId"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "department",
        columns: [
          idColumn("id", { primary: true }),
          varchar("code", 32),
          varchar("name", 100),
          varchar("kind", 32),
          idColumn("parentId", { nullable: true }),
          idColumn("townId", { nullable: true }),
          { name: "sortOrder", type: "integer", default: 0 },
          flag("active"),
        ],
        indices: [
          new TableIndex({ name: "UQ_department_code", columnNames: ["code"], isUnique: true }),
          new TableIndex({ name: "IDX_department_kind", columnNames: ["kind"] }),
          new TableIndex({ name: "IDX_department_parent", columnNames: ["parentId"] }),
          new TableIndex({ name: "IDX_department_town", columnNames: ["townId"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "user_account",
        columns: [
          idColumn("id", { primary: true }),
          varchar("username", 64),
          varchar("displayName", 100),
          idColumn("departmentId", { nullable: true }),
          varchar("roleList", 255),
          varchar("passwordHash", 255),
          varchar("post", 100, true),
          flag("active"),
        ],
        indices: [
          new TableIndex({ name: "UQ_user_account_username", columnNames: ["username"], isUnique: true }),
          new TableIndex({ name: "IDX_user_department", columnNames: ["departmentId"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "user_town",
        columns: [idColumn("userId", { primary: true }), idColumn("townId", { primary: true })],
        indices: [new TableIndex({ name: "IDX_user_town_town", columnNames: ["townId"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "liaison_mapping",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("departmentId"),
          idColumn("liaisonDepartmentId"),
          varchar("kind", 32),
          varchar("validFrom", 10),
          varchar("validTo", 10, true),
          dt("createdAt"),
        ],
        indices: [
          new TableIndex({ name: "IDX_liaison_department_kind", columnNames: ["departmentId", "kind"] }),
          new TableIndex({ name: "IDX_liaison_liaison", columnNames: ["liaisonDepartmentId"] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "calendar_override",
        columns: [
          { name: "date", type: "varchar", length: "10", isPrimary: true },
          { name: "working", type: "boolean" },
          varchar("note", 200),
          dt("updatedAt"),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "login_throttle",
        columns: [
          { name: "username", type: "varchar", length: "64", isPrimary: true },
          { name: "failures", type: "integer", default: 0 },
          dt("lastFailureAt", true),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      "login_throttle",
      "calendar_override",
      "liaison_mapping",
      "user_town",
      "user_account",
      "department",
      "town",
      "region",
    ]) {
      await q.dropTable(t);
    }
  }
}
