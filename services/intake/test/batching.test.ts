import { randomUUID } from "node:crypto";
import { GraphQLClient } from "graphql-request";
import {
  CountingLogger,
  Role,
  dropDatabase,
  signToken,
  startSubgraph,
  type RunningSubgraph,
  everySessionValid,
} from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import { subgraph as intakeSubgraph } from "../src/subgraph";

/** A page of N reports with their subjects, steps and proposals costs a constant number of queries. */
describe("intake query batching", () => {
  let sub: RunningSubgraph;
  let client: GraphQLClient;
  const queries = () => (sub.db.logger as CountingLogger).queries;

  beforeAll(async () => {
    process.env.GATEWAY_SECRET = "intake-batching-secret";
    process.env.JWT_SECRET = "intake-batching-jwt";
    process.env.PII_KEY = Buffer.alloc(32, 3).toString("base64");
    process.env.DIRECTORY_URL = "http://127.0.0.1:9/graphql"; // no directory: the published calendar is used
    // without the background consumer: its polls would be counted with the request's statements
    sub = await startSubgraph(
      { ...intakeSubgraph, background: undefined },
      {
        isSessionValid: everySessionValid,
        port: 0,
        databaseUrl: isolatedDatabaseUrl(),
        demoData: false,
        log: () => {},
      },
    );
    const token = await signToken({
      id: randomUUID(),
      username: "o",
      displayName: "测试干部",
      roles: [Role.PETITION_OFFICER],
      departmentId: null,
      townIds: [],
      sessionId: randomUUID(),
    });
    client = new GraphQLClient(sub.url, {
      headers: { authorization: `Bearer ${token}`, "x-gateway-secret": "intake-batching-secret" },
    });
    for (let i = 0; i < 12; i++) {
      await client.request(`mutation($i: RegisterReportInput!) { registerReport(input: $i) { id } }`, {
        i: {
          channel: "ONLINE",
          submittedAt: new Date().toISOString(),
          reporter: { realName: false },
          subjects: [{ name: `被反映人${i}` }, { name: `同案人${i}` }],
          category: "WORK_DISCIPLINE",
          summary: `反映某单位干部工作作风问题 ${i}`,
          content: `第${i}号：某单位干部长期不按时上班，群众办事多次找不到人，影响恶劣，请求查处。编号${i * 7919}`,
        },
      });
    }
  });
  afterAll(async () => {
    await sub?.stop();
    if (sub?.target.dialect === "mysql") await dropDatabase(sub.target);
  });

  async function cost(query: string, variables: Record<string, unknown>) {
    const before = queries();
    const data = await client.request<any>(query, variables);
    return { count: queries() - before, data };
  }

  const LIST = `query($n: Int!, $o: Int! = 0) { reports(limit: $n, offset: $o) { items { serial categoryLabel subjects { name } steps { step } escalations { id } proposal { repeatCount templatedWith { similarity } templatedCopies { similarity report { serial } } } } } }`;

  it("lists reports with their relations in a constant number of queries", async () => {
    // the three oldest: like the whole list, they have both earlier 贴牌 matches and later copies
    const small = await cost(LIST, { n: 3, o: 9 });
    const large = await cost(LIST, { n: 12 });
    expect(small.data.reports.items.some((r: any) => r.proposal.templatedCopies.length > 0)).toBe(true);
    expect(large.data.reports.items).toHaveLength(12);
    expect(large.data.reports.items.every((r: any) => r.subjects.length === 2 && r.steps[0].step === "REGISTER")).toBe(
      true,
    );
    expect(large.count).toBe(small.count);
  });

  it("resolves N report references with one IN (…) query", async () => {
    const ids = (await client.request<any>(`{ reports(limit: 12) { items { id } } }`)).reports.items.map(
      (r: any) => r.id,
    );
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Report { id serial } } }`;
    const many = await cost(ENTITIES, { r: ids.map((id: string) => ({ __typename: "Report", id })) });
    expect(many.data._entities.map((r: any) => r.id)).toEqual(ids);
    expect(many.count).toBe(1);
  });
});
