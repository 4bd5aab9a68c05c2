import type { DataSource } from "typeorm";
import { DEFAULT_SIMILARITY_CONFIG, SimilarityIndex, decodeSignature, signatureVersion, type SimilarityConfig } from "../domain/similarity";
import { Report } from "../entities/Report";

/** Similarity settings from configuration (SIMILARITY_THRESHOLD), else the domain defaults. */
export function similarityConfig(): SimilarityConfig {
  const threshold = Number(process.env.SIMILARITY_THRESHOLD);
  return { ...DEFAULT_SIMILARITY_CONFIG, ...(threshold > 0 && threshold <= 1 ? { threshold } : {}) };
}

const indexes = new WeakMap<DataSource, Promise<SimilarityIndex>>();

/**
 * The process's LSH index over every report's stored MinHash signature, built once from the
 * database (signatures only, no texts) and kept current as reports are registered. A query
 * looks at LSH buckets, never scans the register.
 */
export function similarityIndex(db: DataSource): Promise<SimilarityIndex> {
  let index = indexes.get(db);
  if (!index) {
    index = (async () => {
      const cfg = similarityConfig();
      const version = signatureVersion(cfg);
      const idx = new SimilarityIndex(cfg);
      const rows = await db.getRepository(Report).find({ select: { id: true, signature: true, signatureVersion: true } });
      for (const r of rows) if (r.signatureVersion === version && r.signature) idx.addSignature(r.id, decodeSignature(r.signature));
      return idx;
    })();
    indexes.set(db, index);
    index.catch(() => indexes.delete(db));
  }
  return index;
}
