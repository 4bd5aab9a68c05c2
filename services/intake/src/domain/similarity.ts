/**
 * Near-duplicate detection for Chinese report texts, to flag 贴牌 reports (one templated
 * text submitted under many names or many times).
 *
 * Method: normalise the text (NFKC, lower case, no whitespace, punctuation or symbols,
 * full-width included, and by default no digits, since templated copies differ in dates,
 * amounts and phone numbers); cut it into overlapping character n-grams (shingles, n = 3);
 * summarise the shingle set by a MinHash signature (k = bands × rows seeded 32-bit hash
 * functions; the share of equal positions in two signatures estimates the Jaccard
 * similarity of the two shingle sets); and index the signatures by LSH banding (the
 * signature cut into `bands` bands of `rowsPerBand` values; two texts become candidates
 * when any band is equal). With 32 × 4 a pair is found with probability 1-(1-s⁴)³²:
 * 0.99 at s = 0.6, 0.87 at s = 0.5, 0.23 at s = 0.3, 0.05 at s = 0.2.
 *
 * Candidates are scored by the signature estimate, not by exact Jaccard on stored shingle
 * sets: the index then needs only the signatures (k × 4 bytes a report), which the
 * subgraph persists and reloads with addSignature() at start, without keeping texts in
 * memory. The estimate's standard error is √(s(1−s)/k), about 0.04 at s = 0.6 with k = 128.
 * `textSimilarity()` gives the exact Jaccard for a single pair when both texts are at hand.
 *
 * Cost per add or query: O(L·k) hashing for a text of L characters (L shingles × k hash
 * functions, Math.imul arithmetic only), O(bands) bucket lookups, O(C·k) scoring for the C
 * candidates found in those buckets. Nothing scans the register, so the cost does not grow
 * with its size except through C (the reports that really are similar, plus chance
 * collisions of dissimilar ones, which banding keeps rare).
 */

export interface SimilarityConfig {
  /** Characters per shingle. */
  shingleSize: number;
  /** LSH bands; the signature has bands × rowsPerBand values. */
  bands: number;
  rowsPerBand: number;
  /** Estimated Jaccard similarity from which a pair counts as templated. */
  threshold: number;
  /** Drop digits before shingling (dates, amounts and phone numbers vary between copies). */
  stripDigits: boolean;
  /** Seed of the hash family; signatures are comparable only under the same seed. */
  seed: number;
}

export const DEFAULT_SIMILARITY_CONFIG: Readonly<SimilarityConfig> = Object.freeze({
  shingleSize: 3,
  bands: 32,
  rowsPerBand: 4,
  threshold: 0.6,
  stripDigits: true,
  seed: 0x2f6b_1a3d,
});

export type MinHashSignature = Uint32Array;

export interface SimilarityMatch {
  id: string;
  /** Estimated Jaccard similarity, 0..1. */
  similarity: number;
}

export interface QueryOptions {
  /** Defaults to the index's configured threshold. */
  threshold?: number;
  /** Leave this id out (a report querying for its own copies). */
  excludeId?: string;
  /** At most this many matches, the most similar first. */
  limit?: number;
}

function resolveConfig(partial: Partial<SimilarityConfig> = {}): SimilarityConfig {
  const config = { ...DEFAULT_SIMILARITY_CONFIG, ...partial };
  const positiveInt = (n: number) => Number.isInteger(n) && n > 0;
  if (!positiveInt(config.shingleSize)) throw new RangeError("shingleSize must be a positive integer");
  if (!positiveInt(config.bands) || !positiveInt(config.rowsPerBand))
    throw new RangeError("bands and rowsPerBand must be positive integers");
  if (!(config.threshold >= 0 && config.threshold <= 1)) throw new RangeError("threshold must be between 0 and 1");
  if (!Number.isInteger(config.seed)) throw new RangeError("seed must be an integer");
  return config;
}

// A module-level alias: under jest (a vm context) every global lookup in a hot loop is
// costly, and `Math.imul` is looked up 2 × k times per shingle.
const imul = Math.imul;

/** murmur3's 32-bit finaliser: a fast bijective mixer. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Text as it is compared: NFKC, lower case, without spaces, punctuation, symbols (and digits). */
export function normaliseText(text: string, options: { stripDigits?: boolean } = {}): string {
  let s = (text ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Cc}\p{Cf}]+/gu, "");
  if (options.stripDigits ?? DEFAULT_SIMILARITY_CONFIG.stripDigits) s = s.replace(/\p{Nd}+/gu, "");
  return s;
}

/**
 * 32-bit hashes of the text's character n-grams, in text order (duplicates kept). A text
 * shorter than n yields one shingle of the whole text; an empty text yields none.
 */
