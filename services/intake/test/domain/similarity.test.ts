import {
  DEFAULT_SIMILARITY_CONFIG,
  SimilarityIndex,
  decodeSignature,
  encodeSignature,
  estimatedSimilarity,
  isEmptySignature,
  normaliseText,
  shingleHashes,
  signature,
  signatureVersion,
  textSimilarity,
} from "../../src/domain/similarity";
import { benchmarkSimilarity } from "../../src/tools/similarity-benchmark";
import { generateReportSet, generateReports, mulberry32, type GeneratedReport } from "../../src/seed/generate-reports";

const LETTER =
  "尊敬的纪委领导：我要举报姜山镇前王家庄村党支部书记王某某。2024年村里修建道路硬化工程，他没有经过招标，直接把工程交给其小舅子承包，工程造价明显虚高。希望纪委调查处理。";

describe("normaliseText", () => {
  it("drops whitespace, Chinese and ASCII punctuation, symbols and (by default) digits", () => {
    expect(normaliseText(" 他于2024年3月，收受“购物卡”5000元！\n（详见附件） ")).toBe("他于年月收受购物卡元详见附件");
    expect(normaliseText("他于2024年，收受5000元", { stripDigits: false })).toBe("他于2024年收受5000元");
  });

  it("folds full-width forms and letter case", () => {
    expect(normaliseText("ＫＴＶ消费１２００元", { stripDigits: false })).toBe("ktv消费1200元");
    expect(normaliseText("ＫＴＶ消费１２００元")).toBe("ktv消费元");
  });
});

describe("shingles", () => {
  it("cuts overlapping n-grams of the normalised text", () => {
    expect(shingleHashes("一二三四五")).toHaveLength(3);
    expect(shingleHashes("一二三四五", { shingleSize: 2 })).toHaveLength(4);
    expect(shingleHashes("一二")).toHaveLength(1);
    expect(shingleHashes("，。！ 123")).toHaveLength(0);
    // the same n-gram hashes the same wherever it stands
    const [a] = shingleHashes("张三丰");
    expect(shingleHashes("我是张三丰")[2]).toBe(a);
  });

  it("exact Jaccard ignores formatting and counts real differences", () => {
    expect(textSimilarity(LETTER, LETTER.replace(/，/g, ", ").replace(/。/g, ".\n"))).toBe(1);
    expect(textSimilarity("甲乙丙丁戊", "子丑寅卯辰")).toBe(0);
    expect(textSimilarity("", "")).toBe(0);
    // "一二三四" has {一二三, 二三四}, "一二三五" has {一二三, 二三五}: 1 shared of 3
    expect(textSimilarity("一二三四", "一二三五")).toBeCloseTo(1 / 3, 10);
  });
});

describe("MinHash signatures", () => {
  it("are deterministic, configurable in length, and depend on the seed", () => {
    const a = signature(LETTER);
    expect(a).toBeInstanceOf(Uint32Array);
    expect(a).toHaveLength(DEFAULT_SIMILARITY_CONFIG.bands * DEFAULT_SIMILARITY_CONFIG.rowsPerBand);
    expect(signature(LETTER)).toEqual(a);
    expect(signature(LETTER, { bands: 16, rowsPerBand: 5 })).toHaveLength(80);
    expect(estimatedSimilarity(a, signature(LETTER, { seed: 7 }))).toBeLessThan(0.2);
  });

  it("estimate the exact Jaccard similarity closely", () => {
    const reports = generateReports({ independentCount: 60, clusterCount: 8 });
    const r = mulberry32(11);
    const errors: number[] = [];
    for (let t = 0; t < 400; t++) {
      const a = reports[Math.floor(r() * reports.length)].text;
      // half the pairs are a text and a light edit of it, so that high similarities are covered too
      const b =
        t % 2 === 0
          ? reports[Math.floor(r() * reports.length)].text
          : a.slice(0, Math.floor(a.length * 0.8)) + "此事群众意见很大";
      errors.push(Math.abs(estimatedSimilarity(signature(a), signature(b)) - textSimilarity(a, b)));
    }
    const mean = errors.reduce((s, e) => s + e, 0) / errors.length;
    expect(mean).toBeLessThan(0.04);
    expect(Math.max(...errors)).toBeLessThan(0.2);
  });

  it("treat an empty text as similar to nothing", () => {
    const empty = signature("！？ 。");
    expect(isEmptySignature(empty)).toBe(true);
    expect(isEmptySignature(signature(LETTER))).toBe(false);
    expect(estimatedSimilarity(empty, empty)).toBe(0);
    expect(() => estimatedSimilarity(empty, new Uint32Array(8))).toThrow(RangeError);
  });

  it("round-trip through their text encoding, and carry a version label", () => {
    const sig = signature(LETTER);
    const encoded = encodeSignature(sig);
    expect(typeof encoded).toBe("string");
    expect(decodeSignature(encoded)).toEqual(sig);
    expect(() => decodeSignature("AAA")).toThrow(RangeError);
    expect(signatureVersion()).toBe(`minhash-v1:n3:k128:d1:s${DEFAULT_SIMILARITY_CONFIG.seed}`);
    expect(signatureVersion({ shingleSize: 2 })).not.toBe(signatureVersion());
  });
});

