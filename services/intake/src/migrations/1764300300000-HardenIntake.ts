import { Table, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";
import { datetimePrecision } from "@prp/kit";

/**
 * Hardening of intake (issue 7): quota lock rows (atomic daily public limit and follow-up code
 * throttling), failed follow-up code look-ups, and the earlier → later links of 贴牌 proposals,
 * filled from the proposals already stored.
 */
export class HardenIntake1764300300000 implements MigrationInterface {
  name = "HardenIntake1764300300000";

  async up(q: QueryRunner): Promise<void> {
    const precision = datetimePrecision(q.connection.driver.options.type);
    await q.createTable(
      new Table({
        name: "quota_lock",
        columns: [{ name: "quotaKey", type: "varchar", length: "64", isPrimary: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: "follow_up_failure",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "keyHash", type: "varchar", length: "40" },
          { name: "at", type: "datetime", precision },
        ],
        indices: [new TableIndex({ name: "IDX_follow_up_failure_key", columnNames: ["keyHash", "at"] })],
      }),
    );
    await q.createTable(
      new Table({
        name: "templated_link",
        columns: [
          { name: "reportId", type: "varchar", length: "36", isPrimary: true },
          { name: "earlierReportId", type: "varchar", length: "36", isPrimary: true },
        ],
        indices: [new TableIndex({ name: "IDX_templated_link_earlier", columnNames: ["earlierReportId"] })],
      }),
    );
    await backfillTemplatedLinks(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ["templated_link", "follow_up_failure", "quota_lock"]) await q.dropTable(t);
  }
}

/** The links of the reports registered before this migration, read from their stored proposals. */
async function backfillTemplatedLinks(q: QueryRunner): Promise<void> {
  const rows: { id: string; proposals: unknown }[] = await q.query(
    `SELECT id, proposals FROM report WHERE proposals LIKE '%"templatedWith":[{%'`,
  );
  const links: [string, string][] = [];
  for (const row of rows) {
    const p = (typeof row.proposals === "string" ? JSON.parse(row.proposals) : row.proposals) as {
      templatedWith?: { id: string }[];
    } | null;
    for (const m of p?.templatedWith ?? []) if (m.id !== row.id) links.push([row.id, m.id]);
  }
  const unique = [...new Map(links.map((l) => [l.join(" "), l])).values()];
  for (let i = 0; i < unique.length; i += 200) {
    const batch = unique.slice(i, i + 200);
    await q.query(
      `INSERT INTO templated_link (reportId, earlierReportId) VALUES ${batch.map(() => "(?, ?)").join(", ")}`,
      batch.flat(),
    );
  }
}
