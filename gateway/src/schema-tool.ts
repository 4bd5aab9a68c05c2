import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lexicographicSortSchema, parse, printSchema } from "graphql";
import { composeServices } from "@apollo/composition";
import { printSubgraphSdl, repoRoot } from "@prp/kit";
import { SUBGRAPHS, type RegisteredSubgraph } from "./subgraphs";

/**
 * The checked-in schema files under schema/:
 *   <name>.graphql      each subgraph's federation SDL
 *   supergraph.graphql  the composition the gateway serves (routing URLs on default ports)
 *   api.graphql         what clients see: the supergraph without federation internals
 */

export function schemaDir(): string {
  return join(repoRoot(), "schema");
}

/** Exactly one trailing newline, LF only: files must not differ by editor or platform. */
function normalize(text: string): string {
  return `${text.replace(/\r\n/g, "\n").replace(/\s+$/, "")}\n`;
}

/** All schema files, keyed by path relative to schema/. Nothing is written. */
export async function generateSchemaFiles(
  subgraphs: readonly RegisteredSubgraph[] = SUBGRAPHS,
): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const services = [];
  for (const s of subgraphs) {
    const sdl = normalize(await printSubgraphSdl(s.definition()));
    files[`${s.name}.graphql`] = sdl;
    services.push({ name: s.name, typeDefs: parse(sdl), url: `http://127.0.0.1:${s.port}/graphql` });
  }

  const result = composeServices(services);
  if (result.errors) {
    const messages = result.errors.map((e) => `  - ${e.message}`).join("\n");
    throw new Error(`composition failed with ${result.errors.length} error(s):\n${messages}`);
  }
  files["supergraph.graphql"] = normalize(result.supergraphSdl);
  // Sorted so that the client contract reads (and diffs) the same whatever the composition order.
  const api = result.schema.toAPISchema().toGraphQLJSSchema();
  files["api.graphql"] = normalize(printSchema(lexicographicSortSchema(api)));
  return files;
}

export interface SchemaFileChanges {
  /** Relative to schema/. */
  created: string[];
  updated: string[];
  unchanged: string[];
  /** .graphql files under schema/ that nothing generates any more (e.g. a removed subgraph). */
  stale: string[];
}

/** Compares generated files with schema/ and, unless `check`, writes them and removes stale ones. */
export async function writeSchemaFiles(opts: { check?: boolean; dir?: string } = {}): Promise<SchemaFileChanges> {
  const dir = opts.dir ?? schemaDir();
  const files = await generateSchemaFiles();
  const changes: SchemaFileChanges = { created: [], updated: [], unchanged: [], stale: [] };
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    if (current === undefined) changes.created.push(name);
    else if (current !== content) changes.updated.push(name);
    else changes.unchanged.push(name);
  }
  if (existsSync(dir)) {
    changes.stale = readdirSync(dir)
      .filter((f) => f.endsWith(".graphql") && !(f in files))
      .sort();
  }
  if (!opts.check) {
    mkdirSync(dir, { recursive: true });
    for (const name of [...changes.created, ...changes.updated]) writeFileSync(join(dir, name), files[name]);
    for (const name of changes.stale) rmSync(join(dir, name));
  }
  return changes;
}
