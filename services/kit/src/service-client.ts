import { ClientError, GraphQLClient } from "graphql-request";
import { signToken } from "./auth";
import { Role } from "./core/roles";
import { GATEWAY_SECRET_HEADER, readSecret } from "./secrets";
import { WorkingCalendar } from "./core/calendar";
import { badInput, conflict, notFound, serviceUnavailable } from "./core/errors";
import type { EventSource } from "./outbox";
import { defaultPort } from "./registry";
import { config } from "./config";

/** A subgraph's URL: `<NAME>_URL`, else its default port on loopback. */
export function subgraphUrl(name: string): string {
  const fromEnv = config().subgraphUrls[name];
  if (fromEnv) return fromEnv;
  return `http://127.0.0.1:${defaultPort(name)}/graphql`;
}

let serviceToken: { value: string; expires: number } | undefined;

/**
 * A short-lived token with the SERVICE role, for one subgraph calling another. It has no session
 * to revoke, so it lives five minutes (verification refuses one that claims more than ten).
 */
async function currentServiceToken(caller: string): Promise<string> {
  if (serviceToken && serviceToken.expires > Date.now() + 60_000) return serviceToken.value;
  const ttl = 300;
  const value = await signToken(
    {
      id: `service:${caller}`,
      username: `service:${caller}`,
      displayName: `系统服务（${caller}）`,
      roles: [Role.SERVICE],
      departmentId: null,
      townIds: [],
    },
    { ttlSeconds: ttl },
  );
  serviceToken = { value, expires: Date.now() + ttl * 1000 };
  return value;
}

/**
 * Calls another subgraph directly (not through the gateway), with the shared secret. A call
 * without an answer within SUBGRAPH_TIMEOUT_MS is abandoned: a frozen peer must not hold a
 * request (or an outbox consumer) forever. A peer that cannot be reached or does not answer
 * in time is SERVICE_UNAVAILABLE naming it; an answer with GraphQL errors stays a ClientError
 * for the caller to read.
 */
export async function callSubgraph<T>(
  caller: string,
  target: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const client = new GraphQLClient(subgraphUrl(target), {
    headers: {
      authorization: `Bearer ${await currentServiceToken(caller)}`,
      [GATEWAY_SECRET_HEADER]: readSecret("GATEWAY_SECRET"),
    },
  });
  try {
    return await client.request<T>({
      document: query,
      variables,
      signal: AbortSignal.timeout(config().subgraphTimeoutMs),
    });
  } catch (err) {
    if (err instanceof ClientError) throw err;
    const timedOut = (err as Error)?.name === "TimeoutError" || (err as Error)?.name === "AbortError";
    throw serviceUnavailable(target, { cause: timedOut ? "timeout" : "unreachable" });
  }
}

/** How a use case names a peer subgraph to a clerk when it cannot answer. */
const PEER_LABELS: Record<string, string> = {
  directory: "组织机构服务",
  intake: "受理服务",
  cases: "办理服务",
  training: "培训服务",
};

/**
 * `callSubgraph` for a use case that needs a peer's answer to go on: the peer's NOT_FOUND and
 * BAD_USER_INPUT become the caller's own (naming `what`), anything else says the peer could not
 * answer and that nothing was saved (the use case has not written yet).
 */
export async function askSubgraph<T>(
  caller: string,
  target: string,
  query: string,
  variables: Record<string, unknown>,
  what: string,
): Promise<T> {
  try {
    return await callSubgraph<T>(caller, target, query, variables);
  } catch (err) {
    if (err instanceof ClientError) {
      const code = err.response.errors?.[0]?.extensions?.code;
      if (code === "NOT_FOUND") throw notFound(what, String(Object.values(variables)[0] ?? ""));
      if (code === "BAD_USER_INPUT") throw badInput(err.response.errors?.[0]?.message ?? "输入有误");
    }
    throw conflict(`暂时无法从${PEER_LABELS[target] ?? target}查询${what}，请稍后重试（本次操作未保存）`);
  }
}

/**
 * The working-day calendar with the directory's overrides, fetched through the graph and
 * cached for a few minutes (overrides change a few times a year).
 */
export class DirectoryCalendar {
  private cached?: { calendar: WorkingCalendar; at: number };
  /** The one request under way: a list of N cases asking at once on a cold cache asks the directory once. */
  private pending?: Promise<WorkingCalendar>;
  constructor(
    private readonly caller: string,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  async get(): Promise<WorkingCalendar> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.calendar;
    this.pending ??= this.refresh().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async refresh(): Promise<WorkingCalendar> {
    try {
      const r = await callSubgraph<{ calendarOverrides: { date: string; working: boolean }[] }>(
        this.caller,
        "directory",
        `{ calendarOverrides { date working } }`,
      );
      this.cached = { calendar: new WorkingCalendar(r.calendarOverrides), at: Date.now() };
    } catch (err) {
      // the published calendar still holds when the directory is briefly unreachable; try again in 30 s
      if (!this.cached) this.cached = { calendar: new WorkingCalendar(), at: Date.now() - this.ttlMs + 30_000 };
    }
    return this.cached!.calendar;
  }
}

/**
 * An EventSource that pulls a producer subgraph's outbox over the graph
 * (`<producer>Events(after, limit)`), as a consumer subgraph does.
 */
export function graphEventSource(caller: string, producer: string, field = `${producer}Events`): EventSource {
  return {
    name: producer,
    async fetch(after, limit) {
      const r = await callSubgraph<
        Record<string, Array<{ eventId: string; position: number; type: string; payload: string; createdAt: string }>>
      >(
        caller,
        producer,
        `query($after: Int!, $limit: Int!) { ${field}(after: $after, limit: $limit) { eventId position type payload createdAt } }`,
        { after, limit },
      );
      return r[field].map((e) => ({ ...e, payload: JSON.parse(e.payload), createdAt: new Date(e.createdAt) }));
    },
  };
}
