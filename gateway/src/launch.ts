// `npm start`: the whole platform on one machine, with SQLite by default.
//
//   PORT          gateway port (default 4000); subgraph i gets PORT + 1 + i
//   HOST          gateway bind address (default 127.0.0.1); subgraphs always bind 127.0.0.1
//   DATA_DIR      SQLite files and generated secrets (default <repo>/data)
//   DATABASE_URL  mysql://user:pass@host:port/prefix → databases <prefix>_<subgraph>
//   others (NODE_ENV, DEMO_DATA, INITIAL_ADMIN_PASSWORD, …) pass through to every process
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot, resolveDatabaseTarget } from "@prp/kit";
import { launchPlatform, type RunningPlatform } from "./platform";
import { SUBGRAPHS } from "./subgraphs";

function describeDatabase(platform: RunningPlatform): string[] {
  const names = Object.keys(platform.subgraphs);
  if (!platform.databaseUrl) {
    const shown = relative(process.cwd(), platform.dataDir) || ".";
    return [
      `SQLite（嵌入式，无需安装数据库）/ embedded SQLite: ${shown.startsWith("..") ? platform.dataDir : shown}/`,
      `  ${names.map((n) => `${n}.sqlite`).join(", ")}`,
    ];
  }
  const first = resolveDatabaseTarget(names[0] ?? SUBGRAPHS[0].name, platform.databaseUrl);
  const server = first.mysql ? `${first.mysql.user}@${first.mysql.host}:${first.mysql.port}` : "";
  return [
    `MySQL/MariaDB ${server}（密码不显示 / password hidden）`,
    `  ${names.map((n) => resolveDatabaseTarget(n, platform.databaseUrl).database).join(", ")}`,
  ];
}

function banner(platform: RunningPlatform, port: number): string {
  const host =
    process.env.HOST && !["127.0.0.1", "0.0.0.0", "::", "::1", "localhost"].includes(process.env.HOST)
      ? process.env.HOST
      : "localhost";
  const origin = `http://${host}:${port}`;
  const adminDir = process.env.ADMIN_DIR ?? join(repoRoot(), "admin", "dist");
  const lines = [
    "信访举报工作平台已启动 / Petition & Report Platform is running",
    "",
    ...(existsSync(join(adminDir, "index.html")) ? [`管理门户 / Admin portal:   ${origin}/`] : []),
    `GraphQL 接口 / API:       ${origin}/graphql`,
    ...(process.env.NODE_ENV !== "production" ? [`GraphiQL 调试 / GraphiQL: ${origin}/graphiql`] : []),
    `健康检查 / Health:        ${origin}/health`,
    "",
    "数据库 / Database:",
    ...describeDatabase(platform).map((l) => `  ${l}`),
    "",
    "首次启动时，演示账号与管理员密码由 directory 服务在上方日志中打印。",
    "On first start the directory service prints the demo logins and admin password above.",
    "按 Ctrl-C 停止所有服务 / Press Ctrl-C to stop everything.",
  ];
  const rule = "─".repeat(72);
  return [rule, ...lines.map((l) => (l ? `  ${l}` : "")), rule].join("\n");
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535 - SUBGRAPHS.length) {
    throw new Error(`PORT 无效 / invalid PORT: ${process.env.PORT}`);
  }
  console.log(`[launcher] 正在启动 / starting: ${SUBGRAPHS.map((s) => s.name).join(", ")}, gateway …`);

  let platform: RunningPlatform | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      console.log("[launcher] 强制退出 / forced exit");
      process.exit(1); // the launcher's exit hook still sends SIGTERM to the children
    }
    stopping = true;
    console.log(`[launcher] ${signal}: 正在停止 / stopping …`);
    if (!platform) process.exit(130); // still starting: the exit hook stops what was spawned
    platform
      .stop()
      .then(() => {
        console.log("[launcher] 已全部停止 / all stopped");
        process.exit(0);
      })
      .catch((err) => {
        console.error("[launcher] stop failed:", err);
        process.exit(1);
      });
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  platform = await launchPlatform({ basePort: port });
  if (stopping) return; // a signal arrived while the last process was starting
  console.log(`\n${banner(platform, port)}\n`);
}

main().catch((err) => {
  console.error(`[launcher] 启动失败 / failed to start: ${err?.message ?? err}`);
  process.exit(1);
});
