// Preloaded (NODE_OPTIONS=--require …) when the benchmark runs with --profile DIR: samples the
// process's CPU from start to exit and writes DIR/<entry>-<pid>.cpuprofile (open it in Chrome
// DevTools). Node refuses --cpu-prof in NODE_OPTIONS, hence the inspector.
"use strict";
const inspector = require("node:inspector");
const { writeFileSync } = require("node:fs");
const { basename, dirname, join } = require("node:path");

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 200 });
  session.post("Profiler.start");
  const entry = process.argv[1] ? `${basename(dirname(dirname(process.argv[1])))}` : "node";
  process.on("exit", () => {
    // an in-thread inspector session answers synchronously, so this still runs before exit
    session.post("Profiler.stop", (err, result) => {
      if (!err) writeFileSync(join(dir, `${entry}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
