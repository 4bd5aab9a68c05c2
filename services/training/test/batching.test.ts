import { randomUUID } from "node:crypto";
import { GraphQLClient } from "graphql-request";
import {
  CountingLogger,
  Role,
  SimulatedClock,
  dropDatabase,
  signToken,
  startSubgraph,
  type AuthUser,
  type RunningSubgraph,
  everySessionValid,
} from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import { subgraph as trainingSubgraph } from "../src/subgraph";
import { createCourse, recordAttendance, scheduleSession } from "../src/app/courses";
import type { PeopleDirectory } from "../src/app/people";
import { SessionMode } from "../src/domain/enums";

/** A list of N sessions with their attendance, and N users' training records, cost a constant number of queries. */
describe("training query batching", () => {
  let sub: RunningSubgraph;
  let client: GraphQLClient;
  const queries = () => (sub.db.logger as CountingLogger).queries;
  const staff = Array.from({ length: 8 }, (_, i) => ({
    id: randomUUID(),
    displayName: `学员${i}`,
    departmentId: "d1",
    departmentName: "信访室",
  }));
  const people: PeopleDirectory = {
    activeStaff: async () => staff,
    departments: async () => [{ id: "d1", name: "信访室" }],
  };

  beforeAll(async () => {
    process.env.GATEWAY_SECRET = "training-batching-secret";
    process.env.JWT_SECRET = "training-batching-jwt";
    process.env.DIRECTORY_URL = "http://127.0.0.1:9/graphql"; // no directory: these queries must not need it
    sub = await startSubgraph(trainingSubgraph, {
      isSessionValid: everySessionValid,
      port: 0,
      databaseUrl: isolatedDatabaseUrl(),
      demoData: false,
      log: () => {},
    });
    const actor: AuthUser = {
      id: randomUUID(),
      username: "o",
      displayName: "培训组织者",
      roles: [Role.PETITION_OFFICER],
      departmentId: "d1",
      townIds: [],
      sessionId: randomUUID(),
    };
    const token = await signToken(actor);
    client = new GraphQLClient(sub.url, {
      headers: { authorization: `Bearer ${token}`, "x-gateway-secret": "training-batching-secret" },
    });
    const deps = { db: sub.db, actor, clock: new SimulatedClock(new Date("2026-03-02T02:00:00Z")) };
    const course = await createCourse(deps, {
      title: "《信访工作条例》解读",
      regulation: "信访工作条例",
      hours: 2,
      materials: [],
    });
    for (let i = 0; i < 12; i++) {
      const s = await scheduleSession(deps, people, {
        courseId: course.id,
        date: `2026-02-${String(i + 1).padStart(2, "0")}`,
        mode: SessionMode.LECTURE,
        trainerId: staff[0].id,
        audienceDepartmentIds: ["d1"],
      });
      await recordAttendance(
        deps,
        people,
        s.id,
        staff.slice(1 + (i % 3), 5 + (i % 3)).map((p) => p.id),
      );
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

  const LIST = `query($n: Int!) { trainingSessions(limit: $n) { total items { id date hours course { title hours } trainer { id } audience { id } attendanceCount attendance { user { id } } } } }`;

  it("lists sessions with course and attendance in a constant number of queries", async () => {
    const small = await cost(LIST, { n: 3 });
    const large = await cost(LIST, { n: 12 });
    expect(large.data.trainingSessions.total).toBe(12);
    expect(large.data.trainingSessions.items).toHaveLength(12);
    expect(
      large.data.trainingSessions.items.every(
        (s: any) => s.attendanceCount === 4 && s.attendance.length === 4 && s.course.title === "《信访工作条例》解读",
      ),
    ).toBe(true);
    expect(large.count).toBe(small.count);
  });

  it("resolves N users' training records with the same number of queries as for 2", async () => {
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id trainingRecord { hours sessions { id date } quizResults { score } drillResults { score } } } } }`;
    const two = await cost(ENTITIES, { r: staff.slice(1, 3).map((s) => ({ __typename: "User", id: s.id })) });
    const all = await cost(ENTITIES, { r: staff.map((s) => ({ __typename: "User", id: s.id })) });
    expect(all.data._entities).toHaveLength(8);
    // staff[4] attended every session (rows 1..4, 2..5, 3..6 all include 4): 12 sessions of 2 hours
    const four = all.data._entities.find((u: any) => u.id === staff[4].id);
    expect(four.trainingRecord.sessions).toHaveLength(12);
    expect(four.trainingRecord.hours).toBe(24);
    expect(all.data._entities.find((u: any) => u.id === staff[0].id).trainingRecord.sessions).toHaveLength(0);
    expect(all.count).toBe(two.count);
  });
});
