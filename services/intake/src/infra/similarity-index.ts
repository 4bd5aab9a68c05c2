import { MoreThanOrEqual, type DataSource } from "typeorm";
import { config } from "@prp/kit";
import {
  DEFAULT_SIMILARITY_CONFIG,
  SimilarityIndex,
  decodeSignature,
  signatureVersion,
  type SimilarityConfig,
} from "../domain/similarity";
import { Report } from "../entities/Report";
import type { SimilarityPort } from "../app/ports";

/** Similarity settings from configuration (SIMILARITY_THRESHOLD), else the domain defaults. */
export function similarityConfig(): SimilarityConfig {
  const threshold = config().similarityThreshold;
  return { ...DEFAULT_SIMILARITY_CONFIG, ...(threshold !== undefined ? { threshold } : {}) };
}

/**
 * The process's LSH index over the reports' stored MinHash signatures (signatures only, no
 * texts). Built once, then brought up to date before each use with the reports created since
 * the last look, so replicas of the subgraph see each other's registrations. A query looks at
 * LSH buckets, never scans the register.
 */
class SyncedIndex implements SimilarityPort {
  readonly config: SimilarityConfig;
  private readonly index: SimilarityIndex;
  private readonly version: string;
  private seenUpTo = new Date(0);
  private syncing?: Promise<void>;

  constructor(private readonly db: DataSource) {
    this.config = similarityConfig();
    this.index = new SimilarityIndex(this.config);
    this.version = signatureVersion(this.config);
  }

  async current(): Promise<SimilarityIndex> {
    await this.sync();
    return this.index;
  }

  /** Adds reports created at or after the last one seen (the same instant again is skipped by id). */
  private sync(): Promise<void> {
    this.syncing ??= (async () => {
      const rows = await this.db.getRepository(Report).find({
        select: { id: true, signature: true, signatureVersion: true, createdAt: true },
        where: { createdAt: MoreThanOrEqual(this.seenUpTo) },
        order: { createdAt: "ASC" },
      });
      for (const r of rows) {
        if (!this.index.has(r.id) && r.signatureVersion === this.version && r.signature)
          this.index.addSignature(r.id, decodeSignature(r.signature));
        if (r.createdAt > this.seenUpTo) this.seenUpTo = r.createdAt;
      }
    })().finally(() => (this.syncing = undefined));
    return this.syncing;
  }
}

const indexes = new WeakMap<DataSource, SyncedIndex>();

/** The similarity index of this process for a database (one per DataSource). */
export function similarityIndexFor(db: DataSource): SimilarityPort {
  let synced = indexes.get(db);
  if (!synced) indexes.set(db, (synced = new SyncedIndex(db)));
  return synced;
}
