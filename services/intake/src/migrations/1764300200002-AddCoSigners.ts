import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

/** 联名人数: how many people co-signed a report (集体举报), for case handling's colour labels. */
export class AddCoSigners1764300200002 implements MigrationInterface {
  name = "AddCoSigners1764300200002";

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn("report", new TableColumn({ name: "coSigners", type: "integer", default: 0 }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn("report", "coSigners");
  }
}
