import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";

export interface GraphQLPostOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  /** Larger bodies are refused with 413 before they are read. */
  maxBodyBytes: number;
  context: (req: IncomingMessage) => Promise<TContext>;
  log: (line: string) => void;
}

/** The answer to a body Apollo never sees, in GraphQL's shape (the client reads `errors`, not an HTML page). */
function refuse(res: ServerResponse, status: number, message: string, code = "BAD_USER_INPUT"): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.once("error", reject);
  });
}

/**
 * The requests the lean path takes: POST /graphql with a plain body. Compressed bodies and
 * other charsets than UTF-8 are rare; they keep going through express's JSON parser.
 */
export function isPlainGraphQLPost(req: IncomingMessage): boolean {
  if (req.method !== "POST") return false;
  const url = req.url ?? "";
  if (!(url === "/graphql" || url.startsWith("/graphql?"))) return false;
  const encoding = req.headers["content-encoding"];
  if (encoding && encoding.toLowerCase() !== "identity") return false;
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers["content-type"] ?? "")?.[1]?.toLowerCase();
  return charset === undefined || charset === "utf-8" || charset === "utf8";
}

/**
 * `POST /graphql` straight into Apollo Server, without express's router, body parser and
 * response helpers (which cost about a fifth of the gateway's CPU per request). What the
 * express path gave is kept: the body-size limit (413), a malformed body answered as
 * BAD_USER_INPUT (400), and Apollo's own request handling, which includes its CSRF
 * prevention (a simple request without a preflight-forcing header is refused) and the error
 * formatting. No ETag: GraphQL answers are not cached by validators.
 */
export function graphqlPostHandler<TContext extends BaseContext>(opts: GraphQLPostOptions<TContext>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const declared = Number(req.headers["content-length"]);
      if (declared > opts.maxBodyBytes) {
        res.setHeader("connection", "close"); // the unread body must not be taken for the next request
        return refuse(res, 413, "请求体过大");
      }
      let raw: Buffer;
      try {
        raw = await readBody(req, opts.maxBodyBytes);
      } catch (err) {
        if (!(err instanceof BodyTooLarge)) throw err;
        res.setHeader("connection", "close");
        return refuse(res, 413, "请求体过大");
      }

      // Only a JSON body is parsed; anything else reaches Apollo without one, and Apollo refuses
      // it (CSRF prevention first, then "POST body missing"), as it did behind express.json().
      let body: unknown;
      const mediaType = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
      if (mediaType === "application/json") {
        const text = raw.toString("utf8");
        if (text.trim() === "") {
          body = {};
        } else {
          try {
            body = JSON.parse(text);
          } catch (err) {
            return refuse(res, 400, `请求体无效：${(err as Error).message}`);
          }
          if (typeof body !== "object" || body === null) return refuse(res, 400, "请求体无效：应为 JSON 对象");
        }
      }

      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      const url = req.url ?? "";
      const query = url.indexOf("?");
      const response = await opts.server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: "POST", headers, search: query >= 0 ? url.slice(query) : "", body },
        context: () => opts.context(req),
      });

      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") {
        res.setHeader("content-length", Buffer.byteLength(response.body.string));
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (err) {
      // Apollo answers its own errors; reaching this is a fault of the gateway itself.
      opts.log(`error: POST /graphql failed: ${(err as Error)?.stack ?? err}`);
      if (!res.headersSent) refuse(res, 500, "服务器内部错误", "INTERNAL");
      else res.destroy();
    }
  };
}
