import http from "node:http";
import https from "node:https";
import type { IncomingHttpHeaders } from "node:http";
import type { RemoteGraphQLDataSource } from "@apollo/gateway";

// The data source's own fetcher types (from @apollo/utils.fetcher, which the gateway does not depend on directly).
type Fetcher = RemoteGraphQLDataSource["fetcher"];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse["headers"];

/** The subgraph did not answer in time; the request was aborted. */
export class SubgraphTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = "SubgraphTimeoutError";
  }
}

export interface SubgraphFetcher {
  fetch: Fetcher;
  /** Closes the idle keep-alive sockets (on gateway stop). */
  destroy(): void;
}

/** Response headers as the data source reads them (`get("content-type")`), over Node's header object. */
class ResponseHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const prior = this.map.get(key);
    this.map.set(key, prior === undefined ? value : `${prior}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

interface Target {
  href: string;
  transport: typeof http | typeof https;
  options: http.RequestOptions;
}

/** A fully read response: the body is already in memory, so the timeout covered all of it. */
class BufferedResponse implements FetcherResponse {
  bodyUsed = false;
  readonly redirected = false;
  readonly ok: boolean;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
  }
  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body.toString("utf8");
  }
  async json(): Promise<any> {
    return JSON.parse(await this.text());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }
  clone(): FetcherResponse {
    return new BufferedResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}

/**
 * The gateway's HTTP client for subgraph calls: Node's http module over keep-alive agents.
 * @apollo/gateway's default (make-fetch-happen) spends far more CPU per call on retry, cache
 * and agent layers that a gateway talking to its own subgraphs does not use.
 *
 * Every call is aborted after `timeoutMs` (connect, send and the whole answer), so a frozen
 * subgraph costs the client that much at most and never a hang. A call that fails because
 * the subgraph had just closed an idle kept-alive socket never reached it and is sent once
 * more on a new socket of its own.
 */
export function createSubgraphFetcher(opts: { timeoutMs: number }): SubgraphFetcher {
  const agents = {
    "http:": new http.Agent({ keepAlive: true, scheduling: "lifo" }),
    "https:": new https.Agent({ keepAlive: true, scheduling: "lifo" }),
  };

  // The gateway calls a handful of URLs over and over: parse each once.
  const targets = new Map<string, Target>();
  const targetOf = (url: string): Target => {
    let target = targets.get(url);
    if (!target) {
      const u = new URL(url);
      const secure = u.protocol === "https:";
      target = {
        href: u.href,
        transport: secure ? https : http,
        options: {
          protocol: u.protocol,
          hostname: u.hostname.replace(/^\[|\]$/g, ""),
          port: u.port,
          path: `${u.pathname}${u.search}`,
          agent: secure ? agents["https:"] : agents["http:"],
        },
      };
      targets.set(url, target);
    }
    return target;
  };

  const send = (
    target: Target,
    init: FetcherRequestInit,
    deadline: number,
    retryOnStaleSocket: boolean,
  ): Promise<FetcherResponse> =>
    new Promise((resolve, reject) => {
      // A string body goes out in one write with the headers (a Buffer would take a second one).
      const body = init.body;
      const headers: Record<string, string | number> = { ...init.headers };
      if (body !== undefined)
        headers["content-length"] = typeof body === "string" ? Buffer.byteLength(body) : body.length;
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
      };

      // The resend goes on a socket of its own: after a subgraph was frozen, every idle socket
      // in the pool may be closing at once, and another pooled one would fail the same way.
      const agent = retryOnStaleSocket ? target.options.agent : false;
      const req = target.transport.request(
        { ...target.options, agent, method: init.method ?? "GET", headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            finish(() =>
              resolve(
                new BufferedResponse(
                  target.href,
                  res.statusCode ?? 0,
                  res.statusMessage ?? "",
                  new ResponseHeaders(res.headers),
                  Buffer.concat(chunks),
                ),
              ),
            ),
          );
          res.on("error", (err) => finish(() => reject(err)));
        },
      );
      const timer = setTimeout(
        () => {
          finish(() => reject(new SubgraphTimeoutError(opts.timeoutMs)));
          req.destroy();
        },
        Math.max(0, deadline - Date.now()),
      );
      req.on("error", (err: NodeJS.ErrnoException) => {
        if (retryOnStaleSocket && req.reusedSocket && (err.code === "ECONNRESET" || err.code === "EPIPE") && !settled) {
          settled = true;
          clearTimeout(timer);
          send(target, init, deadline, false).then(resolve, reject);
          return;
        }
        finish(() => reject(err));
      });
      req.end(body);
    });

  return {
    fetch: (url, init = {}) => send(targetOf(url), init, Date.now() + opts.timeoutMs, true),
    destroy: () => {
      agents["http:"].destroy();
      agents["https:"].destroy();
    },
  };
}
