import http from "node:http";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, Kind, parse, type DocumentNode, type GraphQLFormattedError } from "graphql";
import {
  config,
  createErrorFormatter,
  ErrorCode,
  GATEWAY_SECRET_HEADER,
  loadConfig,
  readSecret,
  type GraphQLLimits,
} from "@prp/kit";
import { checkSubgraphs, resolveSubgraphUrl, subgraphsFromSupergraph, type SubgraphEndpoint } from "./health";
import { graphiqlRouter } from "./graphiql";
import { graphqlPostHandler, isPlainGraphQLPost } from "./graphql-post";
import { createSubgraphFetcher, SubgraphTimeoutError, type SubgraphFetcher } from "./subgraph-fetcher";
import { operationCostPlugin } from "./operation-cost";

/** Each option defaults to the platform's configuration (services/kit/src/config.ts). */
export interface GatewayOptions {
  /** Default: PORT, else 4000. 0 picks a free port. */
  port?: number;
  /** Default: HOST, else 127.0.0.1. */
  host?: string;
  /** Subgraph name → GraphQL URL; wins over `<NAME>_URL` and the supergraph's URL. */
  subgraphUrls?: Record<string, string>;
  /** Default: SUPERGRAPH_PATH, else <repo>/schema/supergraph.graphql. */
  supergraphPath?: string;
  /** The built admin portal; default ADMIN_DIR, else <repo>/admin/dist. Served only if it exists. */
  adminDir?: string;
  /** A subgraph call without a complete answer after this long fails; default SUBGRAPH_TIMEOUT_MS, else 10 000. */
  subgraphTimeoutMs?: number;
  /** Query limits; default GRAPHQL_MAX_* (see armorConfig). */
  limits?: Partial<GraphQLLimits>;
  log?: (line: string) => void;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish, then closes the listener. */
  stop(): Promise<void>;
}

/** What willSendRequest needs from the client's request. */
interface GatewayContext {
  headers: IncomingHttpHeaders;
  clientIp: string;
}

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/** The query limits: from the configuration, or (tests) from the given environment. */
function limitsFrom(env: NodeJS.ProcessEnv | undefined): GraphQLLimits {
  return env ? loadConfig(env).graphqlLimits : config().graphqlLimits;
}

/**
 * Limits on what one request may ask for that graphql-armor checks (depth, aliases, directives)
 * as validation rules. Rejections are GraphQLErrors that kit's formatter turns into
 * BAD_USER_INPUT. Two limits are not graphql-armor's: the token limit is enforced by the
 * parser itself (`parseOptions.maxTokens`: armor's plugin parsed again inside Apollo's parsing
 * hook, where any syntax error became an HTTP 500), and the cost limit weighs list sizes
 * (operation-cost.ts; armor's counts a list of 500 like one object).
 */
export function armorConfig(env?: NodeJS.ProcessEnv, limits: GraphQLLimits = limitsFrom(env)): ArmorConfig {
  return {
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  };
}

/**
 * A subgraph that could not be asked at all: refused connection, timeout, or an HTTP error
 * status (a wrong gateway secret, a subgraph older than the supergraph, a crash). These are
 * not the client's fault. A subgraph that is down, frozen or overloaded is SERVICE_UNAVAILABLE
 * (try again later); one that answers with an HTTP error is misconfigured or broken, INTERNAL.
 * Either way the fields of the other subgraphs are still answered.
 */
export class SubgraphUnavailableError extends GraphQLError {
  constructor(
    readonly subgraph: string,
    readonly detail: string,
    readonly code: typeof ErrorCode.SERVICE_UNAVAILABLE | typeof ErrorCode.INTERNAL,
    path?: ReadonlyArray<string | number>,
  ) {
    super(`部分服务暂时不可用（${subgraph}），相关数据未能加载，请稍后重试`, { path, extensions: { code, subgraph } });
  }

  /** The same failure, reported at one field of the answer. */
  at(path: ReadonlyArray<string | number>): SubgraphUnavailableError {
    return new SubgraphUnavailableError(this.subgraph, this.detail, this.code, path);
  }
}

