import { AppError, Role } from "@prp/kit/core";
import {
  acceptCase,
  assignmentOverdue,
  closeCase,
  closingReportLate,
  concludeCase,
  delistFromSupervision,
  gradeCase,
  listForSupervision,
  markFeedbackGiven,
  openCase,
  reassignCase,
  recordProgress,
  setHandlingMode,
  submitClosingReport,
  withdrawCase,
  type CaseActor,
  type CaseState,
} from "../../src/domain/case-handling";
import { projectCase, projectCaseUnits } from "../../src/domain/case-columns";
import { CaseGrade, CaseStatus, CaseUnitRole, Finding, HandlingMode, SupervisionLevel } from "../../src/domain/enums";
import { assignmentFor, openingFor, initialGrade } from "../../src/domain/opening";

const now = new Date("2026-03-02T02:00:00Z");
const handler: CaseActor = { id: "h1", roles: [Role.CASE_HANDLER], departmentId: "office-1" };
const otherHandler: CaseActor = { id: "h2", roles: [Role.CASE_HANDLER], departmentId: "office-2" };
const leader: CaseActor = { id: "l1", roles: [Role.LEADER], departmentId: "leadership" };
const officer: CaseActor = { id: "o1", roles: [Role.PETITION_OFFICER], departmentId: "xfs" };

const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as AppError).code;
  }
  return "OK";
};

const fresh = (over: Partial<Parameters<typeof openCase>[0]> = {}): CaseState =>
  openCase({ handlingUnitId: "office-1", realName: true, grade: CaseGrade.ROUTINE, assignment: null, ...over });

describe("what a routing opens", () => {
  it("maps intake's dispositions to a case, a transfer or nothing", () => {
    expect(
      ["TALK_OR_LETTER_INQUIRY", "PRELIMINARY_VERIFICATION", "INVESTIGATION", "TRANSFER_DOWN", "ASSIGN_DOWN"].map(
        openingFor,
      ),
    ).toEqual(Array(5).fill("CASE"));
    expect(openingFor("TRANSFER_TO_DEPARTMENT")).toBe("TRANSFER");
    expect(openingFor("HOLD")).toBe("NOTHING");
    expect(openingFor("CLOSE")).toBe("NOTHING");
    expect(initialGrade("COMPLEX")).toBe("KEY");
    expect(initialGrade("SIMPLE")).toBe("ROUTINE");
  });
});

describe("which case is a 交办 item, and whose due date it carries", () => {
  const base = { disposition: "PRELIMINARY_VERIFICATION", forwardingAuthority: "青岛市纪委监委", dueDate: null };
  it("gives an item assigned by a higher authority that authority's due date, closing report before conclusion", () => {
    expect(assignmentFor({ ...base, origin: "ASSIGNED_BY_SUPERIOR", authorityDueDate: "2026-04-30" })).toEqual({
      authority: "青岛市纪委监委",
      dueDate: "2026-04-30",
      byHigherAuthority: true,
    });
    // the authority's date wins over our own when we assign the item further down
    expect(
      assignmentFor({
        ...base,
        disposition: "ASSIGN_DOWN",
        dueDate: "2026-04-10",
        origin: "ASSIGNED_BY_SUPERIOR",
        authorityDueDate: "2026-04-30",
      })?.dueDate,
    ).toBe("2026-04-30");
    // a forwarded item becomes one when the authority set a due date, not otherwise
    expect(
      assignmentFor({ ...base, origin: "FORWARDED_FROM_SUPERIOR", authorityDueDate: "2026-05-01" })?.byHigherAuthority,
    ).toBe(true);
    expect(assignmentFor({ ...base, origin: "FORWARDED_FROM_SUPERIOR", authorityDueDate: null })).toBeNull();
  });

  it("gives our own 交办 our due date, closing report before closing only", () => {
    expect(
      assignmentFor({
        disposition: "ASSIGN_DOWN",
        origin: "SELF_RECEIVED",
        forwardingAuthority: null,
        dueDate: "2026-04-10",
        authorityDueDate: null,
      }),
    ).toEqual({ authority: null, dueDate: "2026-04-10", byHigherAuthority: false });
    expect(assignmentFor({ ...base, origin: "SELF_RECEIVED", forwardingAuthority: null, authorityDueDate: null })).toBe(
      null,
    );
  });
});

