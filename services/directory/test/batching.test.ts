import { randomUUID } from "node:crypto";
import { GraphQLClient } from "graphql-request";
import {
  CountingLogger,
  dropDatabase,
  signToken,
  startSubgraph,
  Role,
  newId,
  type RunningSubgraph,
  everySessionValid,
} from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import { subgraph as directorySubgraph } from "../src/subgraph";
import { Department } from "../src/entities";
import { DepartmentKind } from "../src/domain/kinds";

/** A list of N items must cost a constant number of SQL queries, not N. */
describe("directory query batching", () => {
  let sub: RunningSubgraph;
  let client: GraphQLClient;
  const logger = () => sub.db.logger as CountingLogger;

  beforeAll(async () => {
    process.env.GATEWAY_SECRET = "batching-secret";
    process.env.JWT_SECRET = "batching-jwt";
    // without the hourly housekeeping: its statements would be counted with the list's
    sub = await startSubgraph(
      { ...directorySubgraph, background: undefined },
      {
        isSessionValid: everySessionValid,
        port: 0,
        databaseUrl: isolatedDatabaseUrl(),
        log: () => {},
      },
    );
    const token = await signToken({
      id: randomUUID(),
      username: "t",
      displayName: "t",
      roles: [Role.ADMIN],
      departmentId: null,
      townIds: [],
      sessionId: randomUUID(),
    });
    client = new GraphQLClient(sub.url, {
      headers: { authorization: `Bearer ${token}`, "x-gateway-secret": "batching-secret" },
    });
  });
  afterAll(async () => {
    await sub?.stop();
    if (sub?.target.dialect === "mysql") await dropDatabase(sub.target);
  });

  async function queriesFor(query: string, variables?: Record<string, unknown>): Promise<{ count: number; data: any }> {
    const before = logger().queries;
    const data = await client.request<any>(query, variables);
    return { count: logger().queries - before, data };
  }

  // the demo organisation has 34 departments: 26 reach every kind of relation, 34 is all of them
  const LIST = `query($n: Int!) { departments(limit: $n) { items { name parent { name } town { name region { name } committee { name } } currentLiaisons { liaisonDepartment { name } } } } }`;

  it("loads departments with parent, town, region, committee and liaisons in a constant number of queries", async () => {
    const small = await queriesFor(LIST, { n: 26 });
    const large = await queriesFor(LIST, { n: 34 });
    expect(large.data.departments.items.length).toBe(34);
    expect(large.data.departments.items.some((d: any) => d.town?.region?.name)).toBe(true);
    expect(large.data.departments.items.some((d: any) => d.currentLiaisons.length > 0)).toBe(true);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(10);
  });

  it("resolves N entity references (what the gateway sends) with one IN (…) query", async () => {
    const ids = (await sub.db.getRepository(Department).find({ take: 30 })).map((d) => d.id);
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Department { id name } } }`;
    const one = await queriesFor(ENTITIES, { r: ids.slice(0, 1).map((id) => ({ __typename: "Department", id })) });
    const many = await queriesFor(ENTITIES, { r: ids.map((id) => ({ __typename: "Department", id })) });
    expect(many.data._entities.map((d: any) => d.id)).toEqual(ids);
    expect(one.count).toBe(1);
    expect(many.count).toBe(1);
  });

  it("refuses entity references without a signed-in caller", async () => {
    const anonymous = new GraphQLClient(sub.url, { headers: { "x-gateway-secret": "batching-secret" } });
    await expect(
      anonymous.request(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Department { id } } }`, {
        r: [{ __typename: "Department", id: newId() }],
      }),
    ).rejects.toThrow(/登录/);
  });

  it("refuses requests that did not come through the gateway", async () => {
    const direct = new GraphQLClient(sub.url);
    await expect(direct.request(`{ departments { total } }`)).rejects.toThrow(/网关/);
    expect(DepartmentKind.TOWN_COMMITTEE).toBe("TOWN_COMMITTEE");
  });
});