export function shingleHashes(text: string, partial: Partial<SimilarityConfig> = {}): Uint32Array {
  const config = resolveConfig(partial);
  const cps: number[] = [];
  for (const ch of normaliseText(text, config)) cps.push(ch.codePointAt(0)!);
  if (cps.length === 0) return new Uint32Array(0);
  const n = Math.min(config.shingleSize, cps.length);
  const out = new Uint32Array(cps.length - n + 1);
  for (let i = 0; i < out.length; i++) {
    let h = config.seed ^ 0x811c9dc5;
    for (let j = 0; j < n; j++) h = imul(h ^ cps[i + j], 0x01000193);
    out[i] = fmix32(h);
  }
  return out;
}

export function shingleSet(text: string, config: Partial<SimilarityConfig> = {}): Set<number> {
  return new Set(shingleHashes(text, config));
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** Exact Jaccard similarity of two texts' shingle sets (for single pairs; the index estimates). */
export function textSimilarity(a: string, b: string, config: Partial<SimilarityConfig> = {}): number {
  return jaccard(shingleSet(a, config), shingleSet(b, config));
}

const hashSeedCache = new Map<string, Uint32Array>();

/** The k per-function seeds derived from the configured seed (cached: configs are few). */
function hashSeeds(config: SimilarityConfig): Uint32Array {
  const k = config.bands * config.rowsPerBand;
  const key = `${config.seed}:${k}`;
  let seeds = hashSeedCache.get(key);
  if (!seeds) {
    seeds = new Uint32Array(k);
    for (let i = 0; i < k; i++) seeds[i] = fmix32(config.seed + imul(i + 1, 0x9e3779b9));
    hashSeedCache.set(key, seeds);
  }
  return seeds;
}

const EMPTY_SLOT = 0xffffffff;

/**
 * MinHash signature of a text: for each of k hash functions h_i(x) = fmix32(x ⊕ seed_i),
 * the minimum over the text's shingles. An empty text gives all slots 0xFFFFFFFF.
 */
export function signature(text: string, partial: Partial<SimilarityConfig> = {}): MinHashSignature {
  const config = resolveConfig(partial);
  const seeds = hashSeeds(config);
  const k = seeds.length;
  const sig = new Uint32Array(k).fill(EMPTY_SLOT);
  const shingles = shingleHashes(text, config);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s];
    for (let i = 0; i < k; i++) {
      let h = x ^ seeds[i];
      h ^= h >>> 16;
      h = imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      h >>>= 0;
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** True for the signature of a text with nothing left after normalisation. */
export function isEmptySignature(sig: MinHashSignature): boolean {
  for (let i = 0; i < sig.length; i++) if (sig[i] !== EMPTY_SLOT) return false;
  return true;
}

/** Share of equal positions: the MinHash estimate of Jaccard similarity. */
export function estimatedSimilarity(a: MinHashSignature, b: MinHashSignature): number {
  if (a.length !== b.length) throw new RangeError("signatures of different lengths are not comparable");
  if (a.length === 0 || isEmptySignature(a) || isEmptySignature(b)) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/**
 * A label of everything that makes signatures comparable; store it next to persisted
 * signatures and recompute them when it changes.
 */
export function signatureVersion(partial: Partial<SimilarityConfig> = {}): string {
  const c = resolveConfig(partial);
  return `minhash-v1:n${c.shingleSize}:k${c.bands * c.rowsPerBand}:d${c.stripDigits ? 1 : 0}:s${c.seed >>> 0}`;
}

/** Base64 of the signature's values as little-endian 32-bit words (for a text column). */
export function encodeSignature(sig: MinHashSignature): string {
  const bytes = Buffer.alloc(sig.length * 4);
  for (let i = 0; i < sig.length; i++) bytes.writeUInt32LE(sig[i], i * 4);
  return bytes.toString("base64");
}

export function decodeSignature(encoded: string): MinHashSignature {
  const bytes = Buffer.from(encoded, "base64");
  if (bytes.length % 4 !== 0) throw new RangeError("not an encoded signature");
  const sig = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = bytes.readUInt32LE(i * 4);
  return sig;
}

/** A bucket holds one handle (the usual case) or several; a bare number saves memory. */
type Bucket = number | number[];

/**
 * In-memory LSH index of report signatures. Ids are the caller's report ids; internally
 * each report gets a small integer handle so that buckets hold numbers, not strings.
 */
export class SimilarityIndex {
  readonly config: Readonly<SimilarityConfig>;
  private readonly tables: Map<number, Bucket>[];
  private readonly handles = new Map<string, number>();
  private readonly ids: (string | undefined)[] = [];
  private readonly sigs: (MinHashSignature | undefined)[] = [];
  private readonly freeHandles: number[] = [];

  constructor(config: Partial<SimilarityConfig> = {}) {
    this.config = Object.freeze(resolveConfig(config));
    this.tables = Array.from({ length: this.config.bands }, () => new Map<number, Bucket>());
  }

  get size(): number {
    return this.handles.size;
  }

  has(id: string): boolean {
    return this.handles.has(id);
  }

  signature(text: string): MinHashSignature {
    return signature(text, this.config);
  }

  /** Index a text under `id` (replacing what was there); returns its signature for storage. */
  add(id: string, text: string): MinHashSignature {
    const sig = this.signature(text);
    this.addSignature(id, sig);
    return sig;
  }

  /** Index a stored signature (rebuilding the index at start). */
  addSignature(id: string, sig: MinHashSignature): void {
    this.assertComparable(sig);
    this.remove(id);
    const handle = this.freeHandles.pop() ?? this.ids.length;
    this.ids[handle] = id;
    this.sigs[handle] = sig;
    this.handles.set(id, handle);
    // an empty text is similar to nothing: keep it, but out of the buckets
    if (isEmptySignature(sig)) return;
    for (let b = 0; b < this.config.bands; b++) {
      const table = this.tables[b];
      const key = this.bandKey(sig, b);
      const bucket = table.get(key);
      if (bucket === undefined) table.set(key, handle);
      else if (typeof bucket === "number") table.set(key, [bucket, handle]);
      else bucket.push(handle);
    }
  }

  /** Forget a report; false when it was not indexed. */
  remove(id: string): boolean {
    const handle = this.handles.get(id);
    if (handle === undefined) return false;
    const sig = this.sigs[handle]!;
    if (!isEmptySignature(sig)) {
      for (let b = 0; b < this.config.bands; b++) {
        const table = this.tables[b];
        const key = this.bandKey(sig, b);
        const bucket = table.get(key);
        if (bucket === handle) table.delete(key);
        else if (Array.isArray(bucket)) {
          const rest = bucket.filter((h) => h !== handle);
          if (rest.length === 0) table.delete(key);
          else table.set(key, rest.length === 1 ? rest[0] : rest);
        }
      }
    }
    this.handles.delete(id);
    this.ids[handle] = undefined;
    this.sigs[handle] = undefined;
    this.freeHandles.push(handle);
    return true;
  }

  /** Indexed reports whose text is at least `threshold` similar to `text`, most similar first. */
  query(text: string, options: QueryOptions = {}): SimilarityMatch[] {
    return this.querySignature(this.signature(text), options).matches;
  }

  /** As query(), for a signature, also telling how many candidates the buckets gave. */
  querySignature(
    sig: MinHashSignature,
    options: QueryOptions = {},
  ): { matches: SimilarityMatch[]; candidateCount: number } {
    this.assertComparable(sig);
    const threshold = options.threshold ?? this.config.threshold;
    if (isEmptySignature(sig)) return { matches: [], candidateCount: 0 };
    const excluded = options.excludeId === undefined ? undefined : this.handles.get(options.excludeId);
    const candidates = new Set<number>();
    for (let b = 0; b < this.config.bands; b++) {
      const bucket = this.tables[b].get(this.bandKey(sig, b));
      if (bucket === undefined) continue;
      if (typeof bucket === "number") candidates.add(bucket);
      else for (const h of bucket) candidates.add(h);
    }
    if (excluded !== undefined) candidates.delete(excluded);
    const matches: SimilarityMatch[] = [];
    for (const h of candidates) {
      const similarity = estimatedSimilarity(sig, this.sigs[h]!);
      if (similarity >= threshold) matches.push({ id: this.ids[h]!, similarity });
    }
    matches.sort((x, y) => y.similarity - x.similarity || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    if (options.limit !== undefined) matches.length = Math.min(matches.length, Math.max(0, options.limit));
    return { matches, candidateCount: candidates.size };
  }

  /** Matches of an already indexed report, itself excluded. */
  queryById(id: string, options: Omit<QueryOptions, "excludeId"> = {}): SimilarityMatch[] {
    const handle = this.handles.get(id);
    if (handle === undefined) return [];
    return this.querySignature(this.sigs[handle]!, { ...options, excludeId: id }).matches;
  }

  private assertComparable(sig: MinHashSignature): void {
    const k = this.config.bands * this.config.rowsPerBand;
    if (!(sig instanceof Uint32Array) || sig.length !== k)
      throw new RangeError(`signature must be a Uint32Array of ${k} values (config ${signatureVersion(this.config)})`);
  }

  /** Hash of one band's rows; 30 bits so that V8 keeps map keys as small integers. */
  private bandKey(sig: MinHashSignature, band: number): number {
    const r = this.config.rowsPerBand;
    let h = 0x811c9dc5;
    for (let j = band * r, end = j + r; j < end; j++) h = imul(h ^ sig[j], 0x01000193);
    return fmix32(h) >>> 2;
  }
}
