import type { DataSource } from "typeorm";
import {
  AuditEntry,
  OutboxEvent,
  beijingDate,
  decryptPii,
  dropDatabase,
  openDatabase,
  type DatabaseTarget,
} from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import {
  entities,
  Escalation,
  ProblemCategoryOption,
  Report,
  ReportStep,
  ReportSubject,
  SerialCounter,
} from "../src/entities";
import { migrations } from "../src/migrations";
import { seedIntake, type DirectorySnapshot } from "../src/seed";
import { ReportRouted, open } from "@prp/contracts";
import { parseSerial } from "../src/domain/serial";
import { isValidPhoneNumber, residentIdProblem } from "../src/domain/channel-rules";
import type { TriageState } from "../src/domain/triage";
import type { CheckProposals } from "../src/domain/proposals";
import { DEMO_SPIKE, lastFullMonth } from "../src/seed/demo-plan";
import { HotspotDimension, groupReports } from "../src/domain/hotspot-groups";

process.env.PII_KEY = Buffer.alloc(32, 1).toString("base64");

const unit = (id: string, name: string) => ({ id, name });

/** A small organisation: four towns the generator knows by name, one it does not. */
const FAKE: DirectorySnapshot = {
  towns: [
    unit("t-sj", "水集街道"),
    unit("t-js", "姜山镇"),
    unit("t-ys", "院上镇"),
    unit("t-rz", "日庄镇"),
    unit("t-sf", "示范镇"),
  ],
  townCommittees: [
    { id: "tc-sj", name: "水集街道纪工委", townId: "t-sj" },
    { id: "tc-js", name: "姜山镇纪委", townId: "t-js" },
    { id: "tc-ys", name: "院上镇纪委", townId: "t-ys" },
    { id: "tc-rz", name: "日庄镇纪委", townId: "t-rz" },
    { id: "tc-sf", name: "示范镇纪委", townId: "t-sf" },
  ],
  supervisionOffices: [unit("so-1", "第一纪检监察室"), unit("so-2", "第二纪检监察室")],
  stationedGroups: [unit("sg-1", "派驻第一纪检监察组")],
  petitionOffice: unit("po", "信访室"),
  caseSupervisionOffice: unit("cso", "案件监督管理室"),
  competentDepartments: [
    {
      id: "cd-rs",
      name: "市人力资源和社会保障局",
      copyTo: unit("so-1", "第一纪检监察室"),
      stationedGroup: unit("sg-1", "派驻第一纪检监察组"),
    },
    { id: "cd-mz", name: "市民政局", copyTo: unit("so-2", "第二纪检监察室"), stationedGroup: null },
    {
      id: "cd-ga",
      name: "市公安局",
      copyTo: unit("sg-1", "派驻第一纪检监察组"),
      stationedGroup: unit("sg-1", "派驻第一纪检监察组"),
    },
  ],
  leaders: [
    { id: "u-leader1", displayName: "王建国", townIds: ["t-sj", "t-js"] },
    { id: "u-leader2", displayName: "刘秀英", townIds: ["t-ys"] },
  ],
  petitionOfficers: [
    { id: "u-officer1", displayName: "李娜" },
    { id: "u-officer2", displayName: "赵磊" },
  ],
};
const LIAISON = new Map(FAKE.competentDepartments.map((d) => [d.id, d.copyTo!.id]));

const DAY = 86_400_000;

