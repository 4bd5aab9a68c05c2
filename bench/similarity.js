#!/usr/bin/env node
// Cost of the 贴牌 similarity check per registration, at register sizes given on the command line.
//   npm run build && node bench/similarity.js 10000 100000
// Needs the built intake package (services/intake/dist).
const { benchmarkSimilarity } = require("../services/intake/dist/tools/similarity-benchmark");
const { generateReportSet } = require("../services/intake/dist/seed/generate-reports");

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
for (const n of sizes.length ? sizes : [10_000, 100_000]) {
  const r = benchmarkSimilarity(n, (count, seed) => generateReportSet(count, seed).map((x) => x.text), {
    probes: 1000,
  });
  console.log(
    `n=${n}: build ${(r.buildMs / 1000).toFixed(1)} s (${r.avgAddMs.toFixed(3)} ms/report); ` +
      `per registration (signature + LSH query + insert) ${r.avgAddAndQueryMs.toFixed(3)} ms, ` +
      `${r.avgCandidates.toFixed(1)} candidates scored, ${r.avgMatches.toFixed(2)} matches; heap ${r.heapUsedMb.toFixed(0)} MB`,
  );
}
