import { createHash, randomUUID } from "node:crypto";
import { ClientError, GraphQLClient } from "graphql-request";
import { Role, dropDatabase, everySessionValid, signToken, startSubgraph, type RunningSubgraph } from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import { subgraph as intakeSubgraph } from "../src/subgraph";
import { Report } from "../src/entities/Report";
import { FollowUpFailure } from "../src/entities/FollowUpFailure";
import {
  FOLLOW_UP_CODE_CHARS,
  hashFollowUpCode,
  isFollowUpCodeShape,
  newFollowUpCode,
} from "../src/app/follow-up-code";

/**
 * Issue 7 on the intake subgraph itself, on SQLite and MariaDB: limits that concurrent requests
 * must not outrun (the daily public quota, follow-up code guessing), the keyed hash of follow-up
 * codes with the upgrade of legacy ones, and invalid Unicode refused before anything is stored.
 */
describe(`intake hardening on ${process.env.DATABASE_URL ? "MariaDB" : "SQLite"}`, () => {
  let sub: RunningSubgraph;
  let officer: GraphQLClient;
  const SECRET = "intake-hardening-secret";
  const from = (ip: string) =>
    new GraphQLClient(sub.url, { headers: { "x-gateway-secret": SECRET, "x-client-ip": ip } });
  const rnd = () => randomUUID().slice(0, 8);

  beforeAll(async () => {
    process.env.GATEWAY_SECRET = SECRET;
    process.env.JWT_SECRET = "intake-hardening-jwt";
    process.env.PII_KEY = Buffer.alloc(32, 7).toString("base64");
    process.env.DIRECTORY_URL = "http://127.0.0.1:9/graphql"; // no directory: the published calendar is used
    sub = await startSubgraph(intakeSubgraph, {
      isSessionValid: everySessionValid,
      port: 0,
      databaseUrl: isolatedDatabaseUrl(),
      demoData: false,
      log: () => {},
    });
    const token = await signToken({
      id: randomUUID(),
      username: "o",
      displayName: "测试干部",
      roles: [Role.PETITION_OFFICER],
      departmentId: null,
      townIds: [],
      sessionId: randomUUID(),
    });
    officer = new GraphQLClient(sub.url, { headers: { authorization: `Bearer ${token}`, "x-gateway-secret": SECRET } });
  });
  afterAll(async () => {
    await sub?.stop();
    if (sub?.target.dialect === "mysql") await dropDatabase(sub.target);
  });

  const SUBMIT = `mutation($i: PublicReportInput!) { submitPublicReport(input: $i) { serial followUpCode } }`;
  const PROGRESS = `query($c: String!) { reportProgress(code: $c) { serial stage } }`;
  const publicInput = (extra: Record<string, unknown> = {}) => ({
    category: "WORK_DISCIPLINE",
    summary: "反映某单位工作人员上班时间办私事",
    content: `某单位窗口工作人员上班时间长期离岗办私事，群众办事排长队无人受理。${rnd()}`,
    reporter: { realName: false },
    ...extra,
  });
  const reportsTotal = async () =>
    (await officer.request<any>(`{ reports(limit: 1) { total } }`)).reports.total as number;
  const codeOf = async (p: Promise<unknown>): Promise<string> => {
    try {
      await p;
      return "OK";
    } catch (err) {
      if (err instanceof ClientError) return String(err.response.errors?.[0]?.extensions?.code);
      throw err;
    }
  };

  it("accepts exactly five of ten public submissions sent at once from one client", async () => {
    const before = await reportsTotal();
    const client = from(`10.1.${Math.floor(Math.random() * 250)}.1`);
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => codeOf(client.request(SUBMIT, { i: publicInput() }))),
    );
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "CONFLICT")).toHaveLength(5);
    expect(await reportsTotal()).toBe(before + 5);
  });

  it("gives out 16-character follow-up codes (≥ 64 bits) stored under a keyed hash", async () => {
    const { code, hash } = newFollowUpCode();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    expect(FOLLOW_UP_CODE_CHARS * Math.log2(31)).toBeGreaterThanOrEqual(64);
    // not the plain SHA-256 of the code: without the server key a stolen table cannot be guessed against
    expect(hash).not.toBe(createHash("sha256").update(code.replace(/-/g, "")).digest("hex"));
    expect(hash).toBe(hashFollowUpCode(code.toLowerCase().replace(/-/g, " ")));
    expect(isFollowUpCodeShape(code)).toBe(true);
    expect(isFollowUpCodeShape("ABCD-EFGH-JKMN")).toBe(true); // a code given out before
    expect(isFollowUpCodeShape("ABCD-EFGH-JKM")).toBe(false);

    const receipt = (await from("10.2.0.1").request<any>(SUBMIT, { i: publicInput() })).submitPublicReport;
    const stored = await sub.db.getRepository(Report).findOneByOrFail({ serial: receipt.serial });
    expect(stored.followUpCodeHash).toBe(hashFollowUpCode(receipt.followUpCode));
    expect((await from("10.2.0.1").request<any>(PROGRESS, { c: receipt.followUpCode })).reportProgress.serial).toBe(
      receipt.serial,
    );
  });

  it("still answers a code stored under the legacy SHA-256 and upgrades the row to the keyed hash", async () => {
    const receipt = (await from("10.3.0.1").request<any>(SUBMIT, { i: publicInput() })).submitPublicReport;
    const legacyCode = "ABCD-EFGH-2345";
    const legacyHash = createHash("sha256").update("ABCDEFGH2345").digest("hex");
    await sub.db.getRepository(Report).update({ serial: receipt.serial }, { followUpCodeHash: legacyHash });

    const progress = (await from("10.3.0.1").request<any>(PROGRESS, { c: "abcd efgh 2345" })).reportProgress;
    expect(progress.serial).toBe(receipt.serial);
    const upgraded = await sub.db.getRepository(Report).findOneByOrFail({ serial: receipt.serial });
    expect(upgraded.followUpCodeHash).toBe(hashFollowUpCode(legacyCode));
    expect(upgraded.followUpCodeHash).not.toBe(legacyHash);
    expect((await from("10.3.0.1").request<any>(PROGRESS, { c: legacyCode })).reportProgress.serial).toBe(
      receipt.serial,
    );
    // a successful look-up is not counted as a failure
    expect(await sub.db.getRepository(FollowUpFailure).count()).toBe(0);
  });

  it("lets one client address check only ten wrong codes in 15 minutes, even when thirty arrive at once", async () => {
    const receipt = (await from("10.4.0.1").request<any>(SUBMIT, { i: publicInput() })).submitPublicReport;
    const guesser = from("10.4.0.2");
    const wrong = () => newFollowUpCode().code;
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () => codeOf(guesser.request(PROGRESS, { c: wrong() }))),
    );
    expect(outcomes.filter((o) => o === "NOT_FOUND")).toHaveLength(10);
    expect(outcomes.filter((o) => o === "FORBIDDEN")).toHaveLength(20);
    // refused before the code is looked at: even the right code waits
    const right = await guesser
      .request(PROGRESS, { c: receipt.followUpCode })
      .catch((e: ClientError) => e.response.errors![0]);
    expect(right).toMatchObject({ extensions: { code: "FORBIDDEN", retryAfterSeconds: expect.any(Number) } });
    expect((right as any).message).toMatch(/查询码输入错误次数过多/);
    expect((right as any).extensions.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // another address is not affected
    expect((await from("10.4.0.3").request<any>(PROGRESS, { c: receipt.followUpCode })).reportProgress.serial).toBe(
      receipt.serial,
    );
  });

  it("refuses a lone UTF-16 surrogate in content, a subject name or a scalar argument, and stores nothing", async () => {
    const before = await reportsTotal();
    const client = from("10.5.0.1");
    for (const i of [
      publicInput({ content: `某单位干部长期不在岗，群众办事找不到人\ud800，影响恶劣。${rnd()}` }),
      publicInput({ subjects: [{ name: "张\udc00三" }] }),
    ]) {
      const err = await client.request(SUBMIT, { i }).catch((e: ClientError) => e.response.errors![0]);
      expect(err).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
      expect((err as any).message).toMatch(/含有无效字符/);
      expect((err as any).extensions.problems[0]).toMatch(/^(content|subjects\.0\.name)：/);
    }
    const scalar = await client
      .request(PROGRESS, { c: "ABCD-EFGH-23\ud83d" })
      .catch((e: ClientError) => e.response.errors![0]);
    expect(scalar).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", problems: [expect.stringMatching(/^code：含有无效字符/)] },
    });
    expect(await reportsTotal()).toBe(before);
    // a well-formed pair (an astral character) is stored exactly as sent
    const content = `反映某单位干部𠮷某长期不在岗，群众办事找不到人。${rnd()}`;
    const receipt = (await client.request<any>(SUBMIT, { i: publicInput({ content, subjects: [{ name: "𠮷祥" }] }) }))
      .submitPublicReport;
    const stored = (
      await officer.request<any>(`query($s: String) { reports(search: $s) { items { content subjects { name } } } }`, {
        s: receipt.serial,
      })
    ).reports.items;
    expect(stored).toEqual([{ content, subjects: [{ name: "𠮷祥" }] }]);
  });

  it("refuses over-long reporter fields on the public form with a problem per field", async () => {
    const before = await reportsTotal();
    const long = "长".repeat(100_000);
    const err = await from("10.6.0.1")
      .request(SUBMIT, {
        i: publicInput({
          reporter: { realName: true, name: long, phone: "1".repeat(21), address: long, idNumber: "1".repeat(19) },
        }),
      })
      .catch((e: ClientError) => e.response.errors![0]);
    expect(err).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    const problems: string[] = (err as any).extensions.problems;
    for (const field of ["name", "phone", "address", "idNumber"])
      expect(problems.some((p) => p.startsWith(`reporter.${field}：`))).toBe(true);
    expect(await reportsTotal()).toBe(before);
  });
});
