import { MoreThanOrEqual, type DataSource } from "typeorm";
import { DEFAULT_SIMILARITY_CONFIG, SimilarityIndex, decodeSignature, signatureVersion, type SimilarityConfig } from "../domain/similarity";
import { Report } from "../entities/Report";

/** Similarity settings from configuration (SIMILARITY_THRESHOLD), else the domain defaults. */
export function similarityConfig(): SimilarityConfig {
  const threshold = Number(process.env.SIMILARITY_THRESHOLD);
  return { ...DEFAULT_SIMILARITY_CONFIG, ...(threshold > 0 && threshold <= 1 ? { threshold } : {}) };
}

/**
 * The process's LSH index over the reports' stored MinHash signatures (signatures only, no
 * texts). Built once, then brought up to date before each use with the reports created since
 * the last look, so replicas of the subgraph see each other's registrations. A query looks at
 * LSH buckets, never scans the register.
 */
class SyncedIndex {
  readonly index: SimilarityIndex;
  private readonly version: string;
  private seenUpTo = new Date(0);
  private syncing?: Promise<void>;

  constructor(private readonly db: DataSource) {
    const cfg = similarityConfig();
    this.index = new SimilarityIndex(cfg);
    this.version = signatureVersion(cfg);
  }

  /** Adds reports created at or after the last one seen (the same instant again is skipped by id). */
  sync(): Promise<void> {
    this.syncing ??= (async () => {
      const rows = await this.db.getRepository(Report).find({
        select: { id: true, signature: true, signatureVersion: true, createdAt: true },
        where: { createdAt: MoreThanOrEqual(this.seenUpTo) },
        order: { createdAt: "ASC" },
      });
      for (const r of rows) {
        if (!this.index.has(r.id) && r.signatureVersion === this.version && r.signature) this.index.addSignature(r.id, decodeSignature(r.signature));
        if (r.createdAt > this.seenUpTo) this.seenUpTo = r.createdAt;
      }
    })().finally(() => (this.syncing = undefined));
    return this.syncing;
  }
}

const indexes = new WeakMap<DataSource, SyncedIndex>();

export async function similarityIndex(db: DataSource): Promise<SimilarityIndex> {
  let synced = indexes.get(db);
  if (!synced) indexes.set(db, (synced = new SyncedIndex(db)));
  await synced.sync();
  return synced.index;
}
