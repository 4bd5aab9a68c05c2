import DataLoader from "dataloader";
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";

/**
 * Per-request DataLoaders: every `load(id)` made while one GraphQL request resolves is
 * gathered into a single `WHERE <key> IN (…)` query per entity and key.
 */
export class Loaders {
  private readonly byKey = new Map<unknown, Map<string, DataLoader<unknown, any>>>();
  constructor(private readonly db: DataSource) {}

  /** Loads one row per key (null when missing). */
  one<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    key: keyof T & string = "id" as keyof T & string,
  ): DataLoader<unknown, T | null> {
    return this.loader(entity, `one:${key}`, async (keys) => {
      const rows = await this.db.getRepository(entity).findBy({ [key]: In(keys as unknown[]) } as any);
      const index = new Map(rows.map((r) => [String(r[key]), r]));
      return keys.map((k) => index.get(String(k)) ?? null);
    });
  }

  /** Loads all rows whose `key` equals each given value (one-to-many). */
  many<T extends ObjectLiteral>(entity: EntityTarget<T>, key: keyof T & string): DataLoader<unknown, T[]> {
    return this.loader(entity, `many:${key}`, async (keys) => {
      const rows = await this.db.getRepository(entity).findBy({ [key]: In(keys as unknown[]) } as any);
      const groups = new Map<string, T[]>();
      for (const r of rows) {
        const k = String(r[key]);
        if (!groups.has(k)) groups.set(k, []);
        groups.get(k)!.push(r);
      }
      return keys.map((k) => groups.get(String(k)) ?? []);
    });
  }

  /** A loader with custom batch logic, cached per request under `name`. */
  custom<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.loader(name, "custom", batch as any) as unknown as DataLoader<K, V>;
  }

  private loader(entity: unknown, name: string, batch: (keys: readonly unknown[]) => Promise<any[]>) {
    let forEntity = this.byKey.get(entity);
    if (!forEntity) this.byKey.set(entity, (forEntity = new Map()));
    let l = forEntity.get(name);
    if (!l) forEntity.set(name, (l = new DataLoader(batch, { cacheKeyFn: (k) => String(k), maxBatchSize: 1000 })));
    return l;
  }
}
