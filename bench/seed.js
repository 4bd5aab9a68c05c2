#!/usr/bin/env node
// Time, CPU time and SQL statements of intake's demo seed (about 300 reports through the use cases).
//   npm run build && node bench/seed.js            (embedded SQLite in a temp folder)
//   DATABASE_URL=mysql://root@127.0.0.1:3306/prp_bench node bench/seed.js
// Needs the built packages (services/*/dist). Loopback only; stops by itself.
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
process.env.DATA_DIR ??= mkdtempSync(join(tmpdir(), "prp-bench-seed-"));
process.env.APOLLO_TELEMETRY_DISABLED = "true";
require("reflect-metadata");
const { openDatabase, dropDatabase } = require("../services/kit/dist");
const { isolatedDatabaseUrl } = require("../services/kit/dist/testing");
const { entities } = require("../services/intake/dist/entities");
const { migrations } = require("../services/intake/dist/migrations");
const { seedIntake } = require("../services/intake/dist/seed");

// a small organisation like the demo directory's (the seed needs ids for towns, units and people)
const unit = (id, name) => ({ id, name });
const SNAPSHOT = {
  towns: [unit("t-sj", "水集街道"), unit("t-js", "姜山镇"), unit("t-ys", "院上镇"), unit("t-rz", "日庄镇")],
  townCommittees: [
    { id: "tc-sj", name: "水集街道纪工委", townId: "t-sj" },
    { id: "tc-js", name: "姜山镇纪委", townId: "t-js" },
    { id: "tc-ys", name: "院上镇纪委", townId: "t-ys" },
    { id: "tc-rz", name: "日庄镇纪委", townId: "t-rz" },
  ],
  supervisionOffices: [unit("so-1", "第一纪检监察室"), unit("so-2", "第二纪检监察室")],
  stationedGroups: [unit("sg-1", "派驻第一纪检监察组")],
  petitionOffice: unit("po", "信访室"),
  caseSupervisionOffice: unit("cso", "案件监督管理室"),
  competentDepartments: [
    {
      id: "cd-rs",
      name: "市人力资源和社会保障局",
      copyTo: unit("so-1", "第一纪检监察室"),
      stationedGroup: unit("sg-1", "派驻第一纪检监察组"),
    },
    { id: "cd-mz", name: "市民政局", copyTo: unit("so-2", "第二纪检监察室"), stationedGroup: null },
  ],
  leaders: [
    { id: "u-leader1", displayName: "王建国", townIds: ["t-sj", "t-js"] },
    { id: "u-leader2", displayName: "刘秀英", townIds: ["t-ys"] },
  ],
  petitionOfficers: [unit("u-officer1", "李娜"), { id: "u-officer2", displayName: "赵磊" }].map((p) => ({
    id: p.id,
    displayName: p.displayName ?? p.name,
  })),
};

async function main() {
  const { dataSource, target } = await openDatabase({
    subgraph: "intake",
    entities,
    migrations,
    databaseUrl: isolatedDatabaseUrl(),
  });
  const logger = dataSource.logger;
  const lines = [];
  try {
    const before = logger.queries;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await seedIntake(
      dataSource,
      (l) => lines.push(l),
      { demoData: true },
      async () => SNAPSHOT,
    );
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const reports = await dataSource.query("SELECT COUNT(*) AS n FROM report");
    console.log(lines.join("\n"));
    console.log(
      `seed on ${target.dialect}: ${Math.round(ms)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU, ` +
        `${logger.queries - before} SQL statements, ${Number(reports[0].n)} reports`,
    );
  } finally {
    await dataSource.destroy();
    await dropDatabase(target);
  }
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
