import { randomUUID } from "node:crypto";
import { GraphQLClient } from "graphql-request";
import {
  CountingLogger,
  Role,
  SimulatedClock,
  dropDatabase,
  inTransaction,
  signToken,
  startSubgraph,
  type AuthUser,
  type DomainEvent,
  type RunningSubgraph,
  everySessionValid,
} from "@prp/kit";
import { isolatedDatabaseUrl, resetConfig } from "@prp/kit/testing";
import { subgraph as casesSubgraph } from "../src/subgraph";
import { Case } from "../src/entities";
import { intakeConsumer } from "../src/app/intake-consumer";
import { acceptCase, setCaseHandlingMode } from "../src/app/case-steps";
import { addJointTask } from "../src/app/joint-tasks";
import { HandlingMode } from "../src/domain/enums";
import type { CasesDeps } from "../src/app/cases-deps";
import { fakeDirectory } from "./support/cases-database";

// the "500 cases": above the default page cap of 100, so this test raises the cap (MAX_PAGE_SIZE) in its own configuration
const N = 500;

/** A page of N cases with report, handling unit, joint members and tasks costs the same statements as a page of 10. */
describe("cases query batching", () => {
  let sub: RunningSubgraph;
  let client: GraphQLClient;
  const queries = () => (sub.db.logger as CountingLogger).queries;

  const savedCap = process.env.MAX_PAGE_SIZE;

  beforeAll(async () => {
    process.env.MAX_PAGE_SIZE = String(N);
    process.env.GATEWAY_SECRET = "cases-batching-secret";
    process.env.JWT_SECRET = "cases-batching-jwt";
    process.env.DIRECTORY_URL = "http://127.0.0.1:9/graphql";
    resetConfig();
    // without its background consumer: the events are fed below, and nothing else may query while statements are counted
    sub = await startSubgraph(
      { ...casesSubgraph, background: undefined },
      {
        isSessionValid: everySessionValid,
        port: 0,
        databaseUrl: isolatedDatabaseUrl(),
        demoData: false,
        log: () => {},
      },
    );
    const clock = new SimulatedClock(new Date("2026-03-02T02:00:00Z"));
    const directory = fakeDirectory();
    // a few more than N, so that both pages need the total counted
    const events: DomainEvent[] = Array.from({ length: N + 10 }, (_, i) => ({
      eventId: randomUUID(),
      position: i + 1,
      type: "ReportRouted",
      createdAt: new Date(),
      payload: {
        reportId: randomUUID(),
        serial: `2026-${String(i + 1).padStart(6, "0")}`,
        disposition: "PRELIMINARY_VERIFICATION",
        handlingDepartmentId: "office-1",
        copyToDepartmentId: null,
        dueDate: null,
        gradeHint: "SIMPLE",
        realName: false,
        decidedAt: new Date(Date.UTC(2026, 2, 2, 2, 0, i % 60)).toISOString(),
        decidedBy: "leader-1",
        origin: "SELF_RECEIVED",
        forwardingAuthority: null,
        townId: null,
        $version: 2,
      },
    }));
    await intakeConsumer(
      sub.db,
      { name: "intake", fetch: async (after, limit) => events.filter((e) => e.position > after).slice(0, limit) },
      { clock, directory, settings: { transferFeedbackWorkingDays: 15 } },
    ).pollOnce();
    const handler: AuthUser = {
      id: "h1",
      username: "h",
      displayName: "承办人",
      roles: [Role.CASE_HANDLER, Role.LEADER],
      departmentId: "office-1",
      townIds: [],
    };
    // every case accepted, handled jointly, with two tasks: in one transaction through the use cases
    await inTransaction(sub.db, async (em) => {
      const deps: CasesDeps = {
        db: em,
        actor: handler,
        clock,
        directory,
        settings: { transferFeedbackWorkingDays: 15 },
      };
      for (const c of await em.find(Case)) {
        await acceptCase(deps, c.id);
        await setCaseHandlingMode(deps, c.id, {
          mode: HandlingMode.JOINT,
          leadUnitId: "office-1",
          memberUnitIds: ["group-1", "town-1"],
        });
        await addJointTask(deps, c.id, {
          unitId: "group-1",
          title: "调取材料",
          dueDate: "2026-03-20",
          assigneeId: "u-1",
        });
        await addJointTask(deps, c.id, {
          unitId: "town-1",
          title: "走访核实",
          dueDate: "2026-03-25",
          assigneeId: null,
        });
      }
    });
    const token = await signToken({
      id: randomUUID(),
      username: "a",
      displayName: "分析员",
      roles: [Role.ANALYST],
      departmentId: null,
      townIds: [],
      sessionId: randomUUID(),
    });
    client = new GraphQLClient(sub.url, {
      headers: { authorization: `Bearer ${token}`, "x-gateway-secret": "cases-batching-secret" },
    });
  }, 300_000);
  afterAll(async () => {
    await sub?.stop();
    if (sub?.target.dialect === "mysql") await dropDatabase(sub.target);
    if (savedCap === undefined) delete process.env.MAX_PAGE_SIZE;
    else process.env.MAX_PAGE_SIZE = savedCap;
    resetConfig();
  });

  async function cost(query: string, variables: Record<string, unknown>) {
    const before = queries();
    const data = await client.request<any>(query, variables);
    return { count: queries() - before, data };
  }

  const LIST = `query($n: Int!) { cases(limit: $n) { total items { id serial report { id } handlingUnit { id } responsibility { unit { id } person { id } }
    joint { leadUnit { id } memberUnits { id } } units { role unit { id } } tasks { id title unit { id } assignee { id } overdue } progress { note } history { action } } } }`;

  it("takes the raised page cap from its configuration", async () => {
    const refused = await client.request<any>(`{ cases(limit: ${N + 1}) { total } }`).catch((e) => e);
    expect(String(refused.message ?? refused)).toMatch(new RegExp(`limit 最多为 ${N}`));
  });

  it(`lists ${N} cases with their relations in as many statements as 10`, async () => {
    const small = await cost(LIST, { n: 10 });
    const large = await cost(LIST, { n: N });
    expect(large.data.cases.total).toBe(N + 10);
    expect(large.data.cases.items).toHaveLength(N);
    expect(
      large.data.cases.items.every(
        (c: any) =>
          c.units.length === 3 && c.tasks.length === 2 && c.joint.memberUnits.length === 2 && c.history.length === 5,
      ),
    ).toBe(true);
    expect(large.count).toBe(small.count);
  });

  it("resolves N case references with one IN (…) query", async () => {
    const ids = (await client.request<any>(`{ cases(limit: 50) { items { id } } }`)).cases.items.map((c: any) => c.id);
    const many = await cost(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id serial } } }`, {
      r: ids.map((id: string) => ({ __typename: "Case", id })),
    });
    expect(many.data._entities.map((c: any) => c.id)).toEqual(ids);
    expect(many.count).toBe(1);
  });
});
