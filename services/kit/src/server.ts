import "reflect-metadata";
import http from "node:http";
import { timingSafeEqual } from "node:crypto";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { DataSource } from "typeorm";
import { openDatabase, type DatabaseTarget } from "./db";
import { buildFederatedSchema } from "./schema";
import { createErrorFormatter } from "./error-format";
import type { AppError } from "./core/errors";
import { bearerToken } from "./auth";
import { VerifiedTokenCache, type SessionCheck } from "./token-cache";
import { Loaders } from "./loaders";
import { GATEWAY_SECRET_HEADER, readSecret } from "./secrets";
import { directorySessionCheck } from "./session-check";
import { defaultPort } from "./registry";
import { config } from "./config";
import type { SubgraphContext } from "./context";
import type { SubgraphDefinition } from "./definition";

/** A subgraph accepts this many times the gateway's token limit (see parseOptions below). */
const SUBGRAPH_TOKEN_FACTOR = 5;

export interface StartOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  /** Seed demo data into an empty database (default: unless DEMO_DATA=false). */
  demoData?: boolean;
  /**
   * Whether a validly signed token's session still stands. Default: the definition's own
   * `sessionCheck` (the directory's), else ask the directory (session-check.ts). Asked again for
   * a cached token once its last answer is older than the cache's re-check interval (5 s).
   * Tests that run a subgraph without a directory pass `everySessionValid`.
   */
  isSessionValid?: SessionCheck;
  log?: (line: string) => void;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  db: DataSource;
  target: DatabaseTarget;
  /** Stops accepting, lets in-flight requests finish, stops background work, then closes the database pool. */
  stop(): Promise<void>;
}

function secretMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Opens the database, migrates, seeds, and serves the subgraph over HTTP. */
export async function startSubgraph(def: SubgraphDefinition, opts: StartOptions = {}): Promise<RunningSubgraph> {
  // Telemetry off whatever the caller's environment says: nothing may leave loopback.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const log = opts.log ?? ((line: string) => console.log(`[${def.name}] ${line}`));
  const port = opts.port ?? config().port ?? defaultPort(def.name);
  const host = opts.host ?? config().host;
  const gatewaySecret = readSecret("GATEWAY_SECRET");

  const { dataSource: db, target } = await openDatabase({
    subgraph: def.name,
    entities: def.entities,
    migrations: def.migrations,
    databaseUrl: opts.databaseUrl,
  });
  log(`database ready (${target.dialect}: ${target.dialect === "sqlite" ? target.database : target.database})`);

  const demoData = opts.demoData ?? config().demoData;
  if (def.seed) await def.seed(db, log, { demoData });

  const { schema } = await buildFederatedSchema(def);
  const app = express();
  app.disable("x-powered-by");
  // No browser may guess another content type than the one declared (e.g. run a JSON answer as script).
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    next();
  });
  // Hashing every answer for a validator no GraphQL client sends back is wasted CPU.
  app.set("etag", false);
  const httpServer = http.createServer(app);
  // The gateway makes several calls per client request, all with the same token: verify it once.
  // …and re-check its session every few seconds, so a logout or revocation takes effect within them.
  const isSessionValid = opts.isSessionValid ?? def.sessionCheck?.(db) ?? directorySessionCheck(def.name);
  const tokens = new VerifiedTokenCache({ isSessionValid });
  const exposeInternals = config().development;
  const server = new ApolloServer<SubgraphContext>({
    schema,
    formatError: createErrorFormatter({
      exposeInternals,
      log: (e) => console.error(`[${def.name}] internal error`, e),
    }),
    includeStacktraceInErrorResponses: exposeInternals,
    introspection: true, // only reachable with the gateway's secret
    csrfPrevention: true,
    // Refused while parsing, as a syntax error (400): the gateway's query plans add keys and
    // __typename to what a client asked, hence the room above the gateway's own token limit.
    parseOptions: { maxTokens: SUBGRAPH_TOKEN_FACTOR * config().graphqlLimits.maxTokens },
    // runSubgraph handles signals itself so that the database pool is closed before exit
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(), // no usage reporting to anyone
    ],
  });
  await server.start();

  app.get("/health", async (_req, res) => {
    try {
      await db.query("SELECT 1");
      res.json({ status: "ok", subgraph: def.name, database: target.dialect });
    } catch {
      res.status(503).json({ status: "down", subgraph: def.name, database: target.dialect });
    }
  });

  app.use(
    "/graphql",
    (req, res, next) => {
      if (secretMatches(req.header(GATEWAY_SECRET_HEADER), gatewaySecret)) return next();
      res.status(403).json({
        errors: [{ message: "只接受经网关转发的请求", extensions: { code: "FORBIDDEN" } }],
      });
    },
    express.json({ limit: "2mb" }),
    expressMiddleware(server, {
      context: async ({ req }): Promise<SubgraphContext> => {
        let user;
        let authError: AppError | undefined;
        try {
          const token = bearerToken(req.header("authorization"));
          user = token === undefined ? undefined : await tokens.userFor(token);
        } catch (err) {
          authError = err as AppError;
        }
        return {
          subgraph: def.name,
          db,
          user,
          authError,
          loaders: new Loaders(db),
          clientIp: String(req.header("x-client-ip") ?? req.socket.remoteAddress ?? ""),
        };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolve());
  });
  const actualPort = (httpServer.address() as { port: number }).port;
  const url = `http://${host}:${actualPort}/graphql`;
  log(`subgraph ready at ${url}`);
  // after seeding and once the API answers: background work may call this subgraph's neighbours, who may call back
  const background = def.background?.(db, log, { demoData });

  let stopping: Promise<void> | undefined;
  return {
    name: def.name,
    url,
    port: actualPort,
    db,
    target,
    stop: () =>
      (stopping ??= (async () => {
        await server.stop(); // the drain plugin closes the listener and waits for in-flight requests
        await background?.stop();
        await db.destroy();
      })()),
  };
}

/** Entry point of a subgraph process: start, and stop cleanly on SIGTERM/SIGINT. */
export function runSubgraph(def: SubgraphDefinition, opts: StartOptions = {}): void {
  // the whole configuration is checked before anything opens: a bad setting names itself and stops the start
  Promise.resolve()
    .then(() => config())
    .then(() => startSubgraph(def, opts))
    .then((running) => {
      const shutdown = (signal: string) => {
        console.log(`[${def.name}] ${signal}: finishing in-flight requests and closing the database`);
        running
          .stop()
          .then(() => process.exit(0))
          .catch((err) => {
            console.error(`[${def.name}] shutdown failed`, err);
            process.exit(1);
          });
      };
      process.once("SIGTERM", () => shutdown("SIGTERM"));
      process.once("SIGINT", () => shutdown("SIGINT"));
    })
    .catch((err) => {
      console.error(`[${def.name}] failed to start:`, err?.message ?? err);
      process.exit(1);
    });
}
