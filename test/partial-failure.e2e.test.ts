import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "graphql";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { composeServices } from "@apollo/composition";
import { GraphQLClient } from "graphql-request";
import { dropDatabase, printSubgraphSdl, startSubgraph, type RunningSubgraph } from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import { subgraph as directorySubgraph } from "@prp/directory";
import { startGateway, type RunningGateway } from "../gateway/src/gateway";
import { failure, ADMIN_PASSWORD } from "./support/platform";

/**
 * A second subgraph that adds a field to the directory's Department stands in for the
 * domain subgraphs: when it goes down, the gateway must still answer the directory's part.
 */
const PROBE_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Department @key(fields: "id") { id: ID! openCaseCount: Int }
  type Query { probeAlive: Boolean }
`;

describe("gateway with a subgraph down", () => {
  let directory: RunningSubgraph;
  let probe: ApolloServer | undefined;
  let gateway: RunningGateway;
  let client: GraphQLClient;

  beforeAll(async () => {
    process.env.GATEWAY_SECRET = "partial-failure-secret";
    process.env.JWT_SECRET = "partial-failure-jwt";
    process.env.INITIAL_ADMIN_PASSWORD = ADMIN_PASSWORD;
    directory = await startSubgraph(directorySubgraph, { port: 0, databaseUrl: isolatedDatabaseUrl(), log: () => {} });

    probe = new ApolloServer({
      schema: buildSubgraphSchema([
        {
          typeDefs: parse(PROBE_SDL),
          resolvers: {
            Query: { probeAlive: () => true },
            Department: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, openCaseCount: 7 }) },
          },
        },
      ]),
    });
    const { url: probeUrl } = await startStandaloneServer(probe, { listen: { port: 0, host: "127.0.0.1" } });

    const composed = composeServices([
      { name: "directory", typeDefs: parse(await printSubgraphSdl(directorySubgraph)), url: directory.url },
      { name: "probe", typeDefs: parse(PROBE_SDL), url: probeUrl },
    ]);
    if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join("\n"));
    const dir = mkdtempSync(join(tmpdir(), "prp-supergraph-"));
    writeFileSync(join(dir, "supergraph.graphql"), composed.supergraphSdl);

    gateway = await startGateway({
      port: 0,
      supergraphPath: join(dir, "supergraph.graphql"),
      subgraphUrls: { directory: directory.url, probe: probeUrl },
      log: () => {},
    });
    const login = await new GraphQLClient(gateway.url).request<any>(
      `mutation($p: String!) { login(username: "admin", password: $p) { token } }`,
      { p: ADMIN_PASSWORD },
    );
    client = new GraphQLClient(gateway.url, { headers: { authorization: `Bearer ${login.login.token}` } });
  });

  afterAll(async () => {
    await gateway?.stop();
    await probe?.stop().catch(() => undefined);
    await directory?.stop();
    if (directory?.target.dialect === "mysql") await dropDatabase(directory.target);
  });

  const QUERY = `{ departments(kinds: [PETITION_OFFICE]) { items { name openCaseCount } } }`;

  it("joins both subgraphs while both are up", async () => {
    const r = await client.request<any>(QUERY);
    expect(r.departments.items).toEqual([{ name: "信访室", openCaseCount: 7 }]);
  });

  it("still answers the directory's fields, with an error for the missing part, once the other subgraph stops", async () => {
    await probe!.stop();
    probe = undefined;
    const r = await failure(client.request(QUERY));
    expect(r.data.departments.items[0].name).toBe("信访室");
    expect(r.data.departments.items[0].openCaseCount).toBeNull();
    // one error for the failed entity call, at the first entity's field it was to fill
    expect(r.errors).toEqual([
      {
        message: "部分服务暂时不可用（probe），相关数据未能加载，请稍后重试",
        path: ["departments", "items", 0, "openCaseCount"],
        extensions: { code: "SERVICE_UNAVAILABLE", subgraph: "probe" },
      },
    ]);

    // and it keeps serving the healthy subgraph
    const me = await client.request<any>(`{ me { username } }`);
    expect(me.me.username).toBe("admin");

    const health = await fetch(gateway.url.replace(/\/graphql$/, "/health"));
    expect(health.status).toBe(503);
    const body: any = await health.json();
    expect(body.subgraphs.directory).toBe("ok");
    expect(body.subgraphs.probe).not.toBe("ok");
  });
});