/** HTTP statuses that say "not now" rather than "broken". */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/** The subgraph timeout: explicit option, else SUBGRAPH_TIMEOUT_MS of the configuration (or the given environment). */
export function subgraphTimeoutMs(option: number | undefined, env?: NodeJS.ProcessEnv): number {
  return option ?? (env ? loadConfig(env).subgraphTimeoutMs : config().subgraphTimeoutMs);
}

/**
 * The fields of the client's answer that a failed subgraph call was to fill, as paths in the
 * subgraph's own answer (the gateway maps them onto the client's): each root field of a root
 * call; for an entity call (`_entities`), the first entity's first field, since all of them
 * fail alike and one error per entity would bury the answer.
 */
function failedFieldPaths(document: DocumentNode): (string | number)[][] {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const fieldsOf = (set: typeof operation.selectionSet): string[] =>
    set.selections.flatMap((s) =>
      s.kind === Kind.FIELD
        ? s.name.value === "__typename"
          ? []
          : [s.alias?.value ?? s.name.value]
        : s.kind === Kind.INLINE_FRAGMENT
          ? fieldsOf(s.selectionSet)
          : [],
    );
  const roots = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD);
  if (
    roots.length === 1 &&
    roots[0].kind === Kind.FIELD &&
    roots[0].name.value === "_entities" &&
    roots[0].selectionSet
  ) {
    const first = fieldsOf(roots[0].selectionSet)[0];
    return [first ? ["_entities", 0, first] : ["_entities", 0]];
  }
  return fieldsOf(operation.selectionSet).map((name) => [name]);
}

/**
 * Calls to subgraphs: pass on who is asking (the bearer token and the client's address) and
 * prove that the call comes from the gateway. Subgraphs keep Apollo's CSRF prevention on,
 * so every call carries the preflight header too. Sent through the gateway's own keep-alive
 * client, with a timeout.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly secret: string,
    fetcher: SubgraphFetcher,
    private readonly log: (line: string) => void,
  ) {
    super({ url, fetcher: fetcher.fetch });
  }

  /** Transport-level failures (not GraphQL errors in a 200 response) become SubgraphUnavailableError. */
  override didEncounterError(error: Error, _req: unknown, response?: { status: number; statusText: string }): void {
    const cause = response ? `HTTP ${response.status} ${response.statusText} from ${this.url}` : error.message;
    const unavailable = !response || UNAVAILABLE_STATUSES.has(response.status) || error instanceof SubgraphTimeoutError;
    throw new SubgraphUnavailableError(
      this.subgraph,
      cause,
      unavailable ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.INTERNAL,
    );
  }

  /**
   * A failed call answers as the subgraph would have with errors on each field it was asked
   * for: the gateway then places each error at the client's path of that field (which a thrown
   * error would not have), and leaves those fields null.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (err) {
      // health checks and schema loading have no client answer to place errors in
      if (!(err instanceof SubgraphUnavailableError) || !("incomingRequestContext" in options)) throw err;
      // One line per failure instead of a stack trace: the cause is the subgraph, not this code.
      this.log(`subgraph ${err.subgraph} unavailable: ${err.detail}`);
      const document = options.document ?? parse(options.request.query ?? "{ __typename }");
      const paths = failedFieldPaths(document);
      return { errors: paths.length ? paths.map((p) => err.at(p)) : [err] };
    }
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    if (!headers) return;
    headers.set(GATEWAY_SECRET_HEADER, this.secret);
    headers.set("apollo-require-preflight", "true");
    // Health checks and schema loading have no client request behind them.
    const ctx = options.context as Partial<GatewayContext>;
    const authorization = ctx.headers?.authorization;
    if (authorization) headers.set("authorization", authorization);
    if (ctx.clientIp) headers.set("x-client-ip", ctx.clientIp);
  }
}

/**
 * The client's address as express computes `req.ip`: the socket's peer, or with "trust proxy"
 * set, the nearest address in X-Forwarded-For that is not a trusted proxy.
 */
