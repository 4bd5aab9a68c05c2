/**
 * The kit's server side: database, migrations, auth, subgraph bootstrap, audit, outbox,
 * pagination, PII encryption, service client. It re-exports the pure core, so application and
 * graph code import one module; domain code imports `@prp/kit/core`; tests `@prp/kit/testing`.
 */
import "reflect-metadata";
export * from "./core";
export * from "./error-format";
export * from "./roles";
export * from "./graphql-enums";
export * from "./auth";
export * from "./token-cache";
export * from "./session-check";
export * from "./secrets";
export * from "./paths";
export * from "./db";
export * from "./columns";
export * from "./audit";
export * from "./context";
export * from "./loaders";
export * from "./pagination";
export * from "./definition";
export * from "./schema";
export * from "./server";
export * from "./ids";
export * from "./audit-resolver";
export * from "./pii";
export * from "./outbox";
export * from "./service-client";
export * from "./rows";
export * from "./registry";
export * from "./config";
export * from "./well-formed-text";
export * from "./graph-refs";
export * from "./events-resolver";
