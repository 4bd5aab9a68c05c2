import { startSubgraph, type RunningSubgraph } from "@prp/kit";
import { resetConfig } from "@prp/kit/testing";
import { subgraph as casesSubgraph } from "@prp/cases";
import { startTestPlatform, failure, type TestPlatform } from "./support/platform";
import { eventually, rnd, routeReport, signedIn, sleep, type RouteOptions } from "./support/journeys";

/** Case handling through the gateway: routing opens cases and transfers, handlers accept and handle them, intake follows. */
describe(`case handling through the gateway (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let p: TestPlatform;
  const as = signedIn(() => p);
  let dept: Record<string, string> = {};
  let handlerUnit = "";
  let inProcessCases: RunningSubgraph | undefined;

  const route = (decision: Record<string, unknown>, opts?: RouteOptions) => routeReport(as, decision, opts);

  const caseOf = (reportId: string, user = "leader") =>
    as(
      user,
      `query($id: ID!) { report(id: $id) { status case { id status grade mode handlingUnit { id name } } transfer { id dueDate status competentDepartment { id name } copyTo { id name } } } }`,
      { id: reportId },
    ).then((r) => r.report);

  beforeAll(async () => {
    p = await startTestPlatform({ EVENT_POLL_MS: "200" });
    const d = await as("admin", `{ departments(limit: 100) { items { id code } } }`);
    dept = Object.fromEntries(d.departments.items.map((x: any) => [x.code, x.id]));
    handlerUnit = (await as("handler", `{ me { department { id } } }`)).me.department.id;
  });
  afterAll(async () => {
    await inProcessCases?.stop();
    await p?.stop();
  });

  it("opens a case for a routed report, and intake marks the report ROUTED", async () => {
    const reportId = await route({
      disposition: "PRELIMINARY_VERIFICATION",
      handlingDepartmentId: handlerUnit,
      opinion: "初步核实",
    });
    const r = await eventually(async () => {
      const x = await caseOf(reportId);
      return x.case && x.status === "ROUTED" ? x : null;
    }, "the case to open");
    // a preliminary verification is routed as complex: it starts as a key case
    expect(r.case).toMatchObject({
      status: "PENDING_ACCEPTANCE",
      grade: "KEY",
      mode: "SINGLE_UNIT",
      handlingUnit: { id: handlerUnit, name: "第一纪检监察室" },
    });
    expect(r.transfer).toBeNull();
    const simple = await route({ disposition: "TALK_OR_LETTER_INQUIRY", handlingDepartmentId: handlerUnit });
    expect((await eventually(async () => (await caseOf(simple)).case, "the second case")).grade).toBe("ROUTINE");
  });

  it("lets a handler of the unit accept (首办责任), refuses others, and intake moves the report on and lets the handler see the reporter", async () => {
    const reportId = await route(
      { disposition: "TALK_OR_LETTER_INQUIRY", handlingDepartmentId: handlerUnit },
      { realName: true },
    );
    const { case: c } = await eventually(async () => (await caseOf(reportId)).case && caseOf(reportId), "the case");
    expect((await failure(as("liaison", `mutation($id: ID!) { acceptCase(id: $id) { id } }`, { id: c.id }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await failure(as(null, `mutation($id: ID!) { acceptCase(id: $id) { id } }`, { id: c.id }))).code).toBe(
      "UNAUTHENTICATED",
    );
    // before acceptance the handler may not unmask
    expect(
      (
        await failure(
          as("handler", `query($id: ID!) { case(id: $id) { report { reporter(unmasked: true) { name } } } }`, {
            id: c.id,
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const accepted = (
      await as(
        "handler",
        `mutation($id: ID!) { acceptCase(id: $id) { status firstResponsibility { unit { id } person { id displayName } } } }`,
        { id: c.id },
      )
    ).acceptCase;
    expect(accepted.status).toBe("ACCEPTED");
    expect(accepted.firstResponsibility).toMatchObject({ unit: { id: handlerUnit }, person: { displayName: "陈明" } });
    // accepting again is a conflict that writes nothing
    expect((await failure(as("handler", `mutation($id: ID!) { acceptCase(id: $id) { id } }`, { id: c.id }))).code).toBe(
      "CONFLICT",
    );
    await eventually(
      async () => (await caseOf(reportId)).status === "IN_HANDLING",
      "intake to learn of the acceptance",
    );
    const seen = await eventually(async () => {
      try {
        return (
          await as(
            "handler",
            `query($id: ID!) { case(id: $id) { report { reporter(unmasked: true) { name unmasked } } } }`,
            { id: c.id },
          )
        ).case.report.reporter;
      } catch {
        return null;
      }
    }, "the handler's right to see the reporter");
    expect(seen).toEqual({ name: "张三", unmasked: true });
    const audit = (
      await as(
        "admin",
        `query($id: String!) { intakeAuditLog(entity: "Report", entityId: $id) { items { action } } }`,
        { id: reportId },
      )
    ).intakeAuditLog.items.map((a: any) => a.action);
    expect(audit).toEqual(expect.arrayContaining(["reporter.unmask", "report.handler", "report.in_handling"]));
    // reassignment: a leader, with a reason, keeps the first responsibility
    expect(
      (
        await failure(
          as(
            "handler",
            `mutation($id: ID!) { reassignCase(id: $id, input: { unitId: "${dept.JJS02}", reason: "回避" }) { id } }`,
            { id: c.id },
          ),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const moved = (
      await as(
        "leader",
        `mutation($id: ID!, $u: ID!) { reassignCase(id: $id, input: { unitId: $u, reason: "承办人回避" }) { status handlingUnit { id } firstResponsibility { unit { id } } reassignments { reason leader { displayName } } } }`,
        { id: c.id, u: dept.JJS02 },
      )
    ).reassignCase;
    expect(moved).toMatchObject({
      status: "PENDING_ACCEPTANCE",
      handlingUnit: { id: dept.JJS02 },
      firstResponsibility: { unit: { id: handlerUnit } },
      reassignments: [{ reason: "承办人回避", leader: { displayName: "王建国" } }],
    });
    // the handler of the first unit no longer sees it
    expect((await failure(as("handler", `query($id: ID!) { case(id: $id) { id } }`, { id: c.id }))).code).toBe(
      "FORBIDDEN",
    );
  });

  it("handles a 室组地 case with tasks, concludes and closes it, and intake follows to CLOSED", async () => {
    const reportId = await route({ disposition: "PRELIMINARY_VERIFICATION", handlingDepartmentId: handlerUnit });
    const { case: c } = await eventually(async () => (await caseOf(reportId)).case && caseOf(reportId), "the case");
    await as("handler", `mutation($id: ID!) { acceptCase(id: $id) { id } }`, { id: c.id });
    expect(
      (await failure(as("officer", `mutation($id: ID!) { gradeCase(id: $id, grade: KEY) { grade } }`, { id: c.id })))
        .code,
    ).toBe("CONFLICT");
    expect(
      (await as("officer", `mutation($id: ID!) { gradeCase(id: $id, grade: ROUTINE) { grade } }`, { id: c.id }))
        .gradeCase.grade,
    ).toBe("ROUTINE");
    expect(
      (
        await failure(
          as(
            "leader",
            `mutation($id: ID!) { listCaseForSupervision(id: $id, input: { leaderId: "x", level: LEADER, dueDate: "2099-01-01", reason: "r" }) { id } }`,
            { id: c.id },
          ),
        )
      ).code,
    ).toBe("CONFLICT");
    await as("officer", `mutation($id: ID!) { gradeCase(id: $id, grade: KEY) { grade } }`, { id: c.id });
    const due = new Date(Date.now() + 20 * 86400_000).toISOString().slice(0, 10);
    const listed = (
      await as(
        "leader",
        `mutation($id: ID!, $i: ListCaseInput!) { listCaseForSupervision(id: $id, input: $i) { listed supervision { level dueDate reason leader { displayName } } } }`,
        {
          id: c.id,
          i: {
            leaderId: (await as("leader", `{ me { id } }`)).me.id,
            level: "LEADER",
            dueDate: due,
            reason: "群众反映强烈",
          },
        },
      )
    ).listCaseForSupervision;
    expect(listed).toMatchObject({
      listed: true,
      supervision: { level: "LEADER", dueDate: due, leader: { displayName: "王建国" } },
    });
    const town = (await as("admin", `{ towns { committee { id } } }`)).towns.find((t: any) => t.committee).committee.id;
    const joint = (
      await as(
        "leader",
        `mutation($id: ID!, $i: HandlingModeInput!) { setHandlingMode(id: $id, input: $i) { mode joint { leadUnit { name } memberUnits { id } } units { role unit { id } } } }`,
        {
          id: c.id,
          i: { mode: "JOINT", leadUnitId: handlerUnit, memberUnitIds: [dept.PZZ01, town] },
        },
      )
    ).setHandlingMode;
    expect(joint.mode).toBe("JOINT");
    expect(joint.joint.leadUnit.name).toBe("第一纪检监察室");
    expect(joint.units.map((u: any) => u.role).sort()).toEqual(["LEAD", "MEMBER", "MEMBER"]);
    const past = new Date(Date.now() - 3 * 86400_000).toISOString().slice(0, 10);
    const task = (
      await as(
        "handler",
        `mutation($c: ID!, $i: JointTaskInput!) { addJointTask(caseId: $c, input: $i) { id status unit { id } overdue } }`,
        { c: c.id, i: { unitId: dept.PZZ01, title: "调取低保评定材料", dueDate: past } },
      )
    ).addJointTask;
    expect(task).toMatchObject({ status: "OPEN", unit: { id: dept.PZZ01 }, overdue: true });
    await as("handler", `mutation($c: ID!, $i: JointTaskInput!) { addJointTask(caseId: $c, input: $i) { id } }`, {
      c: c.id,
      i: { unitId: town, title: "走访群众核实情况", dueDate: due },
    });
    expect(
      (
        await failure(
          as("handler", `mutation($c: ID!, $i: JointTaskInput!) { addJointTask(caseId: $c, input: $i) { id } }`, {
            c: c.id,
            i: { unitId: dept.JJS05, title: "x", dueDate: due },
          }),
        )
      ).code,
    ).toBe("BAD_USER_INPUT");
    const board = (
      await as("leader", `query($u: ID!) { jointTasks(unitId: $u, status: OPEN) { id title case { id } } }`, {
        u: dept.PZZ01,
      })
    ).jointTasks;
    expect(board.map((t: any) => t.id)).toContain(task.id);
    const overdue = (await as("analyst", `{ jointTasks(overdue: true) { id } }`)).jointTasks.map((t: any) => t.id);
    expect(overdue).toContain(task.id);
    const workloads = (await as("leader", `{ unitWorkloads { unit { id } activeCases openTasks overdueTasks } }`))
      .unitWorkloads;
    expect(workloads.find((w: any) => w.unit.id === dept.PZZ01)).toMatchObject({
      activeCases: expect.any(Number),
      openTasks: expect.any(Number),
    });
    expect(workloads.find((w: any) => w.unit.id === dept.PZZ01).overdueTasks).toBeGreaterThanOrEqual(1);

    expect(
      (
        await failure(
          as(
            "handler",
            `mutation($id: ID!) { concludeCase(id: $id, input: { finding: SUBSTANTIATED, outcome: "x" }) { id } }`,
            { id: c.id },
          ),
        )
      ).code,
    ).toBe("CONFLICT");
    await as(
      "handler",
      `mutation($id: ID!) { recordProgress(id: $id, input: { note: "已调取低保评定档案" }) { status } }`,
      { id: c.id },
    );
    const concluded = (
      await as(
        "handler",
        `mutation($id: ID!) { concludeCase(id: $id, input: { finding: PARTLY_SUBSTANTIATED, outcome: "对村支书批评教育，责令整改" }) { status conclusion { finding } progress { note } } }`,
        { id: c.id },
      )
    ).concludeCase;
    expect(concluded).toMatchObject({
      status: "CONCLUDED",
      conclusion: { finding: "PARTLY_SUBSTANTIATED" },
      progress: [{ note: "已调取低保评定档案" }],
    });
    const closed = (
      await as("leader", `mutation($id: ID!) { closeCase(id: $id) { status history { action } } }`, { id: c.id })
    ).closeCase;
    expect(closed.status).toBe("CLOSED");
    expect(closed.history.map((h: any) => h.action)).toEqual([
      "OPEN",
      "ACCEPT",
      "GRADE",
      "GRADE",
      "LIST",
      "MODE",
      "TASK",
      "TASK",
      "PROGRESS",
      "CONCLUDE",
      "CLOSE",
    ]);
    await eventually(async () => (await caseOf(reportId)).status === "CLOSED", "intake to learn the case is closed");
    const audit = (
      await as("leader", `query($id: String!) { casesAuditLog(entity: "Case", entityId: $id) { items { action } } }`, {
        id: c.id,
      })
    ).casesAuditLog.items.map((a: any) => a.action);
    expect(audit).toEqual(
      expect.arrayContaining(["case.open", "case.accept", "case.list", "case.conclude", "case.close"]),
    );
  });

  it("coordinates a case within a region from the directory", async () => {
    const reportId = await route({ disposition: "PRELIMINARY_VERIFICATION", handlingDepartmentId: handlerUnit });
    const { case: c } = await eventually(async () => (await caseOf(reportId)).case && caseOf(reportId), "the case");
    await as("handler", `mutation($id: ID!) { acceptCase(id: $id) { id } }`, { id: c.id });
    const regions = (await as("admin", `{ regions { id name towns { committee { id } } } }`)).regions;
    const region = regions[0];
    const committees = region.towns.map((t: any) => t.committee.id);
    const other = regions[1].towns[0].committee.id;
    expect(
      (
        await failure(
          as("leader", `mutation($id: ID!, $i: HandlingModeInput!) { setHandlingMode(id: $id, input: $i) { id } }`, {
            id: c.id,
            i: {
              mode: "REGIONAL_COORDINATION",
              regionId: region.id,
              coordinatingUnitId: handlerUnit,
              participatingUnitIds: [other],
            },
          }),
        )
      ).code,
    ).toBe("BAD_USER_INPUT");
    const coordinated = (
      await as(
        "leader",
        `mutation($id: ID!, $i: HandlingModeInput!) { setHandlingMode(id: $id, input: $i) { mode coordination { region { name } coordinatingUnit { id } participatingUnits { id } } } }`,
        {
          id: c.id,
          i: {
            mode: "REGIONAL_COORDINATION",
            regionId: region.id,
            coordinatingUnitId: handlerUnit,
            participatingUnitIds: committees,
          },
        },
      )
    ).setHandlingMode;
    expect(coordinated.coordination).toEqual({
      region: { name: region.name },
      coordinatingUnit: { id: handlerUnit },
      participatingUnits: committees.map((id: string) => ({ id })),
    });
    const byRegion = (
      await as(
        "analyst",
        `query($r: ID!) { cases(mode: REGIONAL_COORDINATION, regionId: $r) { total items { id } } }`,
        { r: region.id },
      )
    ).cases;
    expect(byRegion.items.map((x: any) => x.id)).toContain(c.id);
  });

  it("opens a transfer with its copy for an out-of-scope decision, seen only by that department's liaison and the copy office", async () => {
    const housing = dept["ZG-ZJ"];
    const reportId = await route({ disposition: "TRANSFER_TO_DEPARTMENT" }, { outOfScope: housing });
    const r = await eventually(async () => {
      const x = await caseOf(reportId);
      return x.transfer && x.status === "ROUTED" ? x : null;
    }, "the transfer");
    expect(r.case).toBeNull();
    expect(r.transfer).toMatchObject({
      status: "OPEN",
      competentDepartment: { id: housing, name: "市住房和城乡建设局" },
      copyTo: { id: dept.JJS02 },
    });
    expect(r.transfer.dueDate > new Date().toISOString().slice(0, 10)).toBe(true);
    const mine = (await as("liaison", `{ transfers { items { id competentDepartment { id } } } }`)).transfers.items;
    expect(mine.map((t: any) => t.id)).toContain(r.transfer.id);
    expect(mine.every((t: any) => t.competentDepartment.id === housing)).toBe(true);
    // the first office's handler is not the copy office for housing
    expect(
      (await failure(as("handler", `query($id: ID!) { transfer(id: $id) { id } }`, { id: r.transfer.id }))).code,
    ).toBe("FORBIDDEN");
    expect((await failure(as("trainee", `{ transfers { total } }`))).code).toBe("FORBIDDEN");
  });

  it("reports handling figures on Period", async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const f = (
      await as(
        "leader",
        `query($d: String!) { period(from: "2020-01-01", to: $d) { cases { newCases concluded closed newTransfers byStatus { key count } byGrade { key count } byUnit { unit { id } count } } } }`,
        { d: today },
      )
    ).period.cases;
    const all = (await as("leader", `{ cases(limit: 1) { total } }`)).cases.total;
    const withdrawn = (await as("leader", `{ cases(status: WITHDRAWN, limit: 1) { total } }`)).cases.total;
    expect(f.byStatus.reduce((s: number, x: any) => s + x.count, 0)).toBe(all - withdrawn);
    expect(f.closed).toBeGreaterThanOrEqual(1);
    expect(f.byGrade.map((g: any) => g.key).sort()).toEqual(expect.arrayContaining(["KEY"]));
    expect(
      (
        await failure(
          as("handler", `query($d: String!) { period(from: "2020-01-01", to: $d) { cases { newCases } } }`, {
            d: today,
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("carries a higher authority's due date from sign-for to the case, flags it overdue, and wants the closing report before conclusion", async () => {
    const beijingToday = (offsetDays: number) =>
      new Date(Date.now() + 8 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
    const due = beijingToday(-1);
    const reportId = await route(
      { disposition: "PRELIMINARY_VERIFICATION", handlingDepartmentId: handlerUnit },
      {
        register: {
          origin: "ASSIGNED_BY_SUPERIOR",
          forwardingAuthority: "青岛市纪委监委",
          forwardingReference: `青纪交${rnd()}`,
        },
        sign: { authorityDueDate: due },
      },
    );
    expect(
      (await as("officer", `query($id: ID!) { report(id: $id) { authorityDueDate } }`, { id: reportId })).report,
    ).toEqual({ authorityDueDate: due });
    const { case: c } = await eventually(async () => (await caseOf(reportId)).case && caseOf(reportId), "the case");
    const ASSIGNMENT = `assignment { authority dueDate byHigherAuthority overdue late closingReport closingReportAuthor closingReportDate closingReportBy { id } }`;
    const before = (
      await as("leader", `query($id: ID!) { case(id: $id) { assignedDueDate ${ASSIGNMENT} } }`, { id: c.id })
    ).case;
    expect(before).toEqual({
      assignedDueDate: due,
      assignment: {
        authority: "青岛市纪委监委",
        dueDate: due,
        byHigherAuthority: true,
        overdue: true,
        late: true,
        closingReport: null,
        closingReportAuthor: null,
        closingReportDate: null,
        closingReportBy: null,
      },
    });
    const overdueIds = async () =>
      (await as("leader", `{ cases(assignmentOverdue: true, limit: 100) { items { id } } }`)).cases.items.map(
        (x: any) => x.id,
      );
    expect(await overdueIds()).toContain(c.id);

    await as("handler", `mutation($id: ID!) { acceptCase(id: $id) { id } }`, { id: c.id });
    await as("handler", `mutation($id: ID!) { recordProgress(id: $id, input: { note: "调取材料" }) { id } }`, {
      id: c.id,
    });
    const conclude = `mutation($id: ID!) { concludeCase(id: $id, input: { finding: SUBSTANTIATED, outcome: "给予党内警告处分" }) { status } }`;
    const refused = await failure(as("handler", conclude, { id: c.id }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/上级交办件须先报送办结报告/);

    const submit = `mutation($id: ID!, $t: String!, $a: String, $d: String) { submitClosingReport(id: $id, text: $t, author: $a, reportDate: $d) { ${ASSIGNMENT} } }`;
    expect(
      (await failure(as("handler", submit, { id: c.id, t: "报告", a: "第一纪检监察室", d: beijingToday(2) }))).code,
    ).toBe("BAD_USER_INPUT");
    const me = (await as("handler", `{ me { id } }`)).me.id;
    const reported = (
      await as("handler", submit, {
        id: c.id,
        t: "办结报告：经核查属实，已处理。",
        a: "第一纪检监察室",
        d: beijingToday(0),
      })
    ).submitClosingReport.assignment;
    expect(reported).toEqual({
      authority: "青岛市纪委监委",
      dueDate: due,
      byHigherAuthority: true,
      overdue: false,
      late: true,
      closingReport: "办结报告：经核查属实，已处理。",
      closingReportAuthor: "第一纪检监察室",
      closingReportDate: beijingToday(0),
      closingReportBy: { id: me },
    });
    expect(await overdueIds()).not.toContain(c.id);
    expect((await as("handler", conclude, { id: c.id })).concludeCase.status).toBe("CONCLUDED");
  });

  it("keeps the colour label thresholds for the system administrator", async () => {
    const READ = `{ colourLabelThresholds { isDefault repeatWindowMonths rules { category name enabled green yellow orange red } defaults { category red } } }`;
    const initial = (await as("leader", READ)).colourLabelThresholds;
    expect(initial.rules.find((r: any) => r.category === "COLLECTIVE")).toEqual({
      category: "COLLECTIVE",
      name: "集体举报",
      enabled: true,
      green: 5,
      yellow: 10,
      orange: 20,
      red: 50,
    });
    const SET = `mutation($i: ColourLabelThresholdsInput!) { setColourLabelThresholds(input: $i) { isDefault updatedBy { id } rules { category green yellow orange red } } }`;
    const input = { rules: [{ category: "COLLECTIVE", enabled: true, green: 3, yellow: 6, orange: 12, red: 30 }] };
    expect((await failure(as("leader", SET, { i: input }))).code).toBe("FORBIDDEN");
    const descending = await failure(
      as("admin", SET, { i: { rules: [{ category: "REPEAT", enabled: true, green: 4, yellow: 3 }] } }),
    );
    expect(descending.code).toBe("BAD_USER_INPUT");
    expect(descending.message).toMatch(/黄色阈值（3）须高于绿色阈值（4）/);
    expect(
      (await failure(as("admin", SET, { i: { rules: [{ category: "REPEAT", enabled: true, red: 0 }] } }))).code,
    ).toBe("BAD_USER_INPUT");
    const set = (await as("admin", SET, { i: input })).setColourLabelThresholds;
    expect(set.isDefault).toBe(false);
    expect(set.rules.find((r: any) => r.category === "COLLECTIVE")).toEqual({
      category: "COLLECTIVE",
      green: 3,
      yellow: 6,
      orange: 12,
      red: 30,
    });
    const now = (await as("leader", READ)).colourLabelThresholds;
    expect(now.isDefault).toBe(false);
    expect(now.defaults.find((r: any) => r.category === "COLLECTIVE").red).toBe(50);
    const audit = (
      await as("admin", `{ casesAuditLog(entity: "ColourLabelSetting", entityId: "default") { items { action } } }`)
    ).casesAuditLog.items.map((a: any) => a.action);
    expect(audit).toContain("label.thresholds");
  });

  it("catches up exactly once on reports routed while case handling was down", async () => {
    await p.platform.stopSubgraph("cases");
    const routed = [
      await route({ disposition: "PRELIMINARY_VERIFICATION", handlingDepartmentId: handlerUnit }),
      await route({ disposition: "INVESTIGATION", handlingDepartmentId: dept.JJS03 }),
    ];
    // the same subgraph comes back (here in this process) on the same port, database and secrets
    const casesUrl = new URL(p.platform.subgraphs.cases.url);
    process.env.DATA_DIR = p.platform.dataDir;
    process.env.INTAKE_URL = p.platform.subgraphs.intake.url;
    process.env.DIRECTORY_URL = p.platform.subgraphs.directory.url;
    process.env.EVENT_POLL_MS = "200";
    resetConfig();
    inProcessCases = await startSubgraph(casesSubgraph, {
      port: Number(casesUrl.port),
      databaseUrl: p.platform.databaseUrl,
      demoData: false,
      log: () => {},
    });
    for (const id of routed) {
      const r = await eventually(async () => {
        const x = await caseOf(id);
        return x.case && x.status === "ROUTED" ? x : null;
      }, "the case opened after catching up");
      expect(r.case.status).toBe("PENDING_ACCEPTANCE");
    }
    // polls after catching up open nothing more: one case per report, one CaseOpened each
    await sleep(800);
    const events = (await as("admin", `{ casesEvents(limit: 1000) { type payload } }`)).casesEvents
      .filter((e: any) => e.type === "CaseOpened")
      .map((e: any) => JSON.parse(e.payload).reportId);
    for (const id of routed) expect(events.filter((x: string) => x === id)).toHaveLength(1);
  });
});
