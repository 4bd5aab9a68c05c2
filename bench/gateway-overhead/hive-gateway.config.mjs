// Hive Gateway configuration for the gateway-overhead benchmark (bench/gateway-overhead/run.js
// starts `hive-gateway supergraph schema/supergraph.graphql -c <this file>` and sets the
// BENCH_* variables). It behaves like our gateway towards the subgraphs: the client's
// Authorization and the gateway secret on every subgraph call, the subgraph URLs of this run,
// a 10 s upstream timeout, and no in-flight deduplication (so that identical concurrent
// requests are not merged into one, which our gateway does not do either).
import { defineConfig } from "@graphql-hive/gateway";

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set (the benchmark sets it)`);
  return value;
};
const secret = required("BENCH_GATEWAY_SECRET");

export const gatewayConfig = defineConfig({
  transportEntries: {
    "*.http": { options: { deduplicateInflightRequests: false } },
    directory: { location: required("BENCH_DIRECTORY_URL") },
    intake: { location: required("BENCH_INTAKE_URL") },
  },
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get("authorization") ?? undefined,
      "x-gateway-secret": secret,
      "apollo-require-preflight": "true",
    }),
  },
  upstreamTimeout: 10_000,
  // served locally and offline: no GraphiQL or landing page (they load from a CDN), no reporting
  graphiql: false,
  landingPage: false,
  disableWebsockets: true,
  logging: "warn",
});
