import type { DataSource } from "typeorm";
import type { NonEmptyArray } from "type-graphql";
import type { SubgraphContext } from "./context";
import type { SessionCheck } from "./token-cache";

/** `__resolveReference` for one entity type: receives the `{ id }` the gateway sends. */
export type ReferenceResolver = (
  reference: { __typename: string; id: string } & Record<string, unknown>,
  ctx: SubgraphContext,
) => unknown;

/** Everything the kit needs to run a subgraph; a subgraph's own code is only these parts. */
export interface SubgraphDefinition {
  /** Short lower-case name, as in the registry (registry.ts): also the database suffix and the SQLite file name. */
  name: string;
  resolvers: NonEmptyArray<Function>;
  /** Types to emit although no resolver returns them (e.g. key-only stubs). */
  orphanedTypes?: Function[];
  entities: Function[];
  migrations: Function[];
  /** Entity type name → reference resolver (federation). */
  referenceResolvers?: Record<string, ReferenceResolver>;
  /**
   * Called at every start after migrations: fills an empty database with what it needs
   * (and with demo data when `demoData`); must leave a non-empty database alone.
   */
  seed?: (db: DataSource, log: (line: string) => void, opts: { demoData: boolean }) => Promise<void>;
  /**
   * How this subgraph checks that a token's session still stands. Only the directory, which
   * keeps the sessions, gives one; every other subgraph asks the directory (the kit's default).
   */
  sessionCheck?: (db: DataSource) => SessionCheck;
  /**
   * Work that runs beside the API for as long as the process does (e.g. an OutboxConsumer pulling
   * another subgraph's events): started after migrations and seeding, stopped on shutdown before
   * the database closes.
   */
  background?: (db: DataSource, log: (line: string) => void, opts: { demoData: boolean }) => BackgroundWork;
}

/** Something running in the background of a subgraph process; stop() waits for work in flight. */
export interface BackgroundWork {
  stop(): Promise<void>;
}