describe(`intake demo data on ${process.env.DATABASE_URL ? "MySQL/MariaDB" : "SQLite"}`, () => {
  let db: DataSource;
  let target: DatabaseTarget;
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const directory = jest.fn(async () => FAKE);
  let seedMs = 0;
  let categoriesOnly: { categories: number; reports: number; directoryCalls: number };
  let reports: Report[];
  let subjects: ReportSubject[];
  let steps: ReportStep[];
  let events: OutboxEvent[];

  beforeAll(async () => {
    ({ dataSource: db, target } = await openDatabase({
      subgraph: "intake",
      entities,
      migrations,
      databaseUrl: isolatedDatabaseUrl(),
    }));

    await seedIntake(db, log, { demoData: false }, directory);
    categoriesOnly = {
      categories: await db.getRepository(ProblemCategoryOption).count(),
      reports: await db.getRepository(Report).count(),
      directoryCalls: directory.mock.calls.length,
    };

    const started = Date.now();
    await seedIntake(db, log, { demoData: true }, directory);
    seedMs = Date.now() - started;
    reports = await db.getRepository(Report).find();
    subjects = await db.getRepository(ReportSubject).find();
    steps = await db.getRepository(ReportStep).find({ order: { id: "ASC" } });
    events = await db.getRepository(OutboxEvent).find({ order: { position: "ASC" } });
  });

  afterAll(async () => {
    await db?.destroy();
    if (target) await dropDatabase(target);
  });

  const share = (pred: (r: Report) => boolean, of: Report[] = reports) => of.filter(pred).length / of.length;

  it("with demo data off, seeds the categories only and does not ask the directory", () => {
    expect(categoriesOnly).toEqual({ categories: 8, reports: 0, directoryCalls: 0 });
  });

  it("makes a few hundred reports over the last 12 months, and says so", () => {
    expect(reports.length).toBeGreaterThanOrEqual(250);
    expect(reports.length).toBeLessThanOrEqual(400);
    const now = Date.now();
    for (const r of reports) {
      expect(r.receivedAt.getTime()).toBeLessThan(now);
      expect(r.receivedAt.getTime()).toBeGreaterThan(now - 366 * DAY);
    }
    // spread over the year, not bunched: every quarter has a fair part
    for (let q = 0; q < 4; q++) {
      const inQuarter = share(
        (r) => r.receivedAt.getTime() > now - (q + 1) * 91 * DAY && r.receivedAt.getTime() <= now - q * 91 * DAY,
      );
      expect(inQuarter).toBeGreaterThan(0.12);
    }
    // the time is reported, not asserted (tests must not depend on the machine's speed): npm run bench:seed measures it
    console.log(`seed took ${seedMs} ms for ${reports.length} reports`);
    expect(lines.filter((l) => l.startsWith(`演示数据：已生成 ${reports.length} 件信访举报（`))).toHaveLength(1);
    expect(directory).toHaveBeenCalledTimes(1);
  });

  it("has the known spike: one town and category at several times its usual volume in the last full month", () => {
    const month = lastFullMonth(new Date());
    const spikeTown = FAKE.towns.find((t) => t.name === DEMO_SPIKE.townName)!.id;
    const inMonth = reports.filter((r) => beijingDate(r.receivedAt).startsWith(month));
    const ofSpike = (r: Report) => r.townId === spikeTown && r.category === DEMO_SPIKE.category;
    expect(inMonth.filter(ofSpike).length).toBeGreaterThanOrEqual(DEMO_SPIKE.count);
    // the other months of the year: at most a few such reports a month
    const otherMonths = new Set(reports.map((r) => beijingDate(r.receivedAt).slice(0, 7)).filter((m) => m !== month));
    const usual =
      reports.filter((r) => ofSpike(r) && !beijingDate(r.receivedAt).startsWith(month)).length / otherMonths.size;
    expect(DEMO_SPIKE.count).toBeGreaterThan(5 * Math.max(usual, 1));
    // in that month the town and the category lead clearly (the test's organisation has only 5 towns), and grew
    for (const [dimension, key] of [
      [HotspotDimension.TOWN, spikeTown],
      [HotspotDimension.CATEGORY, DEMO_SPIKE.category],
    ] as const) {
      const groups = groupReports(inMonth, dimension, new Map(), new Set());
      expect(groups[0].key).toBe(key);
      expect(groups[0].count).toBeGreaterThanOrEqual(1.5 * groups[1].count);
      const monthBefore = lastFullMonth(new Date(`${month}-15T00:00:00+08:00`));
      const before = reports.filter((r) => beijingDate(r.receivedAt).startsWith(monthBefore));
      const previous = groupReports(before, dimension, new Map(), new Set()).find((g) => g.key === key)?.count ?? 0;
      expect(groups[0].count).toBeGreaterThanOrEqual(2 * Math.max(previous, 1));
    }
  });

  it("has the channel, origin, real-name and scope shares of a county-level commission", () => {
    const shares = {
      letter: share((r) => r.channel === "LETTER"),
      online: share((r) => r.channel === "ONLINE"),
      visit: share((r) => r.channel === "VISIT"),
      phone: share((r) => r.channel === "PHONE"),
      fromAbove: share((r) => r.origin !== "SELF_RECEIVED"),
      assigned: share((r) => r.origin === "ASSIGNED_BY_SUPERIOR"),
      realName: share((r) => r.realName),
      outOfScope: share(
        (r) => r.scope === "OUT_OF_SCOPE",
        reports.filter((r) => r.scope),
      ),
    };
    console.log(
      `shares: ${JSON.stringify(Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, Math.round(v * 1000) / 1000])))}`,
    );
    expect(shares.letter).toBeGreaterThan(0.44);
    expect(shares.letter).toBeLessThan(0.56);
    expect(shares.online).toBeGreaterThan(0.22);
    expect(shares.online).toBeLessThan(0.34);
    expect(shares.visit).toBeGreaterThan(0.09);
    expect(shares.visit).toBeLessThan(0.17);
    expect(shares.phone).toBeGreaterThan(0.05);
    expect(shares.phone).toBeLessThan(0.13);
    expect(shares.fromAbove).toBeGreaterThan(0.4);
    expect(shares.fromAbove).toBeLessThan(0.5);
    expect(shares.assigned).toBeGreaterThan(0.05);
    expect(shares.realName).toBeGreaterThan(0.35);
    expect(shares.realName).toBeLessThan(0.45);
    expect(shares.outOfScope).toBeGreaterThanOrEqual(0.2);
    expect(shares.outOfScope).toBeLessThanOrEqual(0.3);
    // visitors come in person: a visit is never an item sent down from above
    expect(reports.filter((r) => r.channel === "VISIT" && r.origin !== "SELF_RECEIVED")).toEqual([]);
  });

  it("keeps every denormalised column in step with the stored triage state", () => {
    for (const r of reports) {
      const s: TriageState = r.triage;
      expect(r.status).toBe(s.status);
      expect(s.origin).toBe(r.origin);
      expect(r.scope).toBe(s.distinguish?.scope ?? null);
      expect(r.competentDepartmentId).toBe(s.distinguish?.competentDepartmentId ?? null);
      expect(r.flags).toBe(s.check ? s.check.flags.join(",") : "");
      expect(r.isRepeat).toBe(!!s.check?.flags.includes("REPEAT" as never));
      expect(r.disposition).toBe(s.decision?.disposition ?? null);
      expect(r.handlingDepartmentId).toBe(s.decision?.handlingDepartmentId ?? null);
      expect(r.decisionDueDate).toBe(s.decision?.dueDate ?? null);
      expect(!!r.decidedAt).toBe(!!s.decision);
      if (r.origin === "SELF_RECEIVED") expect(r.signedAt).toBeNull();
      else expect(!!r.signedAt).toBe(r.status !== "UNSIGNED");
      if (r.isRepeat || !r.realName) expect(r.acceptanceDueDate).toBeNull();
      else expect(r.acceptanceDueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.origin !== "SELF_RECEIVED") {
        expect(r.forwardingAuthority).toMatch(/纪委(国家)?监委$/);
        expect(r.forwardingReference).toMatch(/^.+〔\d{4}〕\d+号$/);
      }
      const details = r.channelDetails;
      expect(Object.keys(details)).toEqual([
        "visitorCount",
        "receivingStaff",
        "callerNumberEnc",
        "callTime",
        "postmarkDate",
        "submittedAt",
      ]);
      expect(details.visitorCount !== null).toBe(r.channel === "VISIT");
      expect(details.callerNumberEnc !== null).toBe(r.channel === "PHONE");
      expect(details.postmarkDate !== null).toBe(r.channel === "LETTER");
      expect(details.submittedAt !== null).toBe(r.channel === "ONLINE");
      if (r.channel === "PHONE") expect(isValidPhoneNumber(decryptPii(details.callerNumberEnc)!)).toBe(true);
    }
    const statuses = new Set(reports.map((r) => r.status));
    for (const s of ["UNSIGNED", "REGISTERED", "DISTINGUISHED", "CHECKED", "DECIDED"]) expect(statuses).toContain(s);
  });

  it("has old reports decided and recent ones still in triage", () => {
    const now = Date.now();
    const old = reports.filter((r) => now - r.receivedAt.getTime() > 60 * DAY);
    const recent = reports.filter((r) => now - r.receivedAt.getTime() < 14 * DAY);
    expect(share((r) => r.status === "DECIDED", old)).toBeGreaterThan(0.9);
    // forwarded items are decided within 5 working days, our own ones take longer
    expect(share((r) => r.status !== "DECIDED", recent)).toBeGreaterThanOrEqual(0.3);
    const dispositions = new Set(reports.map((r) => r.disposition).filter(Boolean));
    for (const d of [
      "TALK_OR_LETTER_INQUIRY",
      "PRELIMINARY_VERIFICATION",
      "HOLD",
      "CLOSE",
      "TRANSFER_DOWN",
      "ASSIGN_DOWN",
      "TRANSFER_TO_DEPARTMENT",
    ])
      expect(dispositions).toContain(d);
  });

  it("numbers reports gap-free per year in order of arrival, and leaves the counter at the last number", async () => {
    expect(new Set(reports.map((r) => r.serial)).size).toBe(reports.length);
    const byArrival = [...reports].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    const next = new Map<number, number>();
    for (const r of byArrival) {
      const serial = parseSerial(r.serial)!;
      expect(serial.year).toBe(Number(beijingDate(r.receivedAt).slice(0, 4)));
      expect(serial.seq).toBe((next.get(serial.year) ?? 0) + 1);
      next.set(serial.year, serial.seq);
    }
    const counters = await db.getRepository(SerialCounter).find();
    expect(Object.fromEntries(counters.map((c) => [c.year, c.lastSeq]))).toEqual(Object.fromEntries(next));
  });

  it("publishes exactly one ReportRouted event per decided report, as decideReport does", () => {
    const decided = reports.filter((r) => r.status === "DECIDED");
    // each payload is checked against the event's contract: its version and exactly its fields
    const routed = events
      .filter((e) => e.type === "ReportRouted")
      .map((e) => open(ReportRouted, e.type, JSON.parse(e.payload)));
    expect(routed.length).toBe(decided.length);
    expect(events.length).toBe(routed.length);
    const byReport = new Map(decided.map((r) => [r.id, r]));
    expect(new Set(routed.map((p) => p.reportId)).size).toBe(routed.length);
    for (const p of routed) {
      const r = byReport.get(p.reportId)!;
      expect(r).toBeDefined();
      expect(Object.keys(p)).toEqual([
        "reportId",
        "serial",
        "disposition",
        "handlingDepartmentId",
        "copyToDepartmentId",
        "dueDate",
        "gradeHint",
        "realName",
        "decidedAt",
        "decidedBy",
        "origin",
        "forwardingAuthority",
        "townId",
        "receivedAt",
        "repeatOf",
        "coSigners",
        "authorityDueDate",
      ]);
      expect(p).toMatchObject({ origin: r.origin, forwardingAuthority: r.forwardingAuthority, townId: r.townId });
      // version 4: the higher authority's due date, as registered (the demo gives every 上级交办 item one)
      expect(p.authorityDueDate).toBe(r.authorityDueDate);
      expect(p.authorityDueDate === null).toBe(r.origin !== "ASSIGNED_BY_SUPERIOR");
      // the colour label facts (version 3): receipt time, the 查 repeat links, co-signers
      expect(p).toMatchObject({
        receivedAt: r.receivedAt.toISOString(),
        repeatOf: r.triage.check?.repeatOf ?? [],
        coSigners: Math.max(r.coSigners, r.channelDetails.visitorCount ?? 0),
      });
      expect(p).toMatchObject({
        serial: r.serial,
        disposition: r.disposition,
        handlingDepartmentId: r.handlingDepartmentId,
        copyToDepartmentId: r.copyToDepartmentId,
        dueDate: r.decisionDueDate,
        realName: r.realName,
        decidedAt: r.decidedAt!.toISOString(),
      });
      expect(["SIMPLE", "COMPLEX"]).toContain(p.gradeHint);
      expect(FAKE.leaders.map((l) => l.id)).toContain(p.decidedBy);
    }
    // events in the order the decisions were taken
    const times = routed.map((p) => p.decidedAt);
    expect([...times].sort()).toEqual(times);
  });

  it("transfers out-of-scope matters to the competent department with a copy to its liaison office", () => {
    const out = reports.filter((r) => r.scope === "OUT_OF_SCOPE");
    expect(out.length).toBeGreaterThan(0);
    for (const r of out) expect(LIAISON.has(r.competentDepartmentId!)).toBe(true);
    const decided = out.filter((r) => r.status === "DECIDED");
    expect(decided.length).toBeGreaterThan(20);
    for (const r of decided) {
      expect(r.disposition).toBe("TRANSFER_TO_DEPARTMENT");
      expect(r.handlingDepartmentId).toBe(r.competentDepartmentId);
      expect(r.copyToDepartmentId).toBe(LIAISON.get(r.handlingDepartmentId!));
    }
    expect(reports.filter((r) => r.scope !== "OUT_OF_SCOPE" && r.copyToDepartmentId)).toEqual([]);
  });

  it("proposes templated clusters and repeats, and has one subject reported again and again", () => {
    const proposals: CheckProposals[] = reports.map((r) => r.proposals);
    const templated = proposals.filter((p) => p.templatedWith.length > 0);
    expect(templated.length).toBeGreaterThanOrEqual(5);
    expect(proposals.filter((p) => p.repeatOf.length > 0).length).toBeGreaterThanOrEqual(5);
    const ids = new Set(reports.map((r) => r.id));
    const received = new Map(reports.map((r) => [r.id, r.receivedAt.getTime()]));
    reports.forEach((r, i) => {
      // proposals point at earlier reports only, as registration sees them
      for (const m of proposals[i].templatedWith) {
        expect(ids.has(m.id)).toBe(true);
        expect(received.get(m.id)!).toBeLessThan(r.receivedAt.getTime());
        expect(m.similarity).toBeGreaterThanOrEqual(0.6);
      }
      for (const id of proposals[i].repeatOf) expect(received.get(id)!).toBeLessThan(r.receivedAt.getTime());
    });
    expect(reports.some((r) => r.flags.split(",").includes("TEMPLATED"))).toBe(true);
    expect(reports.some((r) => r.isRepeat)).toBe(true);

    expect(subjects.length).toBeGreaterThanOrEqual(reports.length);
    const perSubject = new Map<string, number>();
    for (const s of subjects) perSubject.set(s.subjectKey, (perSubject.get(s.subjectKey) ?? 0) + 1);
    const most = Math.max(...perSubject.values());
    expect(most).toBeGreaterThanOrEqual(5);
    expect(most).toBeLessThanOrEqual(9);
  });

  it("stores real-name reporters encrypted, with valid ID numbers and phones", () => {
    const real = reports.filter((r) => r.realName);
    let withId = 0;
    for (const r of real) {
      expect(decryptPii(r.reporterNameEnc)).toBeTruthy();
      expect(r.reporterPhoneEnc || r.reporterAddressEnc).toBeTruthy();
      const id = decryptPii(r.reporterIdNumberEnc);
      if (id) {
        withId++;
        expect(residentIdProblem(id)).toBeNull();
        expect(r.reporterIndex).toMatch(/^[0-9a-f]{40}$/);
      }
      const phone = decryptPii(r.reporterPhoneEnc);
      if (phone) expect(isValidPhoneNumber(phone)).toBe(true);
    }
    expect(withId).toBeGreaterThan(real.length / 2);
    for (const r of reports.filter((x) => !x.realName)) {
      expect([r.reporterNameEnc, r.reporterIdNumberEnc, r.reporterPhoneEnc, r.reporterIndex]).toEqual([
        null,
        null,
        null,
        null,
      ]);
    }
  });

  it("records who did each step and when, in order", () => {
    const byReport = new Map<string, ReportStep[]>();
    for (const s of steps) byReport.set(s.reportId, [...(byReport.get(s.reportId) ?? []), s]);
    expect(byReport.size).toBe(reports.length);
    for (const r of reports) {
      const list = byReport.get(r.id)!;
      expect(list[0].step).toBe("REGISTER");
      expect(list[0].summary).toContain(r.serial);
      for (let i = 1; i < list.length; i++)
        expect(list[i].at.getTime()).toBeGreaterThanOrEqual(list[i - 1].at.getTime());
      const names = list.map((s) => s.step);
      const s: TriageState = r.triage;
      expect(names.includes("SIGN")).toBe(!!r.signedAt);
      expect(names.includes("DISTINGUISH")).toBe(!!s.distinguish);
      expect(names.includes("CHECK")).toBe(!!s.check);
      expect(names.includes("CONSULT")).toBe(!!s.consult);
      expect(names.includes("DECIDE")).toBe(!!s.decision);
      expect(names.includes("ACCEPTANCE_NOTICE")).toBe(!!r.acceptanceNoticeAt);
      const decide = list.find((x) => x.step === "DECIDE");
      if (decide) {
        expect(decide.at.getTime()).toBe(r.decidedAt!.getTime());
        expect(FAKE.leaders.map((l) => l.displayName)).toContain(decide.actorName);
      }
      // the report row changes with every step but the escalation's own records (as through the API)
      const changes = list.filter((x) => x.step !== "ESCALATE" && x.step !== "ESCALATION_DECIDED");
      expect(r.updatedAt.getTime()).toBe(changes[changes.length - 1].at.getTime());
    }
    // a couple of forwarded items were signed late; some wait to be signed
    expect(steps.filter((s) => s.step === "SIGN" && s.summary.includes("未能当天签收")).length).toBeGreaterThanOrEqual(
      1,
    );
    expect(reports.filter((r) => r.status === "UNSIGNED").length).toBeGreaterThanOrEqual(1);
  });

  it("has a few escalations (呈批) waiting for a leader", async () => {
    const escalations = await db.getRepository(Escalation).find();
    const pending = escalations.filter((e) => e.status === "PENDING");
    expect(pending.length).toBeGreaterThanOrEqual(1);
    const byId = new Map(reports.map((r) => [r.id, r]));
    for (const e of pending) {
      expect(FAKE.leaders.map((l) => l.id)).toContain(e.leaderId);
      expect(["DECIDED", "UNSIGNED"]).not.toContain(byId.get(e.reportId)!.status);
    }
    for (const e of escalations.filter((x) => x.status !== "PENDING"))
      expect(e.decidedAt!.getTime()).toBeGreaterThan(e.draftedAt.getTime());
  });

  it("writes the audit rows of the use cases it went through, one row for the seed, and a second run adds nothing", async () => {
    const audit = await db.getRepository(AuditEntry).find();
    expect(audit.filter((a) => a.action === "intake.seed")).toEqual([expect.objectContaining({ actorName: "系统" })]);
    // every registration and every step left its audit row, as through the API
    const actions = new Map<string, number>();
    for (const a of audit) actions.set(a.action, (actions.get(a.action) ?? 0) + 1);
    expect((actions.get("report.register") ?? 0) + (actions.get("report.submitPublic") ?? 0)).toBe(reports.length);
    expect(actions.get("report.decide")).toBe(reports.filter((r) => r.status === "DECIDED").length);
    expect(actions.get("report.sign")).toBe(steps.filter((s) => s.step === "SIGN").length);
    expect(audit.length).toBe(steps.length + 1);

    await seedIntake(db, log, { demoData: true }, directory);
    expect(directory).toHaveBeenCalledTimes(1);
    expect(await db.getRepository(Report).count()).toBe(reports.length);
    expect(await db.getRepository(ReportStep).count()).toBe(steps.length);
    expect(await db.getRepository(OutboxEvent).count()).toBe(events.length);
    expect(await db.getRepository(AuditEntry).count()).toBe(audit.length);
    expect(await db.getRepository(ProblemCategoryOption).count()).toBe(8);
  });
});
