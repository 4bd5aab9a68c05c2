import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

/** 行业系统: the sector of a unit, by which the analysis groups the units of reported officials. */
export class AddDepartmentSector1764300700000 implements MigrationInterface {
  name = "AddDepartmentSector1764300700000";

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      "department",
      new TableColumn({ name: "sector", type: "varchar", length: "32", isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn("department", "sector");
  }
}
