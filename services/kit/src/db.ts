import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import {
  AdvancedConsoleLogger,
  DataSource,
  type DataSourceOptions,
  type EntitySchema,
  type MixedList,
  type QueryRunner,
} from "typeorm";

/**
 * TypeORM's console logger that also counts every statement it is handed, so tests can
 * prove that a list of N items costs a constant number of queries.
 */
export class CountingLogger extends AdvancedConsoleLogger {
  queries = 0;
  override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.queries++;
    super.logQuery(query, parameters, queryRunner);
  }
}
import { dataDir } from "./paths";
import { config } from "./config";
import { applyDialectColumnTypes } from "./columns";

export type Dialect = "sqlite" | "mysql";

export interface DatabaseTarget {
  dialect: Dialect;
  /** Set once connected: MariaDB reports column defaults differently, so TypeORM must know. */
  mariadb?: boolean;
  /** SQLite file path, or the MySQL database name. */
  database: string;
  /** For MySQL: connection settings without the database. */
  mysql?: { host: string; port: number; user: string; password: string };
}

/** Database name for a subgraph: `<prefix>_<subgraph>`; only [A-Za-z0-9_] so it needs no quoting. */
export function mysqlDatabaseName(prefix: string, subgraph: string): string {
  const name = `${prefix}_${subgraph}`;
  if (!/^[A-Za-z0-9_]{1,64}$/.test(name)) {
    throw new Error(`数据库名无效：${name}（DATABASE_URL 的路径部分只能使用字母、数字和下划线）`);
  }
  return name;
}

/**
 * DATABASE_URL unset → embedded SQLite in data/<subgraph>.sqlite;
 * mysql://user:pass@host:port/prefix → database <prefix>_<subgraph> on that server.
 */
/** Where a subgraph's data lives; `url` undefined = the configured DATABASE_URL, null = embedded SQLite. */
export function resolveDatabaseTarget(
  subgraph: string,
  url: string | null | undefined = config().databaseUrl,
): DatabaseTarget {
  if (!url) {
    const dir = dataDir();
    return { dialect: "sqlite", database: join(dir, `${subgraph}.sqlite`) };
  }
  const parsed = new URL(url);
  if (parsed.protocol !== "mysql:" && parsed.protocol !== "mariadb:") {
    throw new Error(`不支持的 DATABASE_URL 协议：${parsed.protocol}（仅支持 mysql://）`);
  }
  const prefix = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "prp";
  return {
    dialect: "mysql",
    database: mysqlDatabaseName(prefix, subgraph),
    mysql: {
      host: parsed.hostname || "127.0.0.1",
      port: Number(parsed.port || 3306),
      user: decodeURIComponent(parsed.username || "root"),
      password: decodeURIComponent(parsed.password || ""),
    },
  };
}

/** Creates the subgraph's MySQL database when it is missing (utf8mb4 for Chinese text). */
export async function ensureMysqlDatabase(target: DatabaseTarget): Promise<void> {
  if (target.dialect !== "mysql" || !target.mysql) return;
  const mysql = await import("mysql2/promise");
  const conn = await mysql.createConnection({ ...target.mysql });
  try {
    const [rows] = await conn.query("SELECT VERSION() AS v");
    target.mariadb = /mariadb/i.test(String((rows as Array<{ v: string }>)[0]?.v));
    await conn.query(
      `CREATE DATABASE IF NOT EXISTS \`${target.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await conn.end();
  }
}

/** Drops a subgraph's MySQL database or deletes its SQLite file (tests clean up with it). */
export async function dropDatabase(target: DatabaseTarget): Promise<void> {
  if (target.dialect === "mysql" && target.mysql) {
    const mysql = await import("mysql2/promise");
    const conn = await mysql.createConnection({ ...target.mysql });
    try {
      await conn.query(`DROP DATABASE IF EXISTS \`${target.database}\``);
    } finally {
      await conn.end();
    }
  } else {
    const { rmSync } = await import("node:fs");
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(target.database + suffix, { force: true });
  }
}

export interface DataSourceConfig {
  subgraph: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** Where to connect; undefined = the configured DATABASE_URL; null = embedded SQLite whatever is configured. */
  databaseUrl?: string | null;
  logging?: boolean;
}

const configuredUrl = (cfg: DataSourceConfig): string | null =>
  cfg.databaseUrl === undefined ? (config().databaseUrl ?? null) : cfg.databaseUrl;

/** Builds (but does not open) the subgraph's DataSource. Never synchronizes: migrations own the schema. */
export function buildDataSource(
  cfg: DataSourceConfig,
  target = resolveDatabaseTarget(cfg.subgraph, configuredUrl(cfg)),
): { dataSource: DataSource; target: DatabaseTarget } {
  const common = {
    entities: cfg.entities,
    migrations: cfg.migrations,
    synchronize: false,
    migrationsRun: false,
    logging: cfg.logging ?? config().sqlLogging,
    logger: new CountingLogger(cfg.logging ?? config().sqlLogging),
  } as const;
  let options: DataSourceOptions;
  if (target.dialect === "sqlite") {
    createPrivateFile(target.database);
    options = {
      ...common,
      type: "better-sqlite3",
      database: target.database,
      // WAL lets readers go on while a writer commits; busy timeout instead of SQLITE_BUSY errors
      prepareDatabase: (db: any) => {
        db.pragma("journal_mode = WAL");
        db.pragma("busy_timeout = 5000");
        db.pragma("foreign_keys = ON");
      },
    };
  } else {
    options = {
      ...common,
      type: target.mariadb ? "mariadb" : "mysql",
      ...target.mysql!,
      username: target.mysql!.user,
      database: target.database,
      charset: "utf8mb4_unicode_ci",
      timezone: "Z",
      dateStrings: false,
      extra: { connectionLimit: config().dbPoolSize },
    } as DataSourceOptions;
    delete (options as any).user;
  }
  return { dataSource: new DataSource(options), target };
}

/**
 * Creates the SQLite file readable by its owner only (0600, like the generated secrets) before
 * better-sqlite3 opens it, and narrows an older file's mode. SQLite gives the -wal, -shm and
 * -journal files it creates beside the database the database file's own mode.
 */
function createPrivateFile(path: string): void {
  // a new data folder is private too (an existing one is the operator's choice)
  mkdirSync(join(path, ".."), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, "a", 0o600));
  chmodSync(path, 0o600);
}

/** Opens the database (creating the MySQL database when missing) and runs pending migrations. */
export async function openDatabase(cfg: DataSourceConfig): Promise<{ dataSource: DataSource; target: DatabaseTarget }> {
  const target = resolveDatabaseTarget(cfg.subgraph, configuredUrl(cfg));
  await ensureMysqlDatabase(target);
  const built = buildDataSource(cfg, target);
  await built.dataSource.initialize();
  applyDialectColumnTypes(built.dataSource);
  await built.dataSource.runMigrations({ transaction: "each" });
  return built;
}

/** SQL that TypeORM would still run to make the database match the entities (empty = in agreement). */
export async function pendingSchemaChanges(ds: DataSource): Promise<string[]> {
  const log = await ds.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
