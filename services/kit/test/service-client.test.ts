import http from "node:http";
import type { AddressInfo } from "node:net";
import { ClientError } from "graphql-request";
import { AppError, ErrorCode } from "../src/core/errors";
import { resetConfig } from "../src/config";
import { DirectoryCalendar, callSubgraph } from "../src/service-client";

/** A subgraph stand-in that accepts calls and never answers (a frozen process). */
function frozenServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(() => undefined);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
        close: () => {
          server.closeAllConnections();
          return new Promise((r) => server.close(() => r()));
        },
      }),
    ),
  );
}

describe("callSubgraph (service to service)", () => {
  const saved = { ...process.env };
  let frozen: Awaited<ReturnType<typeof frozenServer>>;
  let answering: http.Server;
  let calendarServer: http.Server;
  let calendarRequests = 0;

  beforeAll(async () => {
    frozen = await frozenServer();
    answering = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: "未找到部门", extensions: { code: "NOT_FOUND" } }] }));
    });
    await new Promise<void>((r) => answering.listen(0, "127.0.0.1", r));
    // the directory's calendar, answered a little later so that concurrent askers overlap
    calendarServer = http.createServer((_req, res) => {
      calendarRequests++;
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ data: { calendarOverrides: [{ date: "2026-12-07", working: false }] } }));
      }, 100);
    });
    await new Promise<void>((r) => calendarServer.listen(0, "127.0.0.1", r));
    Object.assign(process.env, {
      FROZEN_URL: frozen.url,
      CLOSED_URL: "http://127.0.0.1:1/graphql",
      ANSWERING_URL: `http://127.0.0.1:${(answering.address() as AddressInfo).port}/graphql`,
      DIRECTORY_URL: `http://127.0.0.1:${(calendarServer.address() as AddressInfo).port}/graphql`,
      SUBGRAPH_TIMEOUT_MS: "300",
      GATEWAY_SECRET: "service-client-secret",
      JWT_SECRET: "service-client-jwt",
    });
    resetConfig();
  });

  afterAll(async () => {
    for (const name of [
      "FROZEN_URL",
      "CLOSED_URL",
      "ANSWERING_URL",
      "DIRECTORY_URL",
      "SUBGRAPH_TIMEOUT_MS",
      "GATEWAY_SECRET",
      "JWT_SECRET",
    ]) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    resetConfig();
    await frozen.close();
    await new Promise((r) => answering.close(r));
    await new Promise((r) => calendarServer.close(r));
  });

  const refusal = async (target: string) => {
    try {
      await callSubgraph("intake", target, "{ departments { total } }");
    } catch (err) {
      return err;
    }
    throw new Error("expected the call to fail");
  };

  it("gives up on a peer that does not answer within SUBGRAPH_TIMEOUT_MS, as SERVICE_UNAVAILABLE naming it", async () => {
    const err = await refusal("frozen");
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect((err as AppError).message).toBe("部分服务暂时不可用（frozen），相关数据未能加载，请稍后重试");
    expect((err as AppError).extensions).toMatchObject({ subgraph: "frozen", cause: "timeout" });
  });

  it("reports a peer that cannot be reached the same way", async () => {
    const err = await refusal("closed");
    expect((err as AppError).code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect((err as AppError).extensions).toMatchObject({ subgraph: "closed", cause: "unreachable" });
  });

  it("leaves a peer's GraphQL answer with errors to the caller", async () => {
    const err = await refusal("answering");
    expect(err).toBeInstanceOf(ClientError);
    expect((err as ClientError).response.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("asks the directory for the calendar once when many ask at the same time on a cold cache", async () => {
    const calendar = new DirectoryCalendar("cases");
    calendarRequests = 0;
    const got = await Promise.all(Array.from({ length: 20 }, () => calendar.get()));
    expect(calendarRequests).toBe(1);
    expect(new Set(got).size).toBe(1);
    expect(got[0].isWorkingDay("2026-12-07")).toBe(false); // the administrators' override came through
    await calendar.get();
    expect(calendarRequests).toBe(1); // cached
  });
});
