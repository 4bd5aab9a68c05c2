import { randomUUID } from "node:crypto";
import { GraphQLClient } from "graphql-request";
import { startTestPlatform, failure, type TestPlatform } from "./support/platform";

/**
 * Issue 7, intake's part, through the gateway as a client (or an attacker) would send it: length
 * limits on every input, text that is not valid Unicode, follow-up code guessing, towns and units
 * checked against the directory, the daily public limit under concurrency, who decides an
 * escalation, and a 贴牌 cluster seen from its first report.
 */
describe(`intake hardening through the gateway (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let p: TestPlatform;
  const token: Record<string, string> = {};
  const rnd = () => randomUUID().replace(/-/g, "").slice(0, 10);
  const as = <T = any>(user: string | null, query: string, variables: Record<string, unknown> = {}) =>
    p.client(user ? token[user] : undefined).request<T>(query, variables);
  /** A member of the public at an address of their own (the gateway trusts the loopback proxy). */
  const fromAddress = (ip: string) => new GraphQLClient(p.url, { headers: { "x-forwarded-for": ip } });
  let octet = 0;
  const newAddress = () => `10.${20 + Math.floor(Math.random() * 200)}.${++octet}.1`;

  const reportsTotal = async () =>
    (await as<any>("officer", `{ reports(limit: 1) { total } }`)).reports.total as number;
  const SUBMIT = `mutation($i: PublicReportInput!) { submitPublicReport(input: $i) { serial followUpCode } }`;
  const PROGRESS = `query($c: String!) { reportProgress(code: $c) { serial stage } }`;
  const REGISTER = `mutation($i: RegisterReportInput!) { registerReport(input: $i) { id serial } }`;
  const publicInput = (extra: Record<string, unknown> = {}) => ({
    category: "WORK_DISCIPLINE",
    summary: "反映某单位工作人员上班时间办私事",
    content: `某单位窗口工作人员上班时间长期离岗办私事，群众办事排长队无人受理。${rnd()}`,
    reporter: { realName: false },
    ...extra,
  });
  const letter = (extra: Record<string, unknown> = {}) => ({
    channel: "LETTER",
    postmarkDate: "2026-01-05",
    category: "INTEGRITY_DISCIPLINE",
    summary: "反映某村干部优亲厚友问题",
    content: `反映某村党支部书记在低保评定中优亲厚友，将不符合条件的亲属纳入低保。${rnd()}`,
    reporter: { realName: false },
    ...extra,
  });
  const storedBySerial = async (serial: string, fields: string) =>
    (await as<any>("officer", `query($s: String) { reports(search: $s) { items { ${fields} } } }`, { s: serial }))
      .reports.items;

  let town: { id: string; name: string };
  let unit: { id: string; name: string };
  let users: Record<string, { id: string }>;

  beforeAll(async () => {
    p = await startTestPlatform({ TRUST_PROXY: "loopback" });
    for (const u of ["admin", "officer", "leader", "leader2"]) token[u] = await p.login(u);
    town = (await as<any>("admin", `{ towns { id name } }`)).towns[0];
    unit = (await as<any>("admin", `{ departments(kinds: [COMPETENT_DEPARTMENT], limit: 1) { items { id name } } }`))
      .departments.items[0];
    users = Object.fromEntries(
      (await as<any>("admin", `{ users(limit: 100) { items { id username } } }`)).users.items.map((u: any) => [
        u.username,
        u,
      ]),
    );
    expect(town?.id && unit?.id && users.leader?.id).toBeTruthy();
  }, 240_000);
  afterAll(() => p?.stop());

  // ---------------------------------------------------------------------------------------
  describe("7. input limits", () => {
    it("refuses a 100,000-character reporter name and address on the public form, naming each field, and stores nothing", async () => {
      const before = await reportsTotal();
      const huge = "举".repeat(100_000);
      const r = await failure(
        fromAddress(newAddress()).request(SUBMIT, {
          i: publicInput({ reporter: { realName: true, name: huge, address: huge, phone: "1".repeat(21) } }),
        }),
      );
      expect(r.code).toBe("BAD_USER_INPUT");
      const problems: string[] = r.errors[0].extensions.problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^reporter\.name：姓名过长/),
          expect.stringMatching(/^reporter\.address：地址过长/),
          expect.stringMatching(/^reporter\.phone：电话号码过长/),
        ]),
      );
      // subjects, summary and content of the public form too
      const others = await failure(
        fromAddress(newAddress()).request(SUBMIT, {
          i: publicInput({
            summary: "摘".repeat(201),
            subjects: [{ name: "名".repeat(51), post: "职".repeat(101) }],
            content: "容".repeat(5001),
          }),
        }),
      );
      expect(others.code).toBe("BAD_USER_INPUT");
      expect(others.errors[0].extensions.problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^summary：/),
          expect.stringMatching(/^subjects\.0\.name：/),
          expect.stringMatching(/^subjects\.0\.post：/),
          expect.stringMatching(/^content：.*5000/),
        ]),
      );
      const tooMany = await failure(
        fromAddress(newAddress()).request(SUBMIT, {
          i: publicInput({ subjects: Array.from({ length: 11 }, (_, i) => ({ name: `某${i}` })) }),
        }),
      );
      expect(tooMany.message).toMatch(/被反映人最多 10 个/);
      expect(await reportsTotal()).toBe(before);
    });

    it("applies the same limits to officers' registration: nested reporter, subjects, attachments and lists", async () => {
      const before = await reportsTotal();
      const r = await failure(
        as("officer", REGISTER, {
          i: letter({
            origin: "FORWARDED_FROM_SUPERIOR",
            forwardingAuthority: "省纪委监委",
            forwardingReference: "号".repeat(51),
            reporter: { realName: true, name: "名".repeat(51), idNumber: "1".repeat(19), phone: "13812345678" },
            subjects: [{ name: "张三", rank: "级".repeat(51) }],
            attachments: [{ fileName: "f".repeat(201), mimeType: "application/pdf", size: 10 }],
          }),
        }),
      );
      expect(r.code).toBe("BAD_USER_INPUT");
      expect(r.errors[0].extensions.problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^forwardingReference：转办单编号过长/),
          expect.stringMatching(/^reporter\.name：/),
          expect.stringMatching(/^reporter\.idNumber：/),
          expect.stringMatching(/^subjects\.0\.rank：/),
          expect.stringMatching(/^attachments\.0\.fileName：/),
        ]),
      );
      const lists = await failure(
        as("officer", REGISTER, {
          i: letter({
            subjects: Array.from({ length: 21 }, (_, i) => ({ name: `某${i}` })),
            attachments: Array.from({ length: 51 }, (_, i) => ({
              fileName: `${i}.pdf`,
              mimeType: "application/pdf",
              size: 1,
            })),
          }),
        }),
      );
      expect(lists.errors[0].extensions.problems).toEqual(
        expect.arrayContaining([expect.stringMatching(/被反映人最多 20 个/), expect.stringMatching(/附件最多 50 个/)]),
      );
      const staff = await failure(
        as("officer", REGISTER, {
          i: { ...letter(), channel: "VISIT", postmarkDate: null, visitorCount: 1, receivingStaff: ["员".repeat(51)] },
        }),
      );
      expect(staff.errors[0].extensions.problems).toEqual([expect.stringMatching(/^receivingStaff：接待人员姓名过长/)]);
      expect(await reportsTotal()).toBe(before);
    });
  });

  // ---------------------------------------------------------------------------------------
  describe("8. text that is not valid Unicode", () => {
    it("refuses a lone surrogate sent in variables (content, subject name, reporter name) and stores nothing", async () => {
      const before = await reportsTotal();
      const cases: [string, Record<string, unknown>, string][] = [
        [SUBMIT, { i: publicInput({ content: `某单位干部长期不在岗\ud800，群众办事找不到人。${rnd()}` }) }, "content"],
        [SUBMIT, { i: publicInput({ subjects: [{ name: "张\udfff三" }] }) }, "subjects.0.name"],
        [
          REGISTER,
          { i: letter({ reporter: { realName: true, name: "李\ud83d", phone: "13812345678" } }) },
          "reporter.name",
        ],
      ];
      for (const [query, variables, field] of cases) {
        const client = query === SUBMIT ? fromAddress(newAddress()) : p.client(token.officer);
        const r = await failure(client.request(query, variables));
        expect(r.code).toBe("BAD_USER_INPUT");
        expect(r.message).toMatch(/含有无效字符/);
        expect(r.errors[0].extensions.problems).toEqual([
          expect.stringMatching(new RegExp(`^${field.replace(/\./g, "\\.")}：含有无效字符`)),
        ]);
      }
      expect(await reportsTotal()).toBe(before);
    });

    it("refuses a lone surrogate written inline in the query text, as an escape or as a raw character", async () => {
      const before = await reportsTotal();
      const inline = (content: string) =>
        `mutation { submitPublicReport(input: { category: "WORK_DISCIPLINE", summary: "反映某单位干部不在岗", content: "${content}", reporter: { realName: false } }) { serial } }`;
      const escaped = await failure(
        fromAddress(newAddress()).request(inline(`某单位干部长期不在岗\\ud800，群众办事找不到人。${rnd()}`)),
      );
      expect(escaped.code).toBe("BAD_USER_INPUT");
      const raw = await failure(
        fromAddress(newAddress()).request(inline(`某单位干部长期不在岗\ud800，群众办事找不到人。${rnd()}`)),
      );
      expect(raw.code).toBe("BAD_USER_INPUT");
      expect(await reportsTotal()).toBe(before);
    });

    it("stores a well-formed astral character exactly as sent, in variables and inline", async () => {
      const viaVariables = `反映𠮷某在村务中优亲厚友，把亲属纳入低保。${rnd()}`;
      const a = (
        await fromAddress(newAddress()).request<any>(SUBMIT, {
          i: publicInput({ content: viaVariables, subjects: [{ name: "𠮷祥" }] }),
        })
      ).submitPublicReport;
      expect(await storedBySerial(a.serial, "content subjects { name }")).toEqual([
        { content: viaVariables, subjects: [{ name: "𠮷祥" }] },
      ]);
      const tail = rnd();
      const b = (
        await fromAddress(newAddress()).request<any>(
          `mutation { submitPublicReport(input: { category: "WORK_DISCIPLINE", summary: "反映某单位干部不在岗", content: "反映\\ud842\\udfb7某在村务中优亲厚友。${tail}", reporter: { realName: false } }) { serial } }`,
        )
      ).submitPublicReport;
      expect(await storedBySerial(b.serial, "content")).toEqual([{ content: `反映𠮷某在村务中优亲厚友。${tail}` }]);
    });
  });

  // ---------------------------------------------------------------------------------------
  describe("9. follow-up codes", () => {
    it("gives out 16-character codes and lets one address try only ten wrong ones in 15 minutes", async () => {
      const ip = newAddress();
      const client = fromAddress(ip);
      const receipt = (await client.request<any>(SUBMIT, { i: publicInput() })).submitPublicReport;
      expect(receipt.followUpCode).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
      expect((await client.request<any>(PROGRESS, { c: receipt.followUpCode })).reportProgress.serial).toBe(
        receipt.serial,
      );
      const wrong = receipt.followUpCode.slice(0, -1) + (receipt.followUpCode.endsWith("2") ? "3" : "2");
      const codes: string[] = [];
      for (let i = 0; i < 12; i++) codes.push((await failure(client.request(PROGRESS, { c: wrong }))).code);
      expect(codes).toEqual([...Array(10).fill("NOT_FOUND"), "FORBIDDEN", "FORBIDDEN"]);
      const blocked = await failure(client.request(PROGRESS, { c: receipt.followUpCode }));
      expect(blocked.code).toBe("FORBIDDEN");
      expect(blocked.message).toMatch(/查询码输入错误次数过多/);
      expect(blocked.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      // the person who knows the code, from another address, still gets an answer
      expect(
        (await fromAddress(newAddress()).request<any>(PROGRESS, { c: receipt.followUpCode })).reportProgress.serial,
      ).toBe(receipt.serial);
    });
  });

  // ---------------------------------------------------------------------------------------
  describe("10. intake's own items", () => {
    it("refuses an unknown town or unit at registration, naming the field, and accepts known ones", async () => {
      const before = await reportsTotal();
      const ghost = randomUUID();
      const r = await failure(
        as("officer", REGISTER, {
          i: letter({
            townId: ghost,
            subjects: [
              { name: "张三", unitId: unit.id },
              { name: "李四", unitId: ghost, townId: ghost },
            ],
          }),
        }),
      );
      expect(r.code).toBe("BAD_USER_INPUT");
      expect(r.errors[0].extensions.problems).toEqual([
        expect.stringMatching(/^townId：问题发生地（镇、街道）不存在/),
        expect.stringMatching(/^subjects\.1\.townId：.*李四/),
        expect.stringMatching(/^subjects\.1\.unitId：.*李四/),
      ]);
      const pub = await failure(fromAddress(newAddress()).request(SUBMIT, { i: publicInput({ townId: ghost }) }));
      expect(pub.code).toBe("BAD_USER_INPUT");
      expect(pub.message).toMatch(/townId/);
      expect(await reportsTotal()).toBe(before);

      const ok = (
        await as<any>(
          "officer",
          `mutation($i: RegisterReportInput!) { registerReport(input: $i) { town { id name } subjects { name unit { id name } town { id name } } } }`,
          {
            i: letter({ townId: town.id, subjects: [{ name: "张三", unitId: unit.id, townId: town.id }] }),
          },
        )
      ).registerReport;
      expect(ok).toEqual({ town, subjects: [{ name: "张三", unit, town }] });
    });

    it("accepts exactly five of ten public submissions sent at once from one client", async () => {
      const client = fromAddress(newAddress());
      const before = await reportsTotal();
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, () =>
          client.request(SUBMIT, { i: publicInput() }).then(
            () => "OK",
            (e) => String(e.response?.errors?.[0]?.extensions?.code),
          ),
        ),
      );
      expect(outcomes.filter((o) => o === "OK")).toHaveLength(5);
      expect(outcomes.filter((o) => o === "CONFLICT")).toHaveLength(5);
      expect(await reportsTotal()).toBe(before + 5);
    });

    it("lets only the addressed leader decide an escalation; another leader and an administrator are refused", async () => {
      const r = (await as<any>("officer", REGISTER, { i: letter({ summary: "群众反映拖欠工程款可能引发群体性事件" }) }))
        .registerReport;
      const esc = (
        await as<any>(
          "officer",
          `mutation($id: ID!, $l: ID!) { escalateReport(id: $id, leaderId: $l, draftOpinion: "拟交办属地镇纪委") { id } }`,
          { id: r.id, l: users.leader.id },
        )
      ).escalateReport;
      const DECIDE = `mutation($id: ID!) { decideEscalation(id: $id, approve: true) { id status decidedBy { id } } }`;
      const other = await failure(as("leader2", DECIDE, { id: esc.id }));
      expect(other.code).toBe("FORBIDDEN");
      expect(other.message).toMatch(/只有被呈报的领导可以批示/);
      expect((await failure(as("admin", DECIDE, { id: esc.id }))).code).toBe("FORBIDDEN");
      const decided = (await as<any>("leader", DECIDE, { id: esc.id })).decideEscalation;
      expect(decided).toEqual({ id: esc.id, status: "APPROVED", decidedBy: { id: users.leader.id } });
    });

    it("shows the later copies of a 贴牌 cluster on its first report", async () => {
      const marker = `tp${rnd()}`;
      const text = (village: string, tail: string) =>
        `${marker}我们反映${village}村党支部书记在土地征收补偿款发放过程中存在严重问题。该书记利用职务便利，虚报冒领补偿款，将其亲属名下并不存在的地上附着物列入补偿清单。同时，该书记在村集体资产租赁中暗箱操作，将村集体鱼塘以明显低于市场价格的租金承包给其妻弟经营，租期长达二十年，群众对此意见很大。此外，该书记长期不召开村民代表会议，村务财务不公开。${tail}请上级纪委监委调查核实。`;
      const ids: string[] = [];
      for (const [village, tail] of [
        ["东庄", "我们都是本村村民。"],
        ["西庄", "我们都是本村群众。"],
        ["南庄", "我们均为本村村民。"],
      ]) {
        ids.push(
          (await as<any>("officer", REGISTER, { i: letter({ content: text(village, tail) }) })).registerReport.id,
        );
      }
      const PROPOSAL = `proposal { flags templatedWith { report { id } } templatedCopies { similarity report { id } } }`;
      const first = (await as<any>("officer", `query($id: ID!) { report(id: $id) { ${PROPOSAL} } }`, { id: ids[0] }))
        .report.proposal;
      expect(first.templatedWith).toEqual([]);
      expect(first.templatedCopies.map((c: any) => c.report.id)).toEqual([ids[1], ids[2]]);
      for (const c of first.templatedCopies) expect(c.similarity).toBeGreaterThanOrEqual(0.6);
      expect(first.flags).toContain("TEMPLATED");
      const last = (await as<any>("officer", `query($id: ID!) { report(id: $id) { ${PROPOSAL} } }`, { id: ids[2] }))
        .report.proposal;
      expect(last.templatedCopies).toEqual([]);
      expect(last.templatedWith.map((t: any) => t.report.id)).toEqual(expect.arrayContaining([ids[0], ids[1]]));
    });
  });
});