describe("SimilarityIndex", () => {
  const edited = LETTER.replace("希望", "恳请").replace("王某某", "王某") + "举报人：李四";

  it("finds copies above the threshold, most similar first, and leaves unrelated texts out", () => {
    const index = new SimilarityIndex();
    index.add("a", LETTER);
    index.add("b", edited);
    index.add("c", "市住建局某科长上班时间经常不在岗，群众办事找不到人，办理房产证来回跑了五趟。");
    const matches = index.query(LETTER);
    expect(matches.map((m) => m.id)).toEqual(["a", "b"]);
    expect(matches[0].similarity).toBe(1);
    expect(matches[1].similarity).toBeGreaterThanOrEqual(0.6);
    expect(matches[1].similarity).toBeLessThan(1);
    expect(index.query(LETTER, { excludeId: "a" }).map((m) => m.id)).toEqual(["b"]);
    expect(index.query(LETTER, { limit: 1 }).map((m) => m.id)).toEqual(["a"]);
    expect(index.query(LETTER, { threshold: 1 }).map((m) => m.id)).toEqual(["a"]);
    expect(index.queryById("a").map((m) => m.id)).toEqual(["b"]);
    expect(index.queryById("missing")).toEqual([]);
  });

  it("removes and replaces entries", () => {
    const index = new SimilarityIndex();
    index.add("a", LETTER);
    index.add("b", LETTER);
    expect(index.size).toBe(2);
    expect(index.remove("a")).toBe(true);
    expect(index.remove("a")).toBe(false);
    expect(index.query(LETTER).map((m) => m.id)).toEqual(["b"]);
    index.add("b", "完全不同的内容：某物流公司拖欠工人工资，多次讨要无果。");
    expect(index.size).toBe(1);
    expect(index.query(LETTER)).toEqual([]);
    // a freed handle is reused without mixing entries up
    index.add("c", LETTER);
    expect(index.query(LETTER).map((m) => m.id)).toEqual(["c"]);
  });

  it("rebuilds from stored signatures", () => {
    const original = new SimilarityIndex();
    const stored = [
      { id: "a", sig: encodeSignature(original.add("a", LETTER)) },
      { id: "b", sig: encodeSignature(original.add("b", edited)) },
    ];
    const rebuilt = new SimilarityIndex();
    for (const s of stored) rebuilt.addSignature(s.id, decodeSignature(s.sig));
    expect(rebuilt.query(edited)).toEqual(original.query(edited));
    expect(() => rebuilt.addSignature("x", new Uint32Array(64))).toThrow(RangeError);
    expect(() => rebuilt.querySignature(new Uint32Array(64))).toThrow(RangeError);
  });

  it("keeps empty texts out of every match", () => {
    const index = new SimilarityIndex();
    index.add("empty1", "。。。");
    index.add("empty2", "");
    expect(index.size).toBe(2);
    expect(index.query("")).toEqual([]);
    expect(index.queryById("empty1")).toEqual([]);
    expect(index.remove("empty1")).toBe(true);
  });

  it("scores only the candidates from its buckets, not the whole register", () => {
    const reports = generateReports({ independentCount: 1500, clusterCount: 0 });
    const index = new SimilarityIndex();
    for (const r of reports) index.add(r.id, r.text);
    let candidates = 0;
    for (const r of reports.slice(0, 200))
      candidates += index.querySignature(index.signature(r.text), { excludeId: r.id }).candidateCount;
    expect(candidates / 200).toBeLessThan(reports.length * 0.02);
  });

  it("validates its configuration", () => {
    expect(() => new SimilarityIndex({ shingleSize: 0 })).toThrow(RangeError);
    expect(() => new SimilarityIndex({ bands: 2.5 })).toThrow(RangeError);
    expect(() => new SimilarityIndex({ threshold: 1.5 })).toThrow(RangeError);
    expect(new SimilarityIndex({ bands: 20, rowsPerBand: 5 }).signature(LETTER)).toHaveLength(100);
  });
});