describe("the case step machine", () => {
  it("runs ACCEPTED → IN_PROGRESS → CONCLUDED → FEEDBACK_GIVEN → CLOSED and records first responsibility", () => {
    const s0 = fresh();
    expect(s0.status).toBe(CaseStatus.PENDING_ACCEPTANCE);
    const s1 = acceptCase(s0, handler, now);
    expect(s1.status).toBe(CaseStatus.ACCEPTED);
    expect(s1.firstResponsibility).toEqual({ unitId: "office-1", personId: "h1", since: now.toISOString() });
    expect(s0.status).toBe(CaseStatus.PENDING_ACCEPTANCE); // the input is never changed
    const s2 = recordProgress(s1, handler);
    expect(s2.status).toBe(CaseStatus.IN_PROGRESS);
    expect(recordProgress(s2, handler)).toBe(s2);
    const s3 = concludeCase(s2, handler, { finding: Finding.PARTLY_SUBSTANTIATED, outcome: "对相关人员批评教育" }, now);
    expect(s3.status).toBe(CaseStatus.CONCLUDED);
    expect(s3.conclusion?.finding).toBe(Finding.PARTLY_SUBSTANTIATED);
    const s4 = markFeedbackGiven(s3, now);
    expect(s4.status).toBe(CaseStatus.FEEDBACK_GIVEN);
    const s5 = closeCase(s4, leader, now);
    expect(s5.status).toBe(CaseStatus.CLOSED);
    expect(projectCase(s5)).toMatchObject({
      status: "CLOSED",
      finding: "PARTLY_SUBSTANTIATED",
      firstUnitId: "office-1",
      firstPersonId: "h1",
    });
  });

  it("refuses illegal transitions with CONFLICT", () => {
    const s0 = fresh();
    expect(code(() => recordProgress(s0, handler))).toBe("CONFLICT");
    const s1 = acceptCase(s0, handler, now);
    expect(code(() => acceptCase(s1, handler, now))).toBe("CONFLICT");
    expect(code(() => concludeCase(s1, handler, { finding: Finding.SUBSTANTIATED, outcome: "x" }, now))).toBe(
      "CONFLICT",
    );
    expect(code(() => markFeedbackGiven(s1, now))).toBe("CONFLICT");
    expect(code(() => closeCase(s1, leader, now))).toBe("CONFLICT");
    const concluded = concludeCase(
      recordProgress(s1, handler),
      handler,
      { finding: Finding.UNSUBSTANTIATED, outcome: "查无实据" },
      now,
    );
    // a real-name reporter is told the result before the case is closed
    expect(code(() => closeCase(concluded, leader, now))).toBe("CONFLICT");
    const closed = closeCase(markFeedbackGiven(concluded, now), leader, now);
    expect(code(() => recordProgress(closed, handler))).toBe("CONFLICT");
    expect(code(() => gradeCase(closed, leader, CaseGrade.KEY))).toBe("CONFLICT");
  });

  it("closes an anonymous report's case without feedback, and refuses feedback for it", () => {
    const s = concludeCase(
      recordProgress(acceptCase(fresh({ realName: false }), handler, now), handler),
      handler,
      { finding: Finding.UNSUBSTANTIATED, outcome: "不属实" },
      now,
    );
    expect(code(() => markFeedbackGiven(s, now))).toBe("CONFLICT");
    expect(closeCase(s, officer, now).status).toBe(CaseStatus.CLOSED);
  });

  it("lets only a handler of the case's unit accept, and only handling units work on it", () => {
    const s0 = fresh();
    expect(code(() => acceptCase(s0, otherHandler, now))).toBe("FORBIDDEN");
    expect(code(() => acceptCase(s0, leader, now))).toBe("FORBIDDEN");
    expect(code(() => acceptCase(fresh({ handlingUnitId: null }), handler, now))).toBe("CONFLICT");
    const s1 = acceptCase(s0, handler, now);
    expect(code(() => recordProgress(s1, otherHandler))).toBe("FORBIDDEN");
    expect(recordProgress(s1, leader).status).toBe(CaseStatus.IN_PROGRESS);
  });

  it("reassigns only by a leader with a reason, keeping the first responsibility and the history", () => {
    const s1 = acceptCase(fresh(), handler, now);
    expect(code(() => reassignCase(s1, handler, { unitId: "office-2", personId: "h2", reason: "回避" }, now))).toBe(
      "FORBIDDEN",
    );
    expect(code(() => reassignCase(s1, leader, { unitId: "office-2", personId: "h2", reason: " " }, now))).toBe(
      "BAD_USER_INPUT",
    );
    const s2 = reassignCase(s1, leader, { unitId: "office-2", personId: "h2", reason: "承办人回避" }, now);
    expect(s2.responsibility).toMatchObject({ unitId: "office-2", personId: "h2" });
    expect(s2.firstResponsibility).toEqual(s1.firstResponsibility);
    expect(s2.reassignments).toHaveLength(1);
    expect(s2.reassignments[0]).toMatchObject({ from: { unitId: "office-1" }, leaderId: "l1", reason: "承办人回避" });
    // without a person, the new unit has to accept it
    const s3 = reassignCase(s2, leader, { unitId: "office-3", personId: null, reason: "改由第三室办理" }, now);
    expect(s3.status).toBe(CaseStatus.PENDING_ACCEPTANCE);
    expect(s3.handlingUnitId).toBe("office-3");
    expect(s3.reassignments).toHaveLength(2);
  });

  it("grades, lists a KEY case for supervision and delists it with a reason", () => {
    const s1 = acceptCase(fresh(), handler, now);
    const listing = { leaderId: "l1", level: SupervisionLevel.LEADER, dueDate: "2026-04-30", reason: "群众反映强烈" };
    expect(code(() => listForSupervision(s1, leader, listing, now))).toBe("CONFLICT"); // ROUTINE
    const key = gradeCase(s1, officer, CaseGrade.KEY);
    expect(code(() => listForSupervision(key, officer, listing, now))).toBe("FORBIDDEN");
    expect(code(() => listForSupervision(key, leader, { ...listing, dueDate: "2026-01-01" }, now))).toBe(
      "BAD_USER_INPUT",
    );
    const listed = listForSupervision(key, leader, listing, now);
    expect(projectCase(listed)).toMatchObject({
      listed: true,
      supervisionDueDate: "2026-04-30",
      supervisingLeaderId: "l1",
    });
    expect(code(() => listForSupervision(listed, leader, listing, now))).toBe("CONFLICT");
    expect(code(() => gradeCase(listed, leader, CaseGrade.ROUTINE))).toBe("CONFLICT");
    expect(code(() => delistFromSupervision(listed, leader, "", now))).toBe("BAD_USER_INPUT");
    const delisted = delistFromSupervision(listed, leader, "已取得阶段性成果", now);
    expect(delisted.supervision).toBeNull();
    expect(delisted.pastSupervisions[0]).toMatchObject({ reason: "群众反映强烈", delistReason: "已取得阶段性成果" });
  });

  it("sets the handling modes: a region's units only, a lead with members", () => {
    const s1 = acceptCase(fresh(), handler, now);
    const region = {
      mode: HandlingMode.REGIONAL_COORDINATION as const,
      regionId: "r1",
      coordinatingUnitId: "office-1",
      participatingUnitIds: ["town-a", "town-b"],
      regionUnitIds: ["office-1", "town-a", "town-b"],
    };
    const coordinated = setHandlingMode(s1, officer, region);
    expect(coordinated.coordination).toEqual({
      regionId: "r1",
      coordinatingUnitId: "office-1",
      participatingUnitIds: ["town-a", "town-b"],
    });
    expect(code(() => setHandlingMode(s1, officer, { ...region, participatingUnitIds: ["town-z"] }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(code(() => setHandlingMode(s1, handler, region))).toBe("FORBIDDEN");
    const joint = setHandlingMode(coordinated, leader, {
      mode: HandlingMode.JOINT,
      leadUnitId: "office-1",
      memberUnitIds: ["group-1", "town-a", "office-1"],
    });
    expect(joint.coordination).toBeNull();
    expect(joint.joint).toEqual({ leadUnitId: "office-1", memberUnitIds: ["group-1", "town-a"] });
    expect(projectCaseUnits(joint)).toEqual([
      { unitId: "office-1", role: CaseUnitRole.LEAD },
      { unitId: "group-1", role: CaseUnitRole.MEMBER },
      { unitId: "town-a", role: CaseUnitRole.MEMBER },
    ]);
    expect(
      code(() => setHandlingMode(s1, leader, { mode: HandlingMode.JOINT, leadUnitId: "office-1", memberUnitIds: [] })),
    ).toBe("BAD_USER_INPUT");
    // a member unit's handler records progress; only the lead concludes
    const member: CaseActor = { id: "g1", roles: [Role.CASE_HANDLER], departmentId: "group-1" };
    const inProgress = recordProgress(joint, member);
    expect(code(() => concludeCase(inProgress, member, { finding: Finding.SUBSTANTIATED, outcome: "x" }, now))).toBe(
      "FORBIDDEN",
    );
  });

  it("needs an assigned item's closing report before closing, and knows when it is late", () => {
    const assigned = fresh({ realName: false, assignment: { authority: "青岛市纪委监委", dueDate: "2026-03-20" } });
    const concluded = concludeCase(
      recordProgress(acceptCase(assigned, handler, now), handler),
      handler,
      { finding: Finding.SUBSTANTIATED, outcome: "给予党内警告处分" },
      now,
    );
    expect(code(() => closeCase(concluded, leader, now))).toBe("CONFLICT");
    // still missing: late from the day after the due date (Beijing calendar)
    expect(closingReportLate(concluded, new Date("2026-03-20T15:00:00Z"))).toBe(false); // 23:00 on the 20th in Beijing
    expect(closingReportLate(concluded, new Date("2026-03-20T16:00:00Z"))).toBe(true); // 00:00 on the 21st
    expect(code(() => submitClosingReport(fresh(), handler, "报告", now))).toBe("CONFLICT");
    const reported = submitClosingReport(concluded, handler, "办结报告：经核查……", now);
    expect(closingReportLate(reported, new Date("2026-05-01T00:00:00Z"))).toBe(false);
    expect(code(() => submitClosingReport(reported, handler, "again", now))).toBe("CONFLICT");
    expect(closeCase(reported, leader, now).status).toBe(CaseStatus.CLOSED);
  });

  it("wants a 上级交办 item's closing report (content, author, date) before conclusion, and flags it overdue", () => {
    const assigned = fresh({
      realName: false,
      assignment: { authority: "青岛市纪委监委", dueDate: "2026-03-20", byHigherAuthority: true },
    });
    const inProgress = recordProgress(acceptCase(assigned, handler, now), handler);
    let refusal: AppError | undefined;
    try {
      concludeCase(inProgress, handler, { finding: Finding.SUBSTANTIATED, outcome: "给予党内警告处分" }, now);
    } catch (e) {
      refusal = e as AppError;
    }
    expect(refusal?.code).toBe("CONFLICT");
    expect(refusal?.message).toMatch(/上级交办件须先报送办结报告.*2026-03-20/);
    expect(assignmentOverdue(inProgress, new Date("2026-03-20T15:00:00Z"))).toBe(false);
    expect(assignmentOverdue(inProgress, new Date("2026-03-20T16:00:00Z"))).toBe(true);
    // the report: a date in the future is refused, a blank one is today
    expect(
      code(() =>
        submitClosingReport(inProgress, handler, { text: "报告", author: "第一监督检查室", date: "2026-03-03" }, now),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(code(() => submitClosingReport(inProgress, handler, { text: "  " }, now))).toBe("BAD_USER_INPUT");
    expect(code(() => submitClosingReport(inProgress, otherHandler, { text: "报告" }, now))).toBe("FORBIDDEN");
    const reported = submitClosingReport(
      inProgress,
      handler,
      { text: "办结报告：经核查属实，已处理。", author: "第一监督检查室", date: "2026-03-01" },
      now,
    );
    expect(reported.assignment?.closingReport).toEqual({
      text: "办结报告：经核查属实，已处理。",
      author: "第一监督检查室",
      date: "2026-03-01",
      by: "h1",
      at: now.toISOString(),
    });
    expect(submitClosingReport(inProgress, handler, { text: "报告" }, now).assignment?.closingReport?.date).toBe(
      "2026-03-02",
    );
    expect(assignmentOverdue(reported, new Date("2026-05-01T00:00:00Z"))).toBe(false);
    const concluded = concludeCase(reported, handler, { finding: Finding.SUBSTANTIATED, outcome: "警告" }, now);
    expect(concluded.status).toBe(CaseStatus.CONCLUDED);
    expect(closeCase(concluded, leader, now).status).toBe(CaseStatus.CLOSED);
    // a case nobody accepted has no report to send yet (a leader may act for any case, but not before handling)
    expect(code(() => submitClosingReport(assigned, leader, { text: "报告" }, now))).toBe("CONFLICT");
  });

  it("withdraws a case nobody has worked on when intake withdraws its decision, and leaves one in progress", () => {
    expect(withdrawCase(fresh(), "重新研判", now)?.status).toBe(CaseStatus.WITHDRAWN);
    expect(withdrawCase(recordProgress(acceptCase(fresh(), handler, now), handler), "重新研判", now)).toBeNull();
  });
});
