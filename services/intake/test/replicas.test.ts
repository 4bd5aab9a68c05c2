import { randomUUID } from "node:crypto";
import { GraphQLClient } from "graphql-request";
import { Role, dropDatabase, signToken, startSubgraph, type RunningSubgraph, everySessionValid } from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import { subgraph as intakeSubgraph } from "../src/subgraph";

/** Two replicas of intake on one database: each sees the other's registrations when checking for 贴牌. */
describe("similarity across replicas", () => {
  const replicas: RunningSubgraph[] = [];
  const clients: GraphQLClient[] = [];

  beforeAll(async () => {
    process.env.GATEWAY_SECRET = "replica-secret";
    process.env.JWT_SECRET = "replica-jwt";
    process.env.PII_KEY = Buffer.alloc(32, 9).toString("base64");
    process.env.DIRECTORY_URL = "http://127.0.0.1:9/graphql";
    const url = isolatedDatabaseUrl();
    for (let i = 0; i < 2; i++)
      replicas.push(
        await startSubgraph(intakeSubgraph, {
          isSessionValid: everySessionValid,
          port: 0,
          databaseUrl: url,
          demoData: false,
          log: () => {},
        }),
      );
    const token = await signToken({
      id: randomUUID(),
      username: "o",
      displayName: "干部",
      roles: [Role.PETITION_OFFICER],
      departmentId: null,
      townIds: [],
      sessionId: randomUUID(),
    });
    for (const r of replicas)
      clients.push(
        new GraphQLClient(r.url, {
          headers: { authorization: `Bearer ${token}`, "x-gateway-secret": "replica-secret" },
        }),
      );
  });
  afterAll(async () => {
    for (const r of replicas) await r.stop();
    if (replicas[0]?.target.dialect === "mysql") await dropDatabase(replicas[0].target);
  });

  const text = (tail: string) =>
    `反映某镇城建办主任在老旧小区改造工程招标中明显偏向其亲戚开办的建筑公司，评标前已内定中标单位，其他投标企业被以资质不全为由排除，工程质量差，雨季多处漏水，居民多次反映无人处理。${tail}`;
  const register = (c: GraphQLClient, content: string) =>
    c.request<any>(
      `mutation($i: RegisterReportInput!) { registerReport(input: $i) { id serial proposal { flags templatedWith { report { id } } } } }`,
      {
        i: {
          channel: "LETTER",
          postmarkDate: "2026-11-20",
          reporter: { realName: false },
          category: "INTEGRITY_DISCIPLINE",
          summary: "反映工程招标问题",
          content,
        },
      },
    );

  it("proposes TEMPLATED for a copy registered on the other replica, and serials stay unique", async () => {
    // both replicas have loaded their index before either registers
    const warm = await Promise.all(
      clients.map((c) =>
        register(c, `无关的来信，内容为某村道路照明损坏多日无人修理，群众夜间出行不便。${randomUUID()}`),
      ),
    );
    const first = (await register(clients[0], text("请求调查。"))).registerReport;
    const copy = (await register(clients[1], text("恳请调查处理。"))).registerReport;
    expect(copy.proposal.flags).toContain("TEMPLATED");
    expect(copy.proposal.templatedWith.map((t: any) => t.report.id)).toContain(first.id);
    const serials = [...warm.map((w) => w.registerReport.serial), first.serial, copy.serial];
    expect(new Set(serials).size).toBe(4);
  });
});
