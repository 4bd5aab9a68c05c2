import { SimilarityIndex, type SimilarityConfig } from "../domain/similarity";

/**
 * Benchmark of the similarity index: a developer tool (`npm run bench:similarity`), kept out of
 * the domain so that the domain holds rules only.
 * It builds an index of n reports, then times `probes` further reports each being checked
 * against the whole index and then added (the work done when a report is registered).
 *
 * The texts come from the caller: the realistic generator lives with the tests
 * (src/seed/generate-reports.ts, also used for demo data); bench/similarity.js runs it.
 */

/** count texts, deterministic for a seed. */
export type ReportTextSource = (count: number, seed: number) => readonly string[];

export interface SimilarityBenchmark {
  n: number;
  probes: number;
  /** Building the index of n reports. */
  buildMs: number;
  avgAddMs: number;
  /** Per probe: signature, query and insert. */
  avgAddAndQueryMs: number;
  avgCandidates: number;
  avgMatches: number;
  heapUsedMb: number;
}

const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export function benchmarkSimilarity(
  n: number,
  source: ReportTextSource,
  options: { probes?: number; seed?: number; config?: Partial<SimilarityConfig> } = {},
): SimilarityBenchmark {
  const probes = options.probes ?? Math.min(1000, Math.max(1, Math.floor(n / 10)));
  const texts = source(n + probes, options.seed ?? 20260930);
  if (texts.length < n + probes) throw new RangeError(`the source gave ${texts.length} texts, ${n + probes} needed`);
  const index = new SimilarityIndex(options.config);

  const buildStart = process.hrtime.bigint();
  for (let i = 0; i < n; i++) index.add(`R${i}`, texts[i]);
  const buildMs = elapsedMs(buildStart);

  let candidates = 0;
  let matches = 0;
  const probeStart = process.hrtime.bigint();
  for (let i = n; i < n + probes; i++) {
    const sig = index.signature(texts[i]);
    const result = index.querySignature(sig);
    index.addSignature(`R${i}`, sig);
    candidates += result.candidateCount;
    matches += result.matches.length;
  }
  const probeMs = elapsedMs(probeStart);

  return {
    n,
    probes,
    buildMs,
    avgAddMs: n > 0 ? buildMs / n : 0,
    avgAddAndQueryMs: probeMs / probes,
    avgCandidates: candidates / probes,
    avgMatches: matches / probes,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
  };
}
