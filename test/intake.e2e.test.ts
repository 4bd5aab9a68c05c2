import { randomUUID } from "node:crypto";
import { GraphQLClient } from "graphql-request";
import { WorkingCalendar, beijingDate } from "@prp/kit";
import { startTestPlatform, failure, type TestPlatform } from "./support/platform";

/**
 * Intake (受理) through the gateway, as a client app would: registration on the four channels,
 * forwarded items and same-day signing, urgent escalation, 辨查商定 triage and routing,
 * 双向移交 with the liaison mapping, the public form, reporter protection and deadlines.
 *
 * The intake subgraph may seed demo reports at first start: every assertion here works on the
 * reports this file creates (ids, count deltas), never on an empty register.
 */
describe(`intake through the gateway (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let p: TestPlatform;
  const token: Record<string, string> = {};
  let cal: WorkingCalendar;
  let today: string;
  let baselineStats: any;

  /** Every report this file registered (successfully), for the statistics deltas. */
  const mine: { id: string; channel: string; receivedAt: string; realName: boolean; origin: string }[] = [];
  /** Scope given at 辨 to reports of this file. */
  const scopeOf = new Map<string, string>();

  const DAY = 86_400_000;
  const SERIAL_RE = /^\d{4}-\d{6}$/;
  const seq = (serial: string) => Number(serial.slice(5));
  const daysAgo = (n: number) => beijingDate(new Date(Date.now() - n * DAY));
  const rnd = () =>
    randomUUID()
      .replace(/[^a-f]/g, "")
      .slice(0, 8);

  const as = <T = any>(user: string | null, query: string, variables: Record<string, unknown> = {}) =>
    p.client(user ? token[user] : undefined).request<T>(query, variables);

  const REPORT = `
    id serial status statusLabel channel origin realName category summary receivedAt signedAt signLate waitingHours
    forwardingAuthority forwardingReference scope flags isRepeat disposition decisionDueDate acceptanceDueDate acceptanceNoticeAt
    receivedBy { id displayName } signedBy { id displayName }
    channelDetails { visitorCount receivingStaff callerNumber callTime postmarkDate submittedAt }
    acceptanceNotice { dueDate workingDaysLeft overdue }
    acceptOrTransferDeadline { dueDate workingDaysLeft overdue }
    handlingDepartment { id name } copyToDepartment { id name }
    steps { step actorName summary }
  `;
  const TRIAGE = `
    triageInfo {
      nextSteps reopenCount
      distinguish { scope note competentDepartment { id name } }
      check { flags repeatOf templatedWith note }
      consult { participants minutes }
      decision { disposition dueDate opinion handlingDepartment { id name kind } copyToDepartment { id name } }
    }
  `;

  const reportsTotal = async () =>
    (await as<any>("officer", `{ reports(limit: 1) { total } }`)).reports.total as number;
  const getReport = async (id: string, fields = REPORT, user = "officer") =>
    (await as<any>(user, `query($id: ID!) { report(id: $id) { ${fields} } }`, { id })).report;

  /** A valid registration on a channel, with its required fields. */
  function input(channel: string, extra: Record<string, unknown> = {}): Record<string, any> {
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    const channelFields: Record<string, Record<string, unknown>> = {
      LETTER: { postmarkDate: daysAgo(3) },
      VISIT: { visitorCount: 2, receivingStaff: ["李娜", "赵磊"] },
      ONLINE: { submittedAt: hourAgo },
      PHONE: { callerNumber: "13912345678", callTime: hourAgo },
    };
    return {
      channel,
      category: "INTEGRITY_DISCIPLINE",
      summary: `反映某村干部优亲厚友问题（${channel}）`,
      content: `反映某村党支部书记在低保评定中优亲厚友，将不符合条件的亲属纳入低保，群众意见较大。${rnd()}`,
      reporter: { realName: false },
      ...channelFields[channel],
      ...extra,
    };
  }

  async function register(
    user: string,
    i: Record<string, unknown>,
    idempotencyKey?: string,
    fields = REPORT,
  ): Promise<any> {
    const r = (
      await as<any>(
        user,
        `mutation($i: RegisterReportInput!, $k: String) { registerReport(input: $i, idempotencyKey: $k) { ${fields} } }`,
        { i, k: idempotencyKey ?? null },
      )
    ).registerReport;
    if (!mine.some((m) => m.id === r.id)) {
      mine.push({
        id: r.id,
        channel: String(i.channel),
        receivedAt: String(i.receivedAt ?? new Date().toISOString()),
        realName: !!(i.reporter as any)?.realName,
        origin: String(i.origin ?? "SELF_RECEIVED"),
      });
    }
    return r;
  }

  const distinguish = (user: string, id: string, inp: Record<string, unknown>) =>
    as<any>(
      user,
      `mutation($id: ID!, $i: DistinguishInput!) { distinguishReport(id: $id, input: $i) { id status scope } }`,
      { id, i: inp },
    ).then((r) => {
      scopeOf.set(id, r.distinguishReport.scope);
      return r.distinguishReport;
    });
  const check = (user: string, id: string, inp: Record<string, unknown> = { flags: [] }) =>
    as<any>(user, `mutation($id: ID!, $i: CheckInput!) { checkReport(id: $id, input: $i) { ${REPORT} ${TRIAGE} } }`, {
      id,
      i: inp,
    }).then((r) => r.checkReport);
  const consult = (user: string, id: string, inp: Record<string, unknown>) =>
    as<any>(user, `mutation($id: ID!, $i: ConsultInput!) { consultReport(id: $id, input: $i) { id status } }`, {
      id,
      i: inp,
    }).then((r) => r.consultReport);
  const decide = (user: string, id: string, inp: Record<string, unknown>) =>
    as<any>(user, `mutation($id: ID!, $i: DecideInput!) { decideReport(id: $id, input: $i) { ${REPORT} ${TRIAGE} } }`, {
      id,
      i: inp,
    }).then((r) => r.decideReport);
  const reopen = (user: string, id: string, reason: string, redoFrom?: string) =>
    as<any>(
      user,
      `mutation($id: ID!, $r: String!, $f: TriageStep) { reopenReport(id: $id, reason: $r, redoFrom: $f) { ${REPORT} ${TRIAGE} } }`,
      { id, r: reason, f: redoFrom ?? null },
    ).then((r) => r.reopenReport);

  /** All intake events, page by page (the demo data may have published some). */
  async function allEvents(
    user = "admin",
  ): Promise<{ position: number; type: string; payload: any; eventId: string }[]> {
    const out: any[] = [];
    let after = 0;
    for (;;) {
      const page = (
        await as<any>(
          user,
          `query($a: Int!) { intakeEvents(after: $a, limit: 1000) { position type payload eventId } }`,
          { a: after },
        )
      ).intakeEvents;
      out.push(...page.map((e: any) => ({ ...e, payload: JSON.parse(e.payload) })));
      if (page.length < 1000) return out;
      after = page[page.length - 1].position;
    }
  }

  const stats = async (user = "analyst") => {
    const year = today.slice(0, 4);
    return (
      await as<any>(
        user,
        `query($f: String!, $t: String!) { period(from: $f, to: $t) { from to intake { total byChannel { key count } byScope { key count } realNameShare lateSignForCount forwardedCount } } }`,
        { f: `${year}-01-01`, t: `${year}-12-31` },
      )
    ).period.intake;
  };
  const countOf = (list: { key: string; count: number }[], key: string) => list.find((x) => x.key === key)?.count ?? 0;

  // directory look-ups
  let users: Record<string, { id: string; displayName: string }> = {};
  let townCommittee: { id: string; name: string };
  let supervisionOffice: { id: string; name: string };
  let housingBureau: { id: string; name: string };
  let otherOffice: { id: string; name: string };
  let civilAffairs: { id: string; name: string };

  beforeAll(async () => {
    // as behind a reverse proxy: X-Forwarded-For names the client (absent, the socket address counts)
    p = await startTestPlatform({ TRUST_PROXY: "loopback" });
    // Intake's own work is under test: case handling would take decided reports over (ROUTED) at its
    // own pace and so race the reopen tests; it is stopped (its own tests run it with intake).
    await p.platform.stopSubgraph("cases");
    for (const u of ["admin", "officer", "officer2", "leader", "leader2", "analyst", "trainee", "handler"])
      token[u] = await p.login(u);
    const overrides = (await as<any>("officer", `{ calendarOverrides { date working } }`)).calendarOverrides;
    cal = new WorkingCalendar(overrides);
    today = beijingDate(new Date());

    const u = await as<any>("admin", `{ users(limit: 100) { items { id username displayName roles } } }`);
    users = Object.fromEntries(u.users.items.map((x: any) => [x.username, x]));
    const d = await as<any>(
      "admin",
      `{ departments(kinds: [TOWN_COMMITTEE, SUPERVISION_OFFICE, COMPETENT_DEPARTMENT], limit: 100) { items { id code name kind } } }`,
    );
    const byCode = (code: string) => d.departments.items.find((x: any) => x.code === code);
    townCommittee = d.departments.items.find((x: any) => x.kind === "TOWN_COMMITTEE");
    supervisionOffice = byCode("JJS01");
    otherOffice = byCode("JJS05");
    housingBureau = d.departments.items.find(
      (x: any) => x.kind === "COMPETENT_DEPARTMENT" && x.name === "市住房和城乡建设局",
    );
    civilAffairs = d.departments.items.find((x: any) => x.kind === "COMPETENT_DEPARTMENT" && x.name === "市民政局");
    for (const x of [townCommittee, supervisionOffice, otherOffice, housingBureau, civilAffairs])
      expect(x?.id).toEqual(expect.any(String));
    baselineStats = await stats();
  }, 240_000);
  afterAll(() => p?.stop());

  // ---------------------------------------------------------------------------------------
  describe("registration on the four channels", () => {
    const missing: Record<string, { field: string; message: RegExp }[]> = {
      LETTER: [{ field: "postmarkDate", message: /请填写邮戳日期/ }],
      VISIT: [
        { field: "visitorCount", message: /请填写来访人数/ },
        { field: "receivingStaff", message: /请填写接待人员/ },
      ],
      ONLINE: [{ field: "submittedAt", message: /请填写网上提交时间/ }],
      PHONE: [
        { field: "callerNumber", message: /请填写来电号码/ },
        { field: "callTime", message: /请填写来电时间/ },
      ],
    };

    it("registers each channel with its required fields; a missing one is refused in Chinese and writes nothing; serials are consecutive", async () => {
      const serials: string[] = [];
      for (const channel of ["LETTER", "VISIT", "ONLINE", "PHONE"]) {
        for (const m of missing[channel]) {
          const before = await reportsTotal();
          const bad = input(channel);
          delete bad[m.field];
          const r = await failure(register("officer", bad));
          expect(r.code).toBe("BAD_USER_INPUT");
          expect(r.message).toMatch(m.message);
          expect(await reportsTotal()).toBe(before);
        }
        const before = await reportsTotal();
        const r = await register("officer", input(channel));
        expect(await reportsTotal()).toBe(before + 1);
        expect(r).toMatchObject({
          channel,
          origin: "SELF_RECEIVED",
          status: "REGISTERED",
          statusLabel: "已登记",
          realName: false,
          signLate: false,
          waitingHours: null,
          acceptOrTransferDeadline: null,
        });
        expect(r.serial).toMatch(SERIAL_RE);
        expect(r.serial.slice(0, 4)).toBe(today.slice(0, 4));
        expect(r.receivedBy).toEqual({ id: users.officer.id, displayName: "李娜" });
        expect(r.steps).toEqual([expect.objectContaining({ step: "REGISTER", actorName: "李娜" })]);
        expect(r.steps[0].summary).toContain(r.serial);
        serials.push(r.serial);

        const cd = r.channelDetails;
        if (channel === "LETTER")
          expect(cd).toMatchObject({
            postmarkDate: daysAgo(3),
            visitorCount: null,
            callerNumber: null,
            submittedAt: null,
          });
        if (channel === "VISIT")
          expect(cd).toMatchObject({ visitorCount: 2, receivingStaff: ["李娜", "赵磊"], postmarkDate: null });
        if (channel === "ONLINE") expect(cd.submittedAt).toEqual(expect.any(String));
        // the caller's number is personal data: masked like a reporter's phone
        if (channel === "PHONE")
          expect(cd).toMatchObject({ callerNumber: "139****5678", callTime: expect.any(String) });
      }
      // failed registrations took no number: the four serials follow each other
      for (let i = 1; i < serials.length; i++) expect(seq(serials[i])).toBe(seq(serials[i - 1]) + 1);
    });

    it("refuses other bad registrations: a future call time, a malformed number, an unknown category", async () => {
      const before = await reportsTotal();
      const future = await failure(
        register("officer", input("PHONE", { callTime: new Date(Date.now() + 3 * 3600_000).toISOString() })),
      );
      expect(future.code).toBe("BAD_USER_INPUT");
      expect(future.message).toMatch(/来电时间不能晚于当前时间/);
      const badNumber = await failure(register("officer", input("PHONE", { callerNumber: "12345" })));
      expect(badNumber.code).toBe("BAD_USER_INPUT");
      expect(badNumber.message).toMatch(/来电号码格式不正确/);
      const category = await failure(register("officer", input("LETTER", { category: "NO_SUCH_CATEGORY" })));
      expect(category.code).toBe("BAD_USER_INPUT");
      expect(category.message).toMatch(/问题类别/);
      const realNameWithoutContact = await failure(
        register("officer", input("VISIT", { reporter: { realName: true, name: "张三" } })),
      );
      expect(realNameWithoutContact.code).toBe("BAD_USER_INPUT");
      expect(realNameWithoutContact.message).toMatch(/联系方式/);
      expect(await reportsTotal()).toBe(before);
    });

    it("finds reports by serial or summary, taking % and _ literally", async () => {
      const tag = rnd();
      const r = await register(
        "officer",
        input("LETTER", { summary: `工程款仅支付50%_余款拖欠${tag}` }),
        undefined,
        "id serial",
      );
      const found = async (s: string) =>
        (
          await as<any>("analyst", `query($s: String) { reports(search: $s, limit: 100) { total items { id } } }`, {
            s,
          })
        ).reports;
      expect((await found(r.serial)).items).toEqual([{ id: r.id }]);
      expect((await found(`50%_余款拖欠${tag}`)).items).toEqual([{ id: r.id }]);
      expect((await found(`支付50%_余`)).items).toContainEqual({ id: r.id });
      // as wildcards, "_" and "%" would match any character here
      expect((await found(`支付5_%_余款拖欠${tag}`)).items).toEqual([]);
      expect((await found(`仅_付50`)).items).not.toContainEqual({ id: r.id });
    });
  });

  // ---------------------------------------------------------------------------------------
  describe("forwarded items from a higher commission", () => {
    let lateId: string;

    it("lists an item received two days ago as unsigned and late, refuses triage before signing, and records a late signature", async () => {
      const receivedAt = new Date(Date.now() - 2 * DAY);
      const r = await register(
        "officer",
        input("LETTER", {
          origin: "FORWARDED_FROM_SUPERIOR",
          forwardingAuthority: "青岛市纪委监委",
          forwardingReference: `青纪转〔${today.slice(0, 4)}〕${rnd()}号`,
          receivedAt: receivedAt.toISOString(),
          postmarkDate: daysAgo(4),
        }),
      );
      lateId = r.id;
      expect(r).toMatchObject({
        status: "UNSIGNED",
        origin: "FORWARDED_FROM_SUPERIOR",
        forwardingAuthority: "青岛市纪委监委",
        signedAt: null,
        signedBy: null,
      });

      const unsigned = (
        await as<any>(
          "officer",
          `{ unsignedReports { id serial waitingHours signLate acceptOrTransferDeadline { dueDate workingDaysLeft overdue } } }`,
        )
      ).unsignedReports;
      const listed = unsigned.find((x: any) => x.id === lateId);
      expect(listed).toBeDefined();
      expect(listed.waitingHours).toBeGreaterThanOrEqual(24);
      expect(listed.waitingHours).toBeLessThan(49);
      expect(listed.signLate).toBe(true);
      // Art. 16: accepted or transferred within 5 working days of receipt
      expect(listed.acceptOrTransferDeadline.dueDate).toBe(cal.addWorkingDays(beijingDate(receivedAt), 5));
      expect(listed.acceptOrTransferDeadline.workingDaysLeft).toBe(
        cal.workingDaysBetween(today, listed.acceptOrTransferDeadline.dueDate),
      );

      const early = await failure(distinguish("officer", lateId, { scope: "IN_SCOPE" }));
      expect(early.code).toBe("CONFLICT");
      expect(early.message).toMatch(/签收/);
      expect((await getReport(lateId)).status).toBe("UNSIGNED");

      const signed = (
        await as<any>("officer", `mutation($id: ID!) { signReport(id: $id) { ${REPORT} } }`, { id: lateId })
      ).signReport;
      expect(signed.status).toBe("REGISTERED");
      expect(signed.signedBy).toEqual({ id: users.officer.id, displayName: "李娜" });
      expect(signed.signedAt).toEqual(expect.any(String));
      expect(signed.signLate).toBe(true);
      expect(signed.waitingHours).toBeGreaterThanOrEqual(24);
      const sign = signed.steps.filter((s: any) => s.step === "SIGN");
      expect(sign).toHaveLength(1);
      expect(sign[0]).toMatchObject({ actorName: "李娜" });
      expect(sign[0].summary).toContain("未能当天签收");

      const after = (await as<any>("officer", `{ unsignedReports { id } }`)).unsignedReports;
      expect(after.some((x: any) => x.id === lateId)).toBe(false);
      expect(
        (await failure(as("officer", `mutation($id: ID!) { signReport(id: $id) { id } }`, { id: lateId }))).code,
      ).toBe("CONFLICT");
      // now triage may start
      await expect(distinguish("officer", lateId, { scope: "IN_SCOPE" })).resolves.toMatchObject({
        status: "DISTINGUISHED",
      });
    });

    it("signs an item that arrived today as on time", async () => {
      const r = await register(
        "officer2",
        input("PHONE", {
          origin: "ASSIGNED_BY_SUPERIOR",
          forwardingAuthority: "山东省纪委监委",
          forwardingReference: `鲁纪交${rnd()}`,
        }),
      );
      expect(r.status).toBe("UNSIGNED");
      const signed = (
        await as<any>(
          "leader",
          `mutation($id: ID!) { signReport(id: $id) { signLate signedBy { displayName } steps { step summary } } }`,
          { id: r.id },
        )
      ).signReport;
      expect(signed.signLate).toBe(false);
      expect(signed.signedBy.displayName).toBe("王建国");
      expect(signed.steps.find((s: any) => s.step === "SIGN").summary).toBe("当天签收");
    });

    it("records the higher authority's due date (上级交办期限) at registration or sign-for, only for items from above", async () => {
      const own = await failure(register("officer", input("LETTER", { authorityDueDate: "2099-01-31" })));
      expect(own.code).toBe("BAD_USER_INPUT");
      expect(own.message).toMatch(/只有上级转送件、交办件才有上级交办期限/);
      const bad = await failure(
        register(
          "officer",
          input("LETTER", {
            origin: "ASSIGNED_BY_SUPERIOR",
            forwardingAuthority: "青岛市纪委监委",
            forwardingReference: `青纪交${rnd()}`,
            authorityDueDate: "2099-02-30",
          }),
        ),
      );
      expect(bad.code).toBe("BAD_USER_INPUT");
      const registered = await register(
        "officer",
        input("LETTER", {
          origin: "FORWARDED_FROM_SUPERIOR",
          forwardingAuthority: "青岛市纪委监委",
          forwardingReference: `青纪转${rnd()}`,
          authorityDueDate: "2099-01-31",
        }),
      );
      const read = `query($id: ID!) { report(id: $id) { authorityDueDate forwardingReference } }`;
      expect((await as<any>("officer", read, { id: registered.id })).report.authorityDueDate).toBe("2099-01-31");

      const later = await register(
        "officer",
        input("LETTER", {
          origin: "ASSIGNED_BY_SUPERIOR",
          forwardingAuthority: "山东省纪委监委",
          forwardingReference: `鲁纪交${rnd()}`,
        }),
      );
      const sign = `mutation($id: ID!, $i: SignForInput) { signReport(id: $id, input: $i) { authorityDueDate steps { step summary } } }`;
      expect((await failure(as("officer", sign, { id: later.id, i: { authorityDueDate: "31.01.2099" } }))).code).toBe(
        "BAD_USER_INPUT",
      );
      const signed = (await as<any>("officer", sign, { id: later.id, i: { authorityDueDate: "2099-03-15" } }))
        .signReport;
      expect(signed.authorityDueDate).toBe("2099-03-15");
      expect(signed.steps.find((s: any) => s.step === "SIGN").summary).toMatch(/上级交办期限 2099-03-15/);
    });

    it("refuses a forwarded item without the forwarding authority or reference, and a self-received item cannot be signed", async () => {
      const before = await reportsTotal();
      const noAuthority = await failure(
        register("officer", input("LETTER", { origin: "FORWARDED_FROM_SUPERIOR", forwardingReference: "青纪转1号" })),
      );
      expect(noAuthority.code).toBe("BAD_USER_INPUT");
      expect(noAuthority.message).toMatch(/转办机关/);
      const noReference = await failure(
        register(
          "officer",
          input("LETTER", { origin: "FORWARDED_FROM_SUPERIOR", forwardingAuthority: "青岛市纪委监委" }),
        ),
      );
      expect(noReference.code).toBe("BAD_USER_INPUT");
      expect(noReference.message).toMatch(/转办编号/);
      const blank = await failure(
        register(
          "officer",
          input("LETTER", { origin: "ASSIGNED_BY_SUPERIOR", forwardingAuthority: "  ", forwardingReference: "  " }),
        ),
      );
      expect(blank.code).toBe("BAD_USER_INPUT");
      expect(await reportsTotal()).toBe(before);

      const own = await register("officer", input("VISIT"));
      expect(
        (await failure(as("officer", `mutation($id: ID!) { signReport(id: $id) { id } }`, { id: own.id }))).code,
      ).toBe("CONFLICT");
    });
  });

  // ---------------------------------------------------------------------------------------
  describe("urgent escalation to a leader", () => {
    it("goes to the named leader, who amends it with an opinion; one decision only", async () => {
      const leaders = (await as<any>("admin", `{ users(role: LEADER) { items { id username displayName } } }`)).users
        .items;
      const leader = leaders.find((u: any) => u.username === "leader");
      expect(leader).toBeDefined();
      const r = await register("officer", input("VISIT", { summary: "群众反映某镇拖欠工程款可能引发群体性事件" }));

      const toOfficer = await failure(
        as(
          "officer",
          `mutation($id: ID!, $l: ID!) { escalateReport(id: $id, leaderId: $l, draftOpinion: "拟转姜山镇纪委") { id } }`,
          { id: r.id, l: users.officer2.id },
        ),
      );
      expect(toOfficer.code).toBe("BAD_USER_INPUT");
      expect(toOfficer.message).toMatch(/不是委领导/);
      const noOpinion = await failure(
        as(
          "officer",
          `mutation($id: ID!, $l: ID!) { escalateReport(id: $id, leaderId: $l, draftOpinion: "  ") { id } }`,
          { id: r.id, l: leader.id },
        ),
      );
      expect(noOpinion.code).toBe("BAD_USER_INPUT");

      const ESC = `id status draftOpinion leaderOpinion leader { displayName } draftedBy { displayName } decidedBy { displayName } report { id serial }`;
      const esc = (
        await as<any>(
          "officer",
          `mutation($id: ID!, $l: ID!) { escalateReport(id: $id, leaderId: $l, draftOpinion: "拟交办属地镇纪委，三日内核实") { ${ESC} } }`,
          { id: r.id, l: leader.id },
        )
      ).escalateReport;
      expect(esc).toMatchObject({
        status: "PENDING",
        draftOpinion: "拟交办属地镇纪委，三日内核实",
        leaderOpinion: null,
        leader: { displayName: "王建国" },
        draftedBy: { displayName: "李娜" },
        decidedBy: null,
        report: { id: r.id, serial: r.serial },
      });
      const again = await failure(
        as(
          "officer",
          `mutation($id: ID!, $l: ID!) { escalateReport(id: $id, leaderId: $l, draftOpinion: "再次呈批") { id } }`,
          { id: r.id, l: leader.id },
        ),
      );
      expect(again.code).toBe("CONFLICT");

      const pending = (await as<any>("leader", `{ myPendingEscalations { id draftOpinion report { id } } }`))
        .myPendingEscalations;
      expect(pending).toContainEqual({
        id: esc.id,
        draftOpinion: "拟交办属地镇纪委，三日内核实",
        report: { id: r.id },
      });
      const others = (await as<any>("leader2", `{ myPendingEscalations { id } }`)).myPendingEscalations;
      expect(others.some((e: any) => e.id === esc.id)).toBe(false);
      expect((await failure(as("officer", `{ myPendingEscalations { id } }`))).code).toBe("FORBIDDEN");

      const byOfficer = await failure(
        as("officer", `mutation($id: ID!) { decideEscalation(id: $id, approve: true) { id } }`, { id: esc.id }),
      );
      expect(byOfficer.code).toBe("FORBIDDEN");
      const withoutOpinion = await failure(
        as("leader", `mutation($id: ID!) { decideEscalation(id: $id, approve: false) { id } }`, { id: esc.id }),
      );
      expect(withoutOpinion.code).toBe("BAD_USER_INPUT");
      expect(withoutOpinion.message).toMatch(/意见/);

      const decided = (
        await as<any>(
          "leader",
          `mutation($id: ID!) { decideEscalation(id: $id, approve: false, opinion: "改为交办，两日内报结果") { ${ESC} decidedAt } }`,
          { id: esc.id },
        )
      ).decideEscalation;
      expect(decided).toMatchObject({
        status: "AMENDED",
        leaderOpinion: "改为交办，两日内报结果",
        decidedBy: { displayName: "王建国" },
      });
      expect(decided.decidedAt).toEqual(expect.any(String));
      const twice = await failure(
        as("leader", `mutation($id: ID!) { decideEscalation(id: $id, approve: true) { id } }`, { id: esc.id }),
      );
      expect(twice.code).toBe("CONFLICT");

      const pendingAfter = (await as<any>("leader", `{ myPendingEscalations { id } }`)).myPendingEscalations;
      expect(pendingAfter.some((e: any) => e.id === esc.id)).toBe(false);
      const rep = await getReport(r.id, `escalations { id status } steps { step actorName summary }`);
      expect(rep.escalations).toEqual([{ id: esc.id, status: "AMENDED" }]);
      expect(rep.steps.map((s: any) => s.step)).toEqual(["REGISTER", "ESCALATE", "ESCALATION_DECIDED"]);
      expect(rep.steps[2]).toMatchObject({ actorName: "王建国" });
      expect(rep.steps[2].summary).toContain("改为交办，两日内报结果");
    });
  });

  // ---------------------------------------------------------------------------------------
  describe("辨、查、商、定 triage", () => {
    let assignedId: string;

    it("runs the four steps in order, refuses skipping, repeating and an officer's decision, and records who did what", async () => {
      const r = await register("officer", input("LETTER", { summary: "反映某镇财政所长违规发放津补贴" }));
      assignedId = r.id;
      expect((await getReport(r.id, TRIAGE)).triageInfo).toMatchObject({
        nextSteps: ["DISTINGUISH"],
        distinguish: null,
        decision: null,
        reopenCount: 0,
      });

      const checkFirst = await failure(check("officer", r.id));
      expect(checkFirst.code).toBe("CONFLICT");
      expect(checkFirst.message).toMatch(/顺序/);
      const inScopeWithDept = await failure(
        distinguish("officer", r.id, { scope: "IN_SCOPE", competentDepartmentId: housingBureau.id }),
      );
      expect(inScopeWithDept.code).toBe("BAD_USER_INPUT");

      expect(await distinguish("officer", r.id, { scope: "IN_SCOPE", note: "涉嫌违反廉洁纪律" })).toMatchObject({
        status: "DISTINGUISHED",
        scope: "IN_SCOPE",
      });
      const again = await failure(distinguish("officer", r.id, { scope: "IN_SCOPE" }));
      expect(again.code).toBe("CONFLICT");
      expect(again.message).toMatch(/已完成/);
      const decideEarly = await failure(decide("leader", r.id, { disposition: "TALK_OR_LETTER_INQUIRY" }));
      expect(decideEarly.code).toBe("CONFLICT");
      const consultEarly = await failure(
        consult("officer", r.id, { participants: ["信访室", "案管室"], minutes: "会商" }),
      );
      expect(consultEarly.code).toBe("CONFLICT");

      const checked = await check("officer2", r.id, { flags: [], note: "未发现贴牌、重复" });
      expect(checked.status).toBe("CHECKED");
      expect(checked.triageInfo.nextSteps).toEqual(["CONSULT", "DECIDE"]);
      expect((await failure(check("officer", r.id))).code).toBe("CONFLICT");

      const lonely = await failure(consult("officer", r.id, { participants: ["信访室"], minutes: "独自会商" }));
      expect(lonely.code).toBe("BAD_USER_INPUT");
      expect(lonely.message).toMatch(/至少两个/);
      const noMinutes = await failure(consult("officer", r.id, { participants: ["信访室", "案管室"], minutes: "   " }));
      expect(noMinutes.code).toBe("BAD_USER_INPUT");
      expect(
        await consult("officer", r.id, {
          participants: ["信访室 李娜", "案件监督管理室 周洋", "第一纪检监察室"],
          minutes: "问题具体，建议交办属地镇纪委核实",
        }),
      ).toMatchObject({ status: "CONSULTED" });
      expect(
        (await failure(consult("officer", r.id, { participants: ["信访室", "案管室"], minutes: "再次会商" }))).code,
      ).toBe("CONFLICT");

      const byOfficer = await failure(
        decide("officer", r.id, {
          disposition: "ASSIGN_DOWN",
          handlingDepartmentId: townCommittee.id,
          dueDate: daysAgo(-30),
        }),
      );
      expect(byOfficer.code).toBe("FORBIDDEN");
      const pastDue = await failure(
        decide("leader", r.id, {
          disposition: "ASSIGN_DOWN",
          handlingDepartmentId: townCommittee.id,
          dueDate: daysAgo(1),
        }),
      );
      expect(pastDue.code).toBe("BAD_USER_INPUT");
      expect(pastDue.message).toMatch(/早于今天/);
      const nextYear = Number(today.slice(0, 4)) + 1;
      for (const impossible of [`${nextYear}-13-01`, `${nextYear}-12-32`, `${nextYear}-02-30`]) {
        const bad = await failure(
          decide("leader", r.id, {
            disposition: "ASSIGN_DOWN",
            handlingDepartmentId: townCommittee.id,
            dueDate: impossible,
          }),
        );
        expect({ impossible, code: bad.code }).toEqual({ impossible, code: "BAD_USER_INPUT" });
        expect(bad.message).toMatch(/日期/);
      }
      const noUnit = await failure(decide("leader", r.id, { disposition: "ASSIGN_DOWN", dueDate: daysAgo(-30) }));
      expect(noUnit.code).toBe("BAD_USER_INPUT");
      const transferInScope = await failure(
        decide("leader", r.id, { disposition: "TRANSFER_TO_DEPARTMENT", handlingDepartmentId: housingBureau.id }),
      );
      expect(transferInScope.code).toBe("BAD_USER_INPUT");
      expect((await getReport(r.id)).status).toBe("CONSULTED");

      const due = daysAgo(-30);
      const decided = await decide("leader", r.id, {
        disposition: "ASSIGN_DOWN",
        handlingDepartmentId: townCommittee.id,
        dueDate: due,
        opinion: "交办属地纪委核实，按期报送办结报告",
      });
      expect(decided).toMatchObject({
        status: "DECIDED",
        disposition: "ASSIGN_DOWN",
        decisionDueDate: due,
        handlingDepartment: { id: townCommittee.id, name: townCommittee.name },
        copyToDepartment: null,
      });
      expect(decided.triageInfo).toMatchObject({
        nextSteps: [],
        reopenCount: 0,
        distinguish: { scope: "IN_SCOPE", note: "涉嫌违反廉洁纪律", competentDepartment: null },
        check: { flags: [], repeatOf: [], templatedWith: [], note: "未发现贴牌、重复" },
        consult: {
          participants: ["信访室 李娜", "案件监督管理室 周洋", "第一纪检监察室"],
          minutes: "问题具体，建议交办属地镇纪委核实",
        },
        decision: {
          disposition: "ASSIGN_DOWN",
          dueDate: due,
          opinion: "交办属地纪委核实，按期报送办结报告",
          handlingDepartment: { id: townCommittee.id, name: townCommittee.name, kind: "TOWN_COMMITTEE" },
          copyToDepartment: null,
        },
      });
      expect(decided.steps.map((s: any) => [s.step, s.actorName])).toEqual([
        ["REGISTER", "李娜"],
        ["DISTINGUISH", "李娜"],
        ["CHECK", "赵磊"],
        ["CONSULT", "李娜"],
        ["DECIDE", "王建国"],
      ]);
      expect(decided.steps[4].summary).toContain("交办属地纪委核实");
      expect((await failure(decide("leader2", r.id, { disposition: "HOLD" }))).code).toBe("CONFLICT");
    });

    it("lets only a leader reopen a decision, with a reason; the report goes back to the last step before 定", async () => {
      const byOfficer = await failure(reopen("officer", assignedId, "需要重新研判"));
      expect(byOfficer.code).toBe("FORBIDDEN");
      const noReason = await failure(reopen("leader", assignedId, "   "));
      expect(noReason.code).toBe("BAD_USER_INPUT");
      expect((await getReport(assignedId)).status).toBe("DECIDED");

      const reopened = await reopen("leader2", assignedId, "问题线索涉及科级干部，改由纪检监察室初核");
      expect(reopened).toMatchObject({
        status: "CONSULTED",
        disposition: null,
        handlingDepartment: null,
        decisionDueDate: null,
      });
      expect(reopened.triageInfo).toMatchObject({
        reopenCount: 1,
        nextSteps: ["DECIDE"],
        decision: null,
        consult: { minutes: "问题具体，建议交办属地镇纪委核实" },
      });
      const last = reopened.steps[reopened.steps.length - 1];
      expect(last).toMatchObject({ step: "REOPEN", actorName: "刘秀英" });
      expect(last.summary).toContain("改由纪检监察室初核");

      const redecided = await decide("leader2", assignedId, {
        disposition: "PRELIMINARY_VERIFICATION",
        handlingDepartmentId: supervisionOffice.id,
      });
      expect(redecided).toMatchObject({
        status: "DECIDED",
        disposition: "PRELIMINARY_VERIFICATION",
        decisionDueDate: null,
        handlingDepartment: { id: supervisionOffice.id, name: "第一纪检监察室" },
      });
      expect(redecided.triageInfo.decision).toMatchObject({
        disposition: "PRELIMINARY_VERIFICATION",
        handlingDepartment: { kind: "SUPERVISION_OFFICE" },
      });
    });

    it("allows 定 straight after 查 (商 is optional) and a reopen then returns to CHECKED", async () => {
      const r = await register("officer", input("ONLINE"));
      await distinguish("officer", r.id, { scope: "IN_SCOPE" });
      await check("officer", r.id);
      const decided = await decide("leader", r.id, {
        disposition: "TALK_OR_LETTER_INQUIRY",
        handlingDepartmentId: supervisionOffice.id,
        opinion: "函询",
      });
      expect(decided.status).toBe("DECIDED");
      expect(decided.triageInfo.consult).toBeNull();
      const reopened = await reopen("leader", r.id, "补充细查");
      expect(reopened.status).toBe("CHECKED");
      expect(reopened.triageInfo.nextSteps).toEqual(["CONSULT", "DECIDE"]);
      // reopening from 查 clears 查 as well
      await decide("leader", r.id, { disposition: "HOLD" });
      const fromCheck = await reopen("leader", r.id, "重新细查", "CHECK");
      expect(fromCheck.status).toBe("DISTINGUISHED");
      expect(fromCheck.triageInfo).toMatchObject({ check: null, reopenCount: 2, nextSteps: ["CHECK"] });
    });
  });

  // ---------------------------------------------------------------------------------------
  describe("out-of-scope transfer (双向移交)", () => {
    let firstId: string;
    let secondId: string;
    let oldOffice: { id: string; name: string };

    it("copies the transfer to the competent department's current contact office", async () => {
      const liaison = (
        await as<any>("officer", `query($d: ID!) { liaisonFor(departmentId: $d) { contactOffice { id name } } }`, {
          d: housingBureau.id,
        })
      ).liaisonFor;
      oldOffice = liaison.contactOffice;
      expect(oldOffice?.id).toEqual(expect.any(String));

      const r = await register(
        "officer",
        input("LETTER", {
          category: "OTHER",
          summary: "反映小区物业维修资金使用不透明",
          content: `反映某小区物业公司挪用专项维修资金，住建部门监管不到位。${rnd()}`,
        }),
      );
      firstId = r.id;
      const noDept = await failure(distinguish("officer", r.id, { scope: "OUT_OF_SCOPE" }));
      expect(noDept.code).toBe("BAD_USER_INPUT");
      expect(noDept.message).toMatch(/主管部门/);
      const notCompetent = await failure(
        distinguish("officer", r.id, { scope: "OUT_OF_SCOPE", competentDepartmentId: supervisionOffice.id }),
      );
      expect(notCompetent.code).toBe("BAD_USER_INPUT");
      expect(notCompetent.message).toMatch(/不是主管部门/);
      expect((await getReport(r.id)).status).toBe("REGISTERED");

      await distinguish("officer", r.id, {
        scope: "OUT_OF_SCOPE",
        competentDepartmentId: housingBureau.id,
        note: "属住建部门职责",
      });
      await check("officer", r.id);
      const inScopeDisposition = await failure(decide("leader", r.id, { disposition: "CLOSE" }));
      expect(inScopeDisposition.code).toBe("BAD_USER_INPUT");
      const decided = await decide("leader", r.id, {
        disposition: "TRANSFER_TO_DEPARTMENT",
        opinion: "移送市住建局，抄送联系室跟踪",
      });
      expect(decided).toMatchObject({
        status: "DECIDED",
        scope: "OUT_OF_SCOPE",
        disposition: "TRANSFER_TO_DEPARTMENT",
        handlingDepartment: { id: housingBureau.id, name: "市住房和城乡建设局" },
        copyToDepartment: oldOffice,
      });
      expect(decided.triageInfo.distinguish.competentDepartment).toEqual({
        id: housingBureau.id,
        name: housingBureau.name,
      });
      expect(decided.triageInfo.decision).toMatchObject({
        handlingDepartment: { id: housingBureau.id },
        copyToDepartment: oldOffice,
      });
      expect(decided.steps[decided.steps.length - 1].summary).toContain(`抄送${oldOffice.name}`);
    });

    it("after the liaison mapping changes, a later transfer is copied to the new office and the earlier one keeps the old", async () => {
      const mappings = (
        await as<any>(
          "admin",
          `query($d: ID!, $on: String) { liaisonMappings(departmentId: $d, kind: CONTACT_OFFICE, currentOn: $on) { items { id liaisonDepartment { id } } } }`,
          { d: housingBureau.id, on: today },
        )
      ).liaisonMappings.items;
      expect(mappings).toHaveLength(1);
      expect(mappings[0].liaisonDepartment.id).toBe(oldOffice.id);
      const newOffice = otherOffice.id === oldOffice.id ? supervisionOffice : otherOffice;
      expect(newOffice.id).not.toBe(oldOffice.id);

      // a non-admin may not change the mapping
      expect(
        (
          await failure(
            as("leader", `mutation($id: ID!, $t: String!) { endLiaisonMapping(id: $id, validTo: $t) { id } }`, {
              id: mappings[0].id,
              t: daysAgo(1),
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");
      await as("admin", `mutation($id: ID!, $t: String!) { endLiaisonMapping(id: $id, validTo: $t) { validTo } }`, {
        id: mappings[0].id,
        t: daysAgo(1),
      });
      const created = (
        await as<any>(
          "admin",
          `mutation($i: LiaisonMappingInput!) { createLiaisonMapping(input: $i) { id current liaisonDepartment { id } } }`,
          {
            i: {
              departmentId: housingBureau.id,
              liaisonDepartmentId: newOffice.id,
              kind: "CONTACT_OFFICE",
              validFrom: today,
            },
          },
        )
      ).createLiaisonMapping;
      expect(created).toMatchObject({ current: true, liaisonDepartment: { id: newOffice.id } });
      const now = (
        await as<any>("officer", `query($d: ID!) { liaisonFor(departmentId: $d) { contactOffice { id } } }`, {
          d: housingBureau.id,
        })
      ).liaisonFor;
      expect(now.contactOffice.id).toBe(newOffice.id);

      const r = await register("officer2", input("PHONE", { category: "OTHER", summary: "反映建筑工地夜间施工扰民" }));
      secondId = r.id;
      await distinguish("officer2", r.id, { scope: "OUT_OF_SCOPE", competentDepartmentId: housingBureau.id });
      await check("officer2", r.id);
      const decided = await decide("leader", r.id, {
        disposition: "TRANSFER_TO_DEPARTMENT",
        handlingDepartmentId: housingBureau.id,
      });
      expect(decided.copyToDepartment).toEqual({ id: newOffice.id, name: newOffice.name });
      expect(decided.triageInfo.decision.copyToDepartment).toEqual({ id: newOffice.id, name: newOffice.name });

      const first = await getReport(firstId, `copyToDepartment { id name } ${TRIAGE}`);
      expect(first.copyToDepartment).toEqual(oldOffice);
      expect(first.triageInfo.decision.copyToDepartment).toEqual(oldOffice);
    });

    it("publishes a ReportRouted event with the routing facts, readable by an administrator only", async () => {
      expect(firstId && secondId && oldOffice).toBeTruthy();
      const events = await allEvents("admin");
      const positions = events.map((e) => e.position);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);

      const routed = events.filter((e) => e.type === "ReportRouted" && e.payload.reportId === firstId);
      expect(routed).toHaveLength(1);
      expect(routed[0].payload).toMatchObject({
        reportId: firstId,
        disposition: "TRANSFER_TO_DEPARTMENT",
        handlingDepartmentId: housingBureau.id,
        copyToDepartmentId: oldOffice.id,
        realName: false,
        gradeHint: "SIMPLE",
        decidedBy: users.leader.id,
      });
      expect(routed[0].payload.serial).toMatch(SERIAL_RE);
      const second = events.find((e) => e.type === "ReportRouted" && e.payload.reportId === secondId);
      expect(second?.payload).toMatchObject({
        copyToDepartmentId: expect.any(String),
        handlingDepartmentId: housingBureau.id,
        realName: false,
      });
      expect(second!.payload.copyToDepartmentId).not.toBe(oldOffice.id);

      const officer = await failure(as("officer", `{ intakeEvents(after: 0, limit: 10) { position } }`));
      expect(officer.code).toBe("FORBIDDEN");
      const analyst = await failure(as("analyst", `{ intakeEvents { position } }`));
      expect(analyst.code).toBe("FORBIDDEN");
      expect((await failure(as("admin", `{ intakeEvents(after: 0, limit: 5000) { position } }`))).code).toBe(
        "BAD_USER_INPUT",
      );
    });

    it("records the reopen and the new decision as events in order, with a COMPLEX grade hint after consultation", async () => {
      // the triage describe block decided, reopened and decided again one consulted report
      const events = await allEvents("admin");
      const reopened = events.filter((e) => e.type === "ReportReopened");
      expect(reopened.length).toBeGreaterThanOrEqual(1);
      const id = reopened.find((e) => /改由纪检监察室初核/.test(e.payload.reason))?.payload.reportId;
      expect(id).toEqual(expect.any(String));
      const own = events.filter((e) => e.payload.reportId === id);
      expect(own.map((e) => [e.type, e.payload.disposition])).toEqual([
        ["ReportRouted", "ASSIGN_DOWN"],
        ["ReportReopened", undefined],
        ["ReportRouted", "PRELIMINARY_VERIFICATION"],
      ]);
      expect(own[0].payload).toMatchObject({
        handlingDepartmentId: townCommittee.id,
        copyToDepartmentId: null,
        dueDate: daysAgo(-30),
        gradeHint: "COMPLEX",
        realName: false,
      });
      expect(own[2].payload).toMatchObject({
        handlingDepartmentId: supervisionOffice.id,
        dueDate: null,
        gradeHint: "COMPLEX",
        decidedBy: users.leader2.id,
      });
    });
  });

  // ---------------------------------------------------------------------------------------
  describe("idempotent retry", () => {
    it("registers once for the same idempotency key", async () => {
      const key = `retry-${randomUUID()}`;
      const before = await reportsTotal();
      const i = input("VISIT", { summary: "重试登记测试" });
      const a = await register("officer", i, key, "id serial");
      const b = await register("officer", i, key, "id serial steps { step }");
      expect(b.id).toBe(a.id);
      expect(b.serial).toBe(a.serial);
      expect(b.steps).toEqual([{ step: "REGISTER" }]);
      expect(await reportsTotal()).toBe(before + 1);

      const bad = await failure(register("officer", i, "short"));
      expect(bad.code).toBe("BAD_USER_INPUT");
      expect(bad.message).toMatch(/幂等键/);
      expect(await reportsTotal()).toBe(before + 1);
    });

    it("registers once when two retries arrive at the same time, and takes no serial for the loser", async () => {
      const key = `race-${randomUUID()}`;
      const before = await reportsTotal();
      const i = input("PHONE", { summary: "并发重试登记测试" });
      const [a, b] = await Promise.all([
        register("officer", i, key, "id serial"),
        register("officer", i, key, "id serial"),
      ]);
      expect(b).toEqual(a);
      expect(await reportsTotal()).toBe(before + 1);
      const next = await register("officer", input("LETTER"), undefined, "serial");
      expect(seq(next.serial)).toBe(seq(a.serial) + 1);
    });
  });

  // ---------------------------------------------------------------------------------------
  describe("reporter protection and deadlines of a real-name report", () => {
    let realId: string;
    const reporter = {
      realName: true,
      name: "张三",
      idNumber: "11010519491231002X",
      phone: "13812345678",
      address: "莱西市水集街道烟台路88号",
    };
    const REPORTER = `reporter { realName unmasked name idNumber phone address }`;
    const UNMASKED = `reporter(unmasked: true) { realName unmasked name idNumber phone address }`;

    it("refuses a bad ID number and writes nothing", async () => {
      const before = await reportsTotal();
      const r = await failure(
        register("officer", input("VISIT", { reporter: { ...reporter, idNumber: "110105194912310021" } })),
      );
      expect(r.code).toBe("BAD_USER_INPUT");
      expect(r.message).toMatch(/身份证号码校验位不正确/);
      const birth = await failure(
        register("officer", input("VISIT", { reporter: { ...reporter, idNumber: "110105194913310021" } })),
      );
      expect(birth.code).toBe("BAD_USER_INPUT");
      expect(birth.message).toMatch(/出生日期/);
      expect(await reportsTotal()).toBe(before);
    });

    it("masks the reporter for analysts and leaders, unmasks only for petition officers, and audits each unmasking", async () => {
      const r = await register("officer", input("VISIT", { reporter, summary: "实名反映村干部侵占集体资金" }));
      realId = r.id;
      expect(r.realName).toBe(true);
      const masked = {
        realName: true,
        unmasked: false,
        name: "张*",
        idNumber: "110***********002X",
        phone: "138****5678",
        address: "莱西市水集街****",
      };
      for (const user of ["analyst", "leader", "officer"])
        expect((await getReport(realId, REPORTER, user)).reporter).toEqual(masked);
      const list = (
        await as<any>("analyst", `query($s: String) { reports(search: $s) { items { id ${REPORTER} } } }`, {
          s: r.serial,
        })
      ).reports.items;
      expect(list).toEqual([{ id: realId, reporter: masked }]);

      const auditRows = async () =>
        (
          await as<any>(
            "admin",
            `query($id: String) { intakeAuditLog(entity: "Report", entityId: $id, limit: 100) { items { action actorName entityId } } }`,
            { id: realId },
          )
        ).intakeAuditLog.items;
      expect((await auditRows()).filter((a: any) => a.action === "reporter.unmask")).toHaveLength(0);

      for (const user of ["analyst", "leader"]) {
        const refused = await failure(getReport(realId, UNMASKED, user));
        expect(refused.code).toBe("FORBIDDEN");
      }
      expect((await auditRows()).filter((a: any) => a.action === "reporter.unmask")).toHaveLength(0);

      const plain = await getReport(realId, UNMASKED, "officer");
      expect(plain.reporter).toEqual({ ...reporter, unmasked: true });
      const audit = await auditRows();
      expect(audit.filter((a: any) => a.action === "reporter.unmask")).toEqual([
        { action: "reporter.unmask", actorName: "李娜", entityId: realId },
      ]);
      expect(audit.some((a: any) => a.action === "report.register")).toBe(true);
      // an ID number written with a full-width digit and a small x is kept in its one standard spelling
      const odd = await register(
        "officer",
        input("LETTER", { reporter: { ...reporter, idNumber: `１${reporter.idNumber.slice(1).toLowerCase()}` } }),
        undefined,
        `id ${UNMASKED}`,
      );
      expect(odd.reporter.idNumber).toBe(reporter.idNumber);
      // the audit trail itself does not leak what was shown
      const summaries = (
        await as<any>(
          "admin",
          `query($id: String) { intakeAuditLog(entity: "Report", entityId: $id) { items { summary } } }`,
          { id: realId },
        )
      ).intakeAuditLog.items;
      expect(JSON.stringify(summaries)).not.toMatch(/11010519491231002X|13812345678|张三/);
    });

    it("owes an acceptance notice 15 working days after receipt, until it is recorded", async () => {
      const r = await getReport(
        realId,
        `acceptanceDueDate acceptanceNoticeAt acceptanceNotice { dueDate workingDaysLeft overdue }`,
      );
      const expected = cal.addWorkingDays(today, 15);
      expect(r.acceptanceNotice).toEqual({ dueDate: expected, workingDaysLeft: 15, overdue: false });
      expect(r.acceptanceDueDate).toBe(expected);
      const due = async (days: number) =>
        (
          await as<any>("officer", `query($n: Int!) { acceptanceNoticesDue(withinWorkingDays: $n) { id } }`, {
            n: days,
          })
        ).acceptanceNoticesDue.map((x: any) => x.id);
      expect(await due(15)).toContain(realId);
      expect(await due(14)).not.toContain(realId);

      const anonymous = await register(
        "officer",
        input("LETTER"),
        undefined,
        "id acceptanceNotice { dueDate } acceptanceDueDate",
      );
      expect(anonymous.acceptanceNotice).toBeNull();
      expect(anonymous.acceptanceDueDate).toBeNull();
      expect(
        (
          await failure(
            as("officer", `mutation($id: ID!) { recordAcceptanceNotice(id: $id, note: "电话告知") { id } }`, {
              id: anonymous.id,
            }),
          )
        ).code,
      ).toBe("CONFLICT");
      expect(
        (
          await failure(
            as("officer", `mutation($id: ID!) { recordAcceptanceNotice(id: $id, note: "  ") { id } }`, { id: realId }),
          )
        ).code,
      ).toBe("BAD_USER_INPUT");
      expect(
        (
          await failure(
            as("analyst", `mutation($id: ID!) { recordAcceptanceNotice(id: $id, note: "电话告知") { id } }`, {
              id: realId,
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");

      const noticed = (
        await as<any>(
          "officer",
          `mutation($id: ID!) { recordAcceptanceNotice(id: $id, note: "电话告知举报人已受理") { acceptanceNoticeAt acceptanceNotice { dueDate } steps { step actorName summary } } }`,
          { id: realId },
        )
      ).recordAcceptanceNotice;
      expect(noticed.acceptanceNoticeAt).toEqual(expect.any(String));
      expect(noticed.acceptanceNotice).toBeNull();
      expect(noticed.steps).toContainEqual({
        step: "ACCEPTANCE_NOTICE",
        actorName: "李娜",
        summary: "电话告知举报人已受理",
      });
      expect(await due(15)).not.toContain(realId);
      expect(await due(60)).not.toContain(realId);
    });
  });

  // ---------------------------------------------------------------------------------------
  describe("roles", () => {
    it("refuses the register without a token, to trainees, and registration to case handlers and analysts", async () => {
      const before = await reportsTotal();
      const none = await failure(as(null, `{ reports { total } }`));
      expect(none.code).toBe("UNAUTHENTICATED");
      expect(none.message).toMatch(/登录/);
      expect(
        (
          await failure(
            as(null, `mutation($i: RegisterReportInput!) { registerReport(input: $i) { id } }`, { i: input("LETTER") }),
          )
        ).code,
      ).toBe("UNAUTHENTICATED");
      expect((await failure(as("trainee", `{ reports { total } }`))).code).toBe("FORBIDDEN");
      expect(
        (
          await failure(
            as("trainee", `mutation($i: RegisterReportInput!) { registerReport(input: $i) { id } }`, {
              i: input("LETTER"),
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");
      expect(
        (
          await failure(
            as("handler", `mutation($i: RegisterReportInput!) { registerReport(input: $i) { id } }`, {
              i: input("LETTER"),
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");
      expect(
        (
          await failure(
            as("analyst", `mutation($i: RegisterReportInput!) { registerReport(input: $i) { id } }`, {
              i: input("LETTER"),
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");
      expect((await failure(as("handler", `{ reports { total } }`))).code).toBe("FORBIDDEN");
      expect(await reportsTotal()).toBe(before);
      // analysts read the register
      expect((await as<any>("analyst", `{ reports(limit: 1) { total } }`)).reports.total).toBe(before);
    });
  });

  // ---------------------------------------------------------------------------------------
  describe("贴牌 and repeat detection", () => {
    const marker = `qz${rnd()}`;
    const template = (village: string, amount: string, tail: string) =>
      `${marker}我们反映${village}村党支部书记在土地征收补偿款发放过程中存在严重问题。该书记利用职务便利，虚报冒领补偿款${amount}，将其亲属名下并不存在的地上附着物列入补偿清单。同时，该书记在村集体资产租赁中暗箱操作，将村集体鱼塘以明显低于市场价格的租金承包给其妻弟经营，租期长达二十年，群众对此意见很大。此外，该书记长期不召开村民代表会议，村务财务不公开，村民多次要求查看账目均被拒绝。${tail}请上级纪委监委调查核实，维护群众合法权益。`;

    it("proposes TEMPLATED for the third near-identical text, naming the first two, and nothing for an unrelated text", async () => {
      const PROPOSAL = `proposal { flags repeatCount templatedWith { similarity report { id } } repeatOf { id } }`;
      const a = await register(
        "officer",
        input("LETTER", {
          content: template("东庄", "二十余万元", "我们都是本村村民。"),
          reporter: { realName: true, name: "王大海", phone: "13700000001" },
        }),
        undefined,
        `id ${PROPOSAL}`,
      );
      const b = await register(
        "officer",
        input("ONLINE", {
          content: template("西庄", "三十余万元", "我们都是本村群众。"),
          reporter: { realName: true, name: "李小红", phone: "13700000002" },
        }),
        undefined,
        `id ${PROPOSAL}`,
      );
      const c = await register(
        "officer2",
        input("LETTER", {
          content: template("南庄", "十余万元", "我们均为本村村民。"),
          reporter: { realName: true, name: "赵铁柱", phone: "13700000003" },
        }),
        undefined,
        `id ${PROPOSAL}`,
      );
      expect(a.proposal.templatedWith.some((t: any) => [b.id, c.id].includes(t.report.id))).toBe(false);
      expect(b.proposal.templatedWith.map((t: any) => t.report.id)).toContain(a.id);

      const third = (await getReport(c.id, PROPOSAL)).proposal;
      expect(third.flags).toContain("TEMPLATED");
      for (const earlier of [a.id, b.id]) {
        const hit = third.templatedWith.find((t: any) => t.report.id === earlier);
        expect(hit).toBeDefined();
        expect(hit.similarity).toBeGreaterThanOrEqual(0.6);
        expect(hit.similarity).toBeLessThanOrEqual(1);
      }

      const unrelated = await register(
        "officer",
        input("PHONE", {
          summary: "反映商场消防通道堵塞",
          content: `来电反映城区某商场消防通道长期被货物堵塞，安全出口指示灯损坏，多次向物业反映无果，担心发生火灾事故。${marker}`,
        }),
        undefined,
        `id ${PROPOSAL}`,
      );
      expect(unrelated.proposal.flags).not.toContain("TEMPLATED");
      expect(unrelated.proposal.flags).not.toContain("NO_SUBSTANCE");
      const bare = await register(
        "officer",
        input("LETTER", {
          summary: "举报某干部",
          content: `举报某镇某某是个大贪官，群众恨透了他，请纪委严查！${marker}`,
        }),
        undefined,
        `id ${PROPOSAL}`,
      );
      expect(bare.proposal.flags).toContain("NO_SUBSTANCE");
      expect(unrelated.proposal.templatedWith.map((t: any) => t.report.id)).not.toEqual(expect.arrayContaining([a.id]));

      // 查 confirms the finding against the proposed reports
      await distinguish("officer", c.id, { scope: "IN_SCOPE" });
      const missingReport = await failure(
        check("officer", c.id, { flags: ["TEMPLATED"], templatedWith: [a.id, randomUUID()] }),
      );
      expect(missingReport.code).toBe("NOT_FOUND");
      const self = await failure(check("officer", c.id, { flags: ["TEMPLATED"], templatedWith: [c.id] }));
      expect(self.code).toBe("BAD_USER_INPUT");
      const checked = await check("officer", c.id, { flags: ["TEMPLATED"], templatedWith: [a.id, b.id] });
      expect(checked.flags).toEqual(["TEMPLATED"]);
      expect(checked.triageInfo.check.templatedWith).toEqual([a.id, b.id]);
    });

    it("proposes REPEAT for the same subject and unit in the same category; confirming it clears the acceptance notice", async () => {
      const given = "伟敏杰磊涛明强军平刚勇毅";
      const name = `钱${given[Math.floor(Math.random() * given.length)]}${given[Math.floor(Math.random() * given.length)]}${rnd().slice(0, 2)}`;
      const subject = { name, post: "科长", unitId: civilAffairs.id };
      const PROPOSAL = `proposal { flags repeatCount repeatOf { id serial } }`;
      const first = await register(
        "officer",
        input("LETTER", {
          category: "MASS_DISCIPLINE",
          summary: "反映民政局干部办低保索要好处费",
          subjects: [subject],
          content: `反映${name}在办理低保审批时吃拿卡要，向群众索要好处费。`,
        }),
        undefined,
        `id ${PROPOSAL}`,
      );
      expect(first.proposal).toEqual({ flags: [], repeatCount: 0, repeatOf: [] });

      const otherUnit = await register(
        "officer",
        input("LETTER", {
          category: "MASS_DISCIPLINE",
          summary: "反映住建局干部作风粗暴",
          subjects: [{ name, unitId: housingBureau.id }],
          content: `反映${name}工作作风粗暴。`,
        }),
        undefined,
        `id ${PROPOSAL}`,
      );
      expect(otherUnit.proposal.repeatOf.map((x: any) => x.id)).not.toContain(first.id);
      const otherCategory = await register(
        "officer",
        input("LETTER", {
          category: "LIFE_DISCIPLINE",
          summary: "反映干部生活作风问题",
          subjects: [subject],
          content: `反映${name}生活作风问题，长期在外包养情人，影响恶劣。`,
        }),
        undefined,
        `id ${PROPOSAL}`,
      );
      expect(otherCategory.proposal.repeatOf.map((x: any) => x.id)).not.toContain(first.id);

      const second = await register(
        "officer2",
        input("VISIT", {
          category: "MASS_DISCIPLINE",
          summary: "再次反映民政局干部索要好处费",
          subjects: [{ ...subject, name: ` ${name} ` }],
          content: `再次反映民政局${name}科长索要好处费的问题，前次反映后至今没有结果。`,
          reporter: { realName: true, name: "孙建华", phone: "0532-88881234" },
        }),
        undefined,
        `id isRepeat acceptanceNotice { dueDate } ${PROPOSAL}`,
      );
      expect(second.proposal.flags).toContain("REPEAT");
      expect(second.proposal.repeatOf.map((x: any) => x.id)).toContain(first.id);
      expect(second.proposal.repeatCount).toBe(second.proposal.repeatOf.length);
      expect(second.isRepeat).toBe(false);
      expect(second.acceptanceNotice?.dueDate).toBe(cal.addWorkingDays(today, 15));

      await distinguish("officer", second.id, { scope: "IN_SCOPE" });
      const checked = await check("officer", second.id, { flags: ["REPEAT"], repeatOf: [first.id] });
      expect(checked).toMatchObject({
        isRepeat: true,
        flags: ["REPEAT"],
        acceptanceNotice: null,
        acceptanceDueDate: null,
      });
      expect(checked.triageInfo.check).toMatchObject({ flags: ["REPEAT"], repeatOf: [first.id] });
      const due = (
        await as<any>("officer", `{ acceptanceNoticesDue(withinWorkingDays: 60) { id } }`)
      ).acceptanceNoticesDue.map((x: any) => x.id);
      expect(due).not.toContain(second.id);
    });

    it("hints while typing: registrationHints names the templated and repeat earlier reports, stores nothing, for registering roles only", async () => {
      const name = `孙${rnd().slice(0, 3)}`;
      const subject = { name, post: "所长", unitId: civilAffairs.id };
      const text = template("北庄", "四十余万元", "我们都是本村村民。");
      const first = await register(
        "officer",
        input("LETTER", { category: "MASS_DISCIPLINE", subjects: [subject], content: text }),
        undefined,
        "id",
      );
      const HINTS = `query($i: RegistrationHintsInput!) { registrationHints(input: $i) {
        flags repeatCount templatedWith { similarity report { id serial } } repeatOf { id serial } } }`;
      const before = await reportsTotal();
      // the same template about another village: 贴牌; the same subject and unit in the same category: 重复
      const { registrationHints: hints } = await as<any>("officer", HINTS, {
        i: {
          summary: "反映北庄村干部侵占集体资金",
          content: template("北庄", "四十万元", "我们均为本村群众。"),
          category: "MASS_DISCIPLINE",
          subjects: [{ name: ` ${name} `, unitId: civilAffairs.id }],
        },
      });
      expect(hints.flags).toEqual(expect.arrayContaining(["TEMPLATED", "REPEAT"]));
      expect(hints.templatedWith.map((t: any) => t.report.id)).toContain(first.id);
      expect(hints.repeatOf.map((r: any) => r.id)).toContain(first.id);
      expect(hints.repeatCount).toBe(hints.repeatOf.length);
      // only the subject typed so far: nothing alike, and no judgement on the missing text
      const { registrationHints: bare } = await as<any>("officer", HINTS, {
        i: { summary: `反映无关事项${rnd()}` },
      });
      expect(bare).toEqual({ flags: [], repeatCount: 0, templatedWith: [], repeatOf: [] });
      expect(await reportsTotal()).toBe(before);
      expect((await failure(as("analyst", HINTS, { i: { summary: "反映问题" } }))).code).toBe("FORBIDDEN");
      expect((await failure(as("officer", HINTS, { i: { summary: "" } }))).code).toBe("BAD_USER_INPUT");
    });
  });

  // ---------------------------------------------------------------------------------------
  describe("statistics", () => {
    it("counts this file's reports in the year's intake statistics", async () => {
      const year = today.slice(0, 4);
      const inYear = mine.filter((m) => beijingDate(m.receivedAt).startsWith(year));
      expect(inYear.length).toBeGreaterThanOrEqual(20);
      const s = await stats();
      expect(s.total - baselineStats.total).toBe(inYear.length);
      expect(s.total).toBeGreaterThanOrEqual(inYear.length);
      for (const channel of ["LETTER", "VISIT", "ONLINE", "PHONE"]) {
        const count = inYear.filter((m) => m.channel === channel).length;
        expect(count).toBeGreaterThan(0);
        expect({ channel, delta: countOf(s.byChannel, channel) - countOf(baselineStats.byChannel, channel) }).toEqual({
          channel,
          delta: count,
        });
      }
      expect(s.byChannel.map((x: any) => x.key)).toEqual(
        expect.arrayContaining(["LETTER", "VISIT", "ONLINE", "PHONE"]),
      );
      for (const scope of ["IN_SCOPE", "OUT_OF_SCOPE"]) {
        const count = inYear.filter((m) => scopeOf.get(m.id) === scope).length;
        expect(count).toBeGreaterThan(0);
        expect({ scope, delta: countOf(s.byScope, scope) - countOf(baselineStats.byScope, scope) }).toEqual({
          scope,
          delta: count,
        });
      }
      const forwarded = inYear.filter((m) => m.origin !== "SELF_RECEIVED").length;
      expect(s.forwardedCount - baselineStats.forwardedCount).toBe(forwarded);
      // the item received two days ago and signed today was signed late
      const lateInYear = inYear.filter((m) => m.origin !== "SELF_RECEIVED" && beijingDate(m.receivedAt) < today).length;
      expect(s.lateSignForCount - baselineStats.lateSignForCount).toBeGreaterThanOrEqual(lateInYear);
      expect(lateInYear).toBeGreaterThanOrEqual(beijingDate(new Date(Date.now() - 2 * DAY)).startsWith(year) ? 1 : 0);

      // the share of real-name reports, given the baseline's rounded share
      const realMine = inYear.filter((m) => m.realName).length;
      const bounds = [-0.0005, 0.0005].map((e) => Math.max(0, (baselineStats.realNameShare + e) * baselineStats.total));
      const [lo, hi] = bounds.map((baseReal) => (baseReal + realMine) / s.total);
      expect(s.realNameShare).toBeGreaterThanOrEqual(Math.floor(lo * 1000) / 1000);
      expect(s.realNameShare).toBeLessThanOrEqual(Math.ceil(hi * 1000) / 1000);
      expect(s.realNameShare).toBeGreaterThan(0);

      // analysts, leaders and officers see statistics; trainees do not
      expect((await stats("leader")).total).toBe(s.total);
      expect((await failure(stats("trainee"))).code).toBe("FORBIDDEN");
      const backwards = await failure(as("analyst", `{ period(from: "2026-12-31", to: "2026-01-01") { from } }`));
      expect(backwards.code).toBe("BAD_USER_INPUT");
      for (const q of [
        `{ period(from: "2026-02-30", to: "2026-03-31") { intake { total } } }`,
        `{ period(from: "2026-02-01", to: "2026-02-31") { from to } }`,
        `{ period(from: "2026-01-01", to: "2026-13-01") { intake { total } } }`,
        `{ reports(receivedFrom: "2026-02-30") { total } }`,
        `{ reports(receivedTo: "2026-13-01") { total } }`,
      ]) {
        const r = await failure(as("analyst", q));
        expect({ q, code: r.code }).toEqual({ q, code: "BAD_USER_INPUT" });
        expect(r.message).toMatch(/日期/);
      }
      // a real range still filters
      const y = today.slice(0, 4);
      const inRange = (
        await as<any>(
          "analyst",
          `query($f: String, $t: String) { reports(receivedFrom: $f, receivedTo: $t, limit: 1) { total } }`,
          { f: `${y}-01-01`, t: `${y}-12-31` },
        )
      ).reports.total;
      expect(inRange).toBe(s.total);
    });
  });

  // ---------------------------------------------------------------------------------------
  // Last: every request here comes from the same client address, which the daily quota counts.
  describe("public reporting without an account", () => {
    const SUBMIT = `mutation($i: PublicReportInput!) { submitPublicReport(input: $i) { serial followUpCode receivedAt } }`;
    const publicInput = (extra: Record<string, unknown> = {}) => ({
      category: "WORK_DISCIPLINE",
      summary: "反映某街道办事处工作人员上班时间打游戏",
      content: `某街道办事处便民服务大厅工作人员上班时间玩手机游戏，群众排队办事无人理会。${rnd()}`,
      reporter: { realName: false },
      ...extra,
    });
    const PROGRESS = `query($c: String!) { reportProgress(code: $c) { serial stage receivedAt updatedAt } }`;

    it("accepts a report without a token and shows its progress by follow-up code only", async () => {
      const before = await reportsTotal();
      const receipt = (await as<any>(null, SUBMIT, { i: publicInput() })).submitPublicReport;
      expect(receipt.serial).toMatch(SERIAL_RE);
      expect(receipt.followUpCode).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
      expect(await reportsTotal()).toBe(before + 1);

      const progress = (await as<any>(null, PROGRESS, { c: receipt.followUpCode })).reportProgress;
      expect(Object.keys(progress).sort()).toEqual(["receivedAt", "serial", "stage", "updatedAt"]);
      expect(progress).toMatchObject({ serial: receipt.serial, stage: "已登记，等待研判" });
      // the public type has no content, reporter or internal fields at all
      for (const field of ["content", "summary", "reporter { name }", "steps { summary }", "id"]) {
        const r = await failure(
          as(null, `query($c: String!) { reportProgress(code: $c) { serial ${field} } }`, { c: receipt.followUpCode }),
        );
        expect(r.code).toBe("BAD_USER_INPUT");
      }
      // written case-insensitively and without dashes, the code still works
      const relaxed = (await as<any>(null, PROGRESS, { c: receipt.followUpCode.replace(/-/g, "").toLowerCase() }))
        .reportProgress;
      expect(relaxed.serial).toBe(receipt.serial);

      // in the register it is an online report submitted by the public, registered by nobody
      const reg = (
        await as<any>(
          "officer",
          `query($s: String) { reports(search: $s) { items { id channel origin publicSubmission receivedBy { id } status } } }`,
          { s: receipt.serial },
        )
      ).reports.items;
      expect(reg).toEqual([
        {
          id: expect.any(String),
          channel: "ONLINE",
          origin: "SELF_RECEIVED",
          publicSubmission: true,
          receivedBy: null,
          status: "REGISTERED",
        },
      ]);
      await distinguish("officer", reg[0].id, { scope: "IN_SCOPE" });
      const later = (await as<any>(null, PROGRESS, { c: receipt.followUpCode })).reportProgress;
      expect(later.stage).toBe("正在研判");
      expect(Date.parse(later.updatedAt)).toBeGreaterThanOrEqual(Date.parse(progress.updatedAt));

      const wrong = await failure(as(null, PROGRESS, { c: "AAAA-BBBB-CCCC" }));
      expect(wrong.code).toBe("NOT_FOUND");
      expect(wrong.message).toMatch(/查询码/);
      const malformed = await failure(as(null, PROGRESS, { c: "x" }));
      expect(malformed.code).toBe("BAD_USER_INPUT");
    });

    it("refuses oversize and empty content without counting it against the quota", async () => {
      const before = await reportsTotal();
      const big = await failure(as(null, SUBMIT, { i: publicInput({ content: "举".repeat(5001) }) }));
      expect(big.code).toBe("BAD_USER_INPUT");
      expect(big.message).toMatch(/5000/);
      const tooShort = await failure(as(null, SUBMIT, { i: publicInput({ content: "短" }) }));
      expect(tooShort.code).toBe("BAD_USER_INPUT");
      expect(tooShort.message).toMatch(/过短/);
      const badId = await failure(
        as(null, SUBMIT, {
          i: publicInput({
            reporter: { realName: true, name: "张三", phone: "13812345678", idNumber: "110105194912310021" },
          }),
        }),
      );
      expect(badId.code).toBe("BAD_USER_INPUT");
      expect(await reportsTotal()).toBe(before);
    });

    it("accepts five submissions a day from one client and refuses the sixth with a retry time", async () => {
      const before = await reportsTotal();
      // the first test above made one submission from this client
      // the second one is exactly at the limit: 5000 characters, counted as code points (𠮷 is two UTF-16 units)
      const atLimit = "𠮷".repeat(10) + "举".repeat(4990);
      for (let i = 2; i <= 5; i++) {
        const content =
          i === 2 ? atLimit : `第${i}次反映：某街道办事处工作人员上班时间打游戏，群众办事无人理会。${rnd()}`;
        const r = (await as<any>(null, SUBMIT, { i: publicInput({ content }) })).submitPublicReport;
        expect(r.serial).toMatch(SERIAL_RE);
        if (i === 2) {
          const stored = (
            await as<any>("officer", `query($s: String) { reports(search: $s) { items { content } } }`, { s: r.serial })
          ).reports.items;
          expect(stored).toEqual([{ content: atLimit }]);
        }
      }
      expect(await reportsTotal()).toBe(before + 4);
      const sixth = await failure(as(null, SUBMIT, { i: publicInput() }));
      expect(sixth.code).toBe("CONFLICT");
      expect(sixth.message).toMatch(/提交过于频繁/);
      const retry = sixth.errors[0].extensions.retryAfterSeconds;
      expect(retry).toBeGreaterThan(23 * 3600);
      expect(retry).toBeLessThanOrEqual(24 * 3600);
      expect(await reportsTotal()).toBe(before + 4);
      // staff registration is not limited
      await expect(register("officer", input("ONLINE"))).resolves.toMatchObject({ channel: "ONLINE" });
    });

    it("counts the daily quota per ID number however the number is written", async () => {
      // other clients (through the trusted proxy), one reporter: the ID number is the limit
      const from = (ip: string) => new GraphQLClient(p.url, { headers: { "x-forwarded-for": ip } });
      const base = "11010519491231002X";
      const spellings = [base, base, base, base.toLowerCase(), `１${base.slice(1)}`];
      const octet = 10 + Math.floor(Math.random() * 200);
      for (const [i, idNumber] of spellings.entries()) {
        await from(`10.${octet}.0.${i + 1}`).request(SUBMIT, {
          i: publicInput({ reporter: { realName: true, name: "张三", phone: "13812345678", idNumber } }),
        });
      }
      const sixth = await failure(
        from(`10.${octet}.0.9`).request(SUBMIT, {
          i: publicInput({ reporter: { realName: true, name: "张三", phone: "13812345678", idNumber: base } }),
        }),
      );
      expect(sixth.code).toBe("CONFLICT");
      expect(sixth.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      // another reporter from that address may still submit
      await expect(from(`10.${octet}.0.9`).request(SUBMIT, { i: publicInput() })).resolves.toBeDefined();
    });
  });
});
