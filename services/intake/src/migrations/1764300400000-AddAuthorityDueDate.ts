import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * 上级交办期限: the due date a higher authority set for an item it forwarded or assigned, recorded
 * at registration or sign-for and carried to case handling in the routing event (ReportRouted v4).
 */
export class AddAuthorityDueDate1764300400000 implements MigrationInterface {
  name = "AddAuthorityDueDate1764300400000";

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      "report",
      new TableColumn({ name: "authorityDueDate", type: "varchar", length: "10", isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn("report", "authorityDueDate");
  }
}
