import { Entity, PrimaryColumn } from "typeorm";
import { dateColumn, largeTextColumn, openDatabase, dropDatabase, resolveDatabaseTarget } from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";

@Entity("column_probe")
class ColumnProbe {
  @PrimaryColumn({ type: "varchar", length: 36 }) id!: string;
  @dateColumn() at!: Date;
  @largeTextColumn() body!: string;
}

/** The same entity class serves a SQLite and (when configured) a MySQL data source in one process. */
describe("column types chosen per data source", () => {
  it("keeps TEXT and plain datetime on SQLite, MEDIUMTEXT and datetime(3) on MySQL", async () => {
    const sqlite = await openDatabase({
      subgraph: "probe",
      entities: [ColumnProbe],
      migrations: [],
      databaseUrl: null,
    });
    const mysqlUrl = isolatedDatabaseUrl();
    const mysql = mysqlUrl
      ? await openDatabase({ subgraph: "probe", entities: [ColumnProbe], migrations: [], databaseUrl: mysqlUrl })
      : null;
    try {
      const col = (ds: typeof sqlite.dataSource, name: string) =>
        ds.getMetadata(ColumnProbe).findColumnWithPropertyName(name)!;
      expect(col(sqlite.dataSource, "body").type).toBe("text");
      expect(col(sqlite.dataSource, "at").precision ?? null).toBeNull();
      if (mysql) {
        expect(col(mysql.dataSource, "body").type).toBe("mediumtext");
        expect(col(mysql.dataSource, "at").precision).toBe(3);
        // and the SQLite data source opened first was not changed by the MySQL one
        expect(col(sqlite.dataSource, "body").type).toBe("text");
      }
    } finally {
      await sqlite.dataSource.destroy();
      await dropDatabase(sqlite.target);
      if (mysql) {
        await mysql.dataSource.destroy();
        await dropDatabase(resolveDatabaseTarget("probe", mysqlUrl));
      }
    }
  });
});
