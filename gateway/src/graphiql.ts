import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import express, { type Request } from "express";

/**
 * GraphiQL for development, served entirely from this process: the page, the bundle and
 * the Monaco editor workers all come from the npm package @graphql-yoga/graphiql, because
 * this network has no CDN (Apollo's default landing page would load from one).
 */

/** Where the page's static files are mounted. */
export const GRAPHIQL_ASSETS = "/graphiql/assets";

/** The package's dist folder: yoga-graphiql.umd.js, graphiql.css, monacoeditorwork/*.js. */
export function graphiqlDistDir(): string {
  return join(dirname(require.resolve("@graphql-yoga/graphiql/package.json")), "dist");
}

/**
 * Monaco asks for a worker by label ("editorWorkerService", "json", "graphql"). The package
 * ships them as monacoeditorwork/<kind>.worker….bundle.js (the graphql one really has a
 * double dot), so the file names are looked up instead of hard-coded.
 */
function workerFiles(distDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(join(distDir, "monacoeditorwork"))) {
    if (file.endsWith(".js")) files[file.split(".")[0]] = `${GRAPHIQL_ASSETS}/monacoeditorwork/${file}`;
  }
  return files;
}

/** JSON for an inline <script>: `<` escaped so no value can close the script element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export function renderGraphiqlPage(opts: { endpoint: string; title: string; workers: Record<string, string> }): string {
  const options = {
    endpoint: opts.endpoint,
    title: opts.title,
    // The first tab's text (later visits restore the browser's saved tabs).
    query:
      '# 先登录获取令牌，然后在 Headers 中填写 {"Authorization": "Bearer <token>"}\n' +
      '# Log in first, then put {"Authorization": "Bearer <token>"} into Headers.\n' +
      'mutation Login {\n  login(username: "admin", password: "") {\n    token\n  }\n}\n',
  };
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${GRAPHIQL_ASSETS}/graphiql.css">
<style>html, body, #root { height: 100%; margin: 0; }</style>
</head>
<body class="no-focus-outline">
<noscript>GraphiQL 需要启用 JavaScript / GraphiQL needs JavaScript.</noscript>
<div id="root"></div>
<script>
  // Monaco's workers are classic (IIFE) scripts served next to the bundle.
  (function (workers) {
    window.MonacoEnvironment = {
      getWorker: function (_moduleId, label) {
        var kind = label === "graphql" || label === "json" ? label : "editor";
        return new Worker(workers[kind] || workers.editor, { name: label });
      },
    };
  })(${scriptJson(opts.workers)});
</script>
<script src="${GRAPHIQL_ASSETS}/yoga-graphiql.umd.js"></script>
<script>
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById("root"), ${scriptJson(options)});
</script>
</body>
</html>
`;
}

/** Does this GET come from a browser navigating to the URL (rather than a GraphQL client)? */
export function wantsHtml(req: Request): boolean {
  return req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
}

/**
 * Routes: GET /graphiql (the page), GET /graphiql/assets/* (the package's files), and
 * GET /graphql for browsers; every other request to /graphql falls through to Apollo.
 */
export function graphiqlRouter(opts: { endpoint: string; title?: string }): express.Router {
  const distDir = graphiqlDistDir();
  const page = renderGraphiqlPage({
    endpoint: opts.endpoint,
    title: opts.title ?? "信访举报工作平台 GraphiQL",
    workers: workerFiles(distDir),
  });
  const router = express.Router();
  // The bundle is 5 MB: let browsers revalidate with ETag instead of downloading it each time.
  router.use(GRAPHIQL_ASSETS, express.static(distDir, { maxAge: "1h", index: false, fallthrough: false }));
  const sendPage: express.RequestHandler = (_req, res) => {
    res.type("html").set("cache-control", "no-cache").send(page);
  };
  router.get("/graphiql", sendPage);
  router.get(opts.endpoint, (req, res, next) => (wantsHtml(req) ? sendPage(req, res, next) : next()));
  return router;
}