function clientAddress(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  const chain = [req.socket.remoteAddress ?? ""];
  const forwarded = req.headers["x-forwarded-for"];
  if (forwarded)
    chain.push(
      ...String(forwarded)
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean)
        .reverse(),
    );
  for (let hop = 0; hop < chain.length - 1; hop++) if (!trust(chain[hop], hop)) return chain[hop];
  return chain[chain.length - 1];
}

/** How many items the cost limit assumes for a list inside an item that takes no `limit` (a report's subjects). */
const NESTED_LIST_SIZE = 10;

/** Request bodies above this are refused (413), on every path that parses one. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Paths the gateway answers itself; everything else may belong to the portal's client-side routes. */
const OWN_PATHS = /^\/(graphql|graphiql|health)(\/|$)/;

export async function startGateway(opts: GatewayOptions = {}): Promise<RunningGateway> {
  // Must precede constructing ApolloGateway: otherwise it probes cloud metadata hosts and
  // sets up metrics export, and nothing may leave loopback on this network.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";

  const log = opts.log ?? ((line: string) => console.log(`[gateway] ${line}`));
  const cfg = config();
  const port = opts.port ?? cfg.port ?? 4000;
  const host = opts.host ?? cfg.host;
  const { production, development } = cfg;
  const supergraphPath = resolve(opts.supergraphPath ?? cfg.gateway.supergraphPath);
  const adminDir = resolve(opts.adminDir ?? cfg.gateway.adminDir);
  const limits: GraphQLLimits = { ...cfg.graphqlLimits, ...opts.limits };
  const timeoutMs = subgraphTimeoutMs(opts.subgraphTimeoutMs);

  if (!existsSync(supergraphPath)) {
    throw new Error(`supergraph not found at ${supergraphPath}: run \`npm run schema\` first`);
  }
  const supergraphSdl = readFileSync(supergraphPath, "utf8");
  const subgraphs: SubgraphEndpoint[] = subgraphsFromSupergraph(supergraphSdl).map((s) => ({
    name: s.name,
    url: resolveSubgraphUrl(s, opts.subgraphUrls),
  }));
  const urlByName = new Map(subgraphs.map((s) => [s.name, s.url]));
  const secret = readSecret("GATEWAY_SECRET");
  const fetcher = createSubgraphFetcher({ timeoutMs });

  // Apollo's messages may span lines ("…loaded schema.\n\t* Mode: unmanaged"): keep one line each.
  const oneLine = (m: unknown) => String(m).replace(/\s*\n\s*/g, " ");
  const logger = {
    debug: () => undefined,
    info: (m: unknown) => log(oneLine(m)),
    warn: (m: unknown) => log(`warning: ${oneLine(m)}`),
    error: (m: unknown) => log(`error: ${oneLine(m)}`),
  };

  // A static supergraph string is the gateway's "unmanaged" mode: no uplink polling.
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, urlByName.get(name) ?? url ?? "", secret, fetcher, log),
  });

  const app = express();
  app.disable("x-powered-by");
  // Hashing every answer for a validator no GraphQL client sends back is wasted CPU.
  app.set("etag", false);
  // Behind a reverse proxy set TRUST_PROXY (express syntax, e.g. "loopback") so req.ip is the client's.
  if (cfg.gateway.trustProxy) app.set("trust proxy", cfg.gateway.trustProxy);
  // the same compiled setting serves the lean POST path below
  const trustProxy = app.get("trust proxy fn") as (address: string, hop: number) => boolean;
  let leanGraphQLPost: ((req: IncomingMessage, res: http.ServerResponse) => Promise<void>) | undefined;
  const httpServer = http.createServer((req, res) => {
    res.setHeader("X-Content-Type-Options", "nosniff"); // every answer: no browser guesses another type than the declared one
    if (leanGraphQLPost && isPlainGraphQLPost(req)) void leanGraphQLPost(req, res);
    else app(req, res);
  });

  const armor = new ApolloArmor(armorConfig(undefined, limits)).protect();
  const formatError = createErrorFormatter({
    exposeInternals: development,
    log: (err) => console.error("[gateway] internal error", err),
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    validationRules: armor.validationRules,
    // Enforced by the parser as it reads: a longer query is a syntax error (400), never parsed whole.
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    // The process entry (index.ts) handles SIGTERM/SIGINT; Apollo's own handler would re-raise
    // the signal after stopping, so the process would end with 143 instead of 0.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    introspection: !production,
    formatError: (formatted, error): GraphQLFormattedError => {
      // the gateway re-wraps what a data source reports, keeping it as the original error
      const failure = error instanceof SubgraphUnavailableError ? error : (error as GraphQLError)?.originalError;
      if (failure instanceof SubgraphUnavailableError) {
        return {
          message: failure.message,
          ...(formatted.path ? { path: formatted.path } : {}),
          extensions: {
            code: failure.code,
            subgraph: failure.subgraph,
            ...(development ? { cause: failure.detail } : {}),
          },
        };
      }
      return formatError(formatted, error);
    },
    includeStacktraceInErrorResponses: development,
    plugins: [
      ...armor.plugins,
      operationCostPlugin({ maxCost: limits.maxCost, maxPageSize: cfg.maxPageSize, nestedListSize: NESTED_LIST_SIZE }),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default landing page loads from a CDN; GraphiQL is served locally instead.
      ApolloServerPluginLandingPageDisabled(),
      // Even with APOLLO_KEY in the environment nothing is reported to Apollo's cloud.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
  });
  await server.start();

  // Every client query arrives here; the express route below still serves GET (GraphiQL,
  // CSRF-checked GET queries) and the rare compressed or non-UTF-8 POST.
  leanGraphQLPost = graphqlPostHandler({
    server,
    maxBodyBytes: MAX_BODY_BYTES,
    context: async (req) => ({ headers: req.headers, clientIp: clientAddress(req, trustProxy) }),
    log,
  });

  app.get("/health", async (_req, res) => {
    // a frozen subgraph is reported within the call timeout (and within 2 s, what load balancers wait)
    const { httpStatus, body } = await checkSubgraphs(subgraphs, Math.min(2000, timeoutMs));
    res.status(httpStatus).set("cache-control", "no-store").json(body);
  });

  if (!production) app.use(graphiqlRouter({ endpoint: "/graphql" }));

  app.use(
    "/graphql",
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(server, {
      context: async ({ req }) => ({
        headers: req.headers,
        clientIp: req.ip ?? req.socket.remoteAddress ?? "",
      }),
    }),
  );

  // Bodies the JSON parser rejects never reach Apollo: answer them in GraphQL's shape, not
  // with express's HTML page (which shows a stack trace outside production).
  app.use("/graphql", ((err, _req, res, next) => {
    const status = Number((err as { status?: number }).status);
    if (!(status >= 400 && status < 500)) return next(err);
    const message = status === 413 ? "请求体过大" : `请求体无效：${(err as Error).message}`;
    res.status(status).json({ errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }] });
  }) as express.ErrorRequestHandler);

  if (existsSync(join(adminDir, "index.html"))) {
    app.use(express.static(adminDir, { index: "index.html" }));
    // Client-side routes of the portal (e.g. /cases/12) get its index.html; missing files stay 404.
    app.use((req, res, next) => {
      if ((req.method !== "GET" && req.method !== "HEAD") || OWN_PATHS.test(req.path)) return next();
      if (extname(req.path) || !req.accepts("html")) return next();
      res.sendFile(join(adminDir, "index.html"));
    });
  } else if (!production) {
    app.get("/", (_req, res) => res.redirect("/graphiql"));
  }

  try {
    await new Promise<void>((resolvePromise, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(port, host, () => {
        httpServer.off("error", reject);
        resolvePromise();
      });
    });
  } catch (err) {
    // e.g. EADDRINUSE: release the gateway before reporting
    await server.stop().catch(() => undefined);
    fetcher.destroy();
    throw err;
  }
  const actualPort = (httpServer.address() as { port: number }).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}/graphql`;
  log(`gateway ready at ${url} (${subgraphs.map((s) => `${s.name} → ${s.url}`).join(", ")})`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    port: actualPort,
    // server.stop() drains the HTTP server (drain plugin) and stops the ApolloGateway.
    stop: () => (stopping ??= server.stop().finally(() => fetcher.destroy())),
  };
}