describe("benchmarkSimilarity", () => {
  it("builds an index of n reports and times probes against it", () => {
    const result = benchmarkSimilarity(300, (count, seed) => generateReportSet(count, seed).map((r) => r.text), {
      probes: 20,
    });
    expect(result).toMatchObject({ n: 300, probes: 20 });
    expect(result.avgAddAndQueryMs).toBeGreaterThan(0);
    expect(result.avgCandidates).toBeGreaterThanOrEqual(result.avgMatches);
    expect(() => benchmarkSimilarity(10, () => ["too few"])).toThrow(RangeError);
  });
});

describe("the report generator", () => {
  it("is deterministic for a seed and labels templated clusters", () => {
    const a = generateReports();
    expect(generateReports()).toEqual(a);
    expect(generateReports({ seed: 2 })).not.toEqual(a);
    expect(a.length).toBeGreaterThanOrEqual(1000);
    expect(generateReportSet(2345)).toHaveLength(2345);
    const clusters = new Map<string, GeneratedReport[]>();
    for (const r of a) if (r.clusterId) clusters.set(r.clusterId, [...(clusters.get(r.clusterId) ?? []), r]);
    expect(clusters.size).toBe(40);
    for (const members of clusters.values()) {
      expect(members.length).toBeGreaterThanOrEqual(3);
      // copies come under different reporter names, and are not all byte-identical
      expect(new Set(members.map((m) => m.reporterName)).size).toBeGreaterThan(1);
      expect(new Set(members.map((m) => m.text)).size).toBeGreaterThan(1);
    }
  });
});

/** Precision and recall over report pairs: a pair is positive when both copies share a cluster label. */
function evaluate(reports: GeneratedReport[]): {
  precision: number;
  recall: number;
  truePositives: number;
  positives: number;
  flagged: number;
} {
  const index = new SimilarityIndex();
  for (const r of reports) index.add(r.id, r.text);
  const cluster = new Map(reports.map((r) => [r.id, r.clusterId]));
  let truePositives = 0;
  let flagged = 0;
  for (const r of reports) {
    for (const m of index.queryById(r.id)) {
      if (m.id <= r.id) continue; // each unordered pair once
      flagged++;
      if (r.clusterId !== null && cluster.get(m.id) === r.clusterId) truePositives++;
    }
  }
  const sizes = new Map<string, number>();
  for (const r of reports) if (r.clusterId) sizes.set(r.clusterId, (sizes.get(r.clusterId) ?? 0) + 1);
  let positives = 0;
  for (const s of sizes.values()) positives += (s * (s - 1)) / 2;
  return {
    precision: flagged === 0 ? 1 : truePositives / flagged,
    recall: truePositives / positives,
    truePositives,
    positives,
    flagged,
  };
}

describe("templated-report detection on generated data (default threshold 0.6)", () => {
  const PRECISION_BAR = 0.95;
  const RECALL_BAR = 0.9;

  it.each([20260930, 1, 2])(`seed %p: precision ≥ ${PRECISION_BAR}, recall ≥ ${RECALL_BAR}`, (seed) => {
    const reports = generateReports({ seed });
    const result = evaluate(reports);
    console.log(
      `seed ${seed}: ${reports.length} reports, ${result.positives} positive pairs, ${result.flagged} flagged, ` +
        `precision ${result.precision.toFixed(4)}, recall ${result.recall.toFixed(4)}`,
    );
    expect(result.precision).toBeGreaterThanOrEqual(PRECISION_BAR);
    expect(result.recall).toBeGreaterThanOrEqual(RECALL_BAR);
  });
});
