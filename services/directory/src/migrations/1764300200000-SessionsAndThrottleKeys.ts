import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from "typeorm";
import { datetimePrecision, idColumn } from "@prp/kit";

/**
 * Sessions (the `sid` of every token, so that it can be ended), and login throttling keyed by
 * username or client address. The old per-username counters are transient: they are dropped.
 */
export class SessionsAndThrottleKeys1764300200000 implements MigrationInterface {
  name = "SessionsAndThrottleKeys1764300200000";

  async up(q: QueryRunner): Promise<void> {
    const dt = dateTime(q);
    await q.createTable(
      new Table({
        name: "user_session",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("userId"),
          dt("createdAt"),
          dt("expiresAt"),
          dt("endedAt", true),
          { name: "endReason", type: "varchar", length: "32", isNullable: true },
        ],
        indices: [new TableIndex({ name: "IDX_user_session_user", columnNames: ["userId"] })],
      }),
    );
    await q.dropTable("login_throttle");
    await q.createTable(
      new Table({
        name: "login_throttle",
        columns: [
          { name: "throttleKey", type: "varchar", length: "100", isPrimary: true },
          { name: "failures", type: "integer", default: 0 },
          dt("lastFailureAt", true),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const dt = dateTime(q);
    await q.dropTable("login_throttle");
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
    await q.dropTable("user_session");
  }
}

function dateTime(q: QueryRunner) {
  return (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: "datetime",
    precision: datetimePrecision(q.connection.driver.options.type),
    isNullable: nullable,
  });
}
