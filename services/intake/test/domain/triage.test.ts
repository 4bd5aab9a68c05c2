import {
  CheckFlag,
  Disposition,
  NotAcceptableGround,
  Origin,
  ReportStatus,
  Scope,
  TriageStep,
} from "../../src/domain/enums";
import { AppError, type ErrorCode } from "@prp/kit/core";
import {
  applyStep,
  markRouted,
  newTriageState,
  nextAllowedSteps,
  reopen,
  signForwarded,
  type TriageState,
} from "../../src/domain/triage";

const OFFICER = ["PETITION_OFFICER"];
const LEADER = ["LEADER"];

/** Expect `fn` to throw the kit's AppError with this code (and message, when given). */
function expectTriageError(fn: () => unknown, code: ErrorCode, message?: string | RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
  if (message) expect((caught as AppError).message).toMatch(message);
}

const distinguished = (scope = Scope.IN_SCOPE, competentDepartmentId?: string) =>
  applyStep(newTriageState(Origin.SELF_RECEIVED), TriageStep.DISTINGUISH, OFFICER, { scope, competentDepartmentId });
const checked = (state = distinguished(), flags: CheckFlag[] = [], notAcceptableGround?: NotAcceptableGround) =>
  applyStep(state, TriageStep.CHECK, OFFICER, { flags, notAcceptableGround });
const consulted = (state = checked()) =>
  applyStep(state, TriageStep.CONSULT, OFFICER, {
    participants: ["petition-office", "case-supervision-office"],
    minutes: "同意初步核实",
  });
const decided = (state: TriageState = checked(), disposition = Disposition.PRELIMINARY_VERIFICATION) =>
  applyStep(state, TriageStep.DECIDE, LEADER, { disposition, handlingDepartmentId: "office-2" });

describe("starting states", () => {
  it("self-received reports are registered; forwarded and assigned ones wait to be signed", () => {
    expect(newTriageState(Origin.SELF_RECEIVED).status).toBe(ReportStatus.REGISTERED);
    expect(newTriageState(Origin.FORWARDED_FROM_SUPERIOR).status).toBe(ReportStatus.UNSIGNED);
    expect(newTriageState(Origin.ASSIGNED_BY_SUPERIOR).status).toBe(ReportStatus.UNSIGNED);
  });

  it("an unsigned forwarded item cannot be triaged until signed", () => {
    const unsigned = newTriageState(Origin.FORWARDED_FROM_SUPERIOR);
    expect(nextAllowedSteps(unsigned)).toEqual([]);
    expectTriageError(
      () => applyStep(unsigned, TriageStep.DISTINGUISH, OFFICER, { scope: Scope.IN_SCOPE }),
      "CONFLICT",
      /请先签收/,
    );
    const signed = signForwarded(unsigned, OFFICER);
    expect(signed.status).toBe(ReportStatus.REGISTERED);
    expect(applyStep(signed, TriageStep.DISTINGUISH, OFFICER, { scope: Scope.IN_SCOPE }).status).toBe(
      ReportStatus.DISTINGUISHED,
    );
  });

  it("signing is for petition staff and leaders, and only once", () => {
    const unsigned = newTriageState(Origin.FORWARDED_FROM_SUPERIOR);
    expectTriageError(() => signForwarded(unsigned, ["CASE_HANDLER"]), "FORBIDDEN");
    expectTriageError(() => signForwarded(signForwarded(unsigned, LEADER), OFFICER), "CONFLICT");
    expectTriageError(() => signForwarded(newTriageState(Origin.SELF_RECEIVED), OFFICER), "CONFLICT");
  });
});

describe("step order", () => {
  it("runs 辨 → 查 → (商) → 定 and offers the right next steps", () => {
    const registered = newTriageState(Origin.SELF_RECEIVED);
    expect(nextAllowedSteps(registered)).toEqual([TriageStep.DISTINGUISH]);
    const d = distinguished();
    expect(nextAllowedSteps(d)).toEqual([TriageStep.CHECK]);
    const c = checked(d);
    expect(nextAllowedSteps(c)).toEqual([TriageStep.CONSULT, TriageStep.DECIDE]);
    const s = consulted(c);
    expect(s.status).toBe(ReportStatus.CONSULTED);
    expect(nextAllowedSteps(s)).toEqual([TriageStep.DECIDE]);
    const final = decided(s);
    expect(final.status).toBe(ReportStatus.DECIDED);
    expect(nextAllowedSteps(final)).toEqual([]);
  });

  it("consultation is optional: a leader may decide straight after the check", () => {
    expect(decided(checked()).status).toBe(ReportStatus.DECIDED);
  });

  it.each([
    ["CHECK before DISTINGUISH", () => newTriageState(Origin.SELF_RECEIVED), TriageStep.CHECK, OFFICER],
    ["CONSULT before CHECK", () => distinguished(), TriageStep.CONSULT, OFFICER],
    ["DECIDE before CHECK", () => distinguished(), TriageStep.DECIDE, LEADER],
    ["DECIDE on a fresh report", () => newTriageState(Origin.SELF_RECEIVED), TriageStep.DECIDE, LEADER],
  ])("a skipped step is a conflict: %s", (_name, state, step, roles) => {
    expectTriageError(
      () =>
        applyStep(state(), step, roles, {
          scope: Scope.IN_SCOPE,
          flags: [],
          participants: [],
          minutes: "",
          disposition: Disposition.CLOSE,
        } as never),
      "CONFLICT",
      /顺序/,
    );
  });

  it.each([
    ["DISTINGUISH again", () => distinguished(), TriageStep.DISTINGUISH],
    ["CHECK again", () => checked(), TriageStep.CHECK],
    ["DISTINGUISH after CHECK", () => checked(), TriageStep.DISTINGUISH],
    ["CONSULT again", () => consulted(), TriageStep.CONSULT],
    ["CHECK after CONSULT", () => consulted(), TriageStep.CHECK],
  ])("a repeated step is a conflict: %s", (_name, state, step) => {
    expectTriageError(
      () =>
        applyStep(state(), step, LEADER, {
          scope: Scope.IN_SCOPE,
          flags: [],
          participants: ["a", "b"],
          minutes: "x",
        } as never),
      "CONFLICT",
      /已完成/,
    );
  });

  it("nothing may be done to a decided report except reopening it", () => {
    const d = decided();
    for (const step of Object.values(TriageStep))
      expectTriageError(
        () => applyStep(d, step, LEADER, { disposition: Disposition.CLOSE } as never),
        "CONFLICT",
        /已审定/,
      );
  });

  it("never changes the state it was given", () => {
    const before = checked();
    const snapshot = JSON.parse(JSON.stringify(before));
    decided(before);
    expect(JSON.parse(JSON.stringify(before))).toEqual(snapshot);
  });

  it("refuses an unknown step", () => {
    expectTriageError(
      () => applyStep(distinguished(), "ESCALATE" as TriageStep, LEADER, {} as never),
      "BAD_USER_INPUT",
    );
  });
});

describe("roles", () => {
  it("only a leader decides", () => {
    for (const roles of [OFFICER, ["CASE_HANDLER"], ["ADMIN"], []])
      expectTriageError(
        () => applyStep(checked(), TriageStep.DECIDE, roles, { disposition: Disposition.CLOSE }),
        "FORBIDDEN",
        /委领导/,
      );
    expect(
      applyStep(checked(), TriageStep.DECIDE, ["PETITION_OFFICER", "LEADER"], { disposition: Disposition.CLOSE })
        .status,
    ).toBe(ReportStatus.DECIDED);
  });

  it("distinguish, check and consult are for petition officers and leaders", () => {
    const registered = newTriageState(Origin.SELF_RECEIVED);
    for (const roles of [["CASE_HANDLER"], ["ANALYST"], ["ADMIN"], ["SERVICE"], []])
      expectTriageError(
        () => applyStep(registered, TriageStep.DISTINGUISH, roles, { scope: Scope.IN_SCOPE }),
        "FORBIDDEN",
      );
    expect(applyStep(registered, TriageStep.DISTINGUISH, LEADER, { scope: Scope.IN_SCOPE }).status).toBe(
      ReportStatus.DISTINGUISHED,
    );
    expectTriageError(() => applyStep(distinguished(), TriageStep.CHECK, ["LIAISON"], { flags: [] }), "FORBIDDEN");
    expectTriageError(
      () => applyStep(checked(), TriageStep.CONSULT, ["CASE_HANDLER"], { participants: ["a", "b"], minutes: "x" }),
      "FORBIDDEN",
    );
  });

  it("the role is checked before the state: a non-leader deciding too early is forbidden", () => {
    expectTriageError(
      () => applyStep(distinguished(), TriageStep.DECIDE, OFFICER, { disposition: Disposition.CLOSE }),
      "FORBIDDEN",
    );
  });
});

describe("DISTINGUISH", () => {
  it("out of scope must name the competent department; in scope must not", () => {
    const registered = newTriageState(Origin.SELF_RECEIVED);
    expectTriageError(
      () => applyStep(registered, TriageStep.DISTINGUISH, OFFICER, { scope: Scope.OUT_OF_SCOPE }),
      "BAD_USER_INPUT",
      /主管部门/,
    );
    expectTriageError(
      () =>
        applyStep(registered, TriageStep.DISTINGUISH, OFFICER, {
          scope: Scope.OUT_OF_SCOPE,
          competentDepartmentId: "  ",
        }),
      "BAD_USER_INPUT",
    );
    expectTriageError(
      () =>
        applyStep(registered, TriageStep.DISTINGUISH, OFFICER, {
          scope: Scope.IN_SCOPE,
          competentDepartmentId: "dept-housing",
        }),
      "BAD_USER_INPUT",
    );
    const out = applyStep(registered, TriageStep.DISTINGUISH, OFFICER, {
      scope: Scope.OUT_OF_SCOPE,
      competentDepartmentId: " dept-housing ",
    });
    expect(out.distinguish).toEqual({ scope: Scope.OUT_OF_SCOPE, competentDepartmentId: "dept-housing", note: null });
  });

  it("needs a valid scope", () => {
    expectTriageError(
      () =>
        applyStep(newTriageState(Origin.SELF_RECEIVED), TriageStep.DISTINGUISH, OFFICER, { scope: "MAYBE" as Scope }),
      "BAD_USER_INPUT",
    );
  });
});

describe("CHECK", () => {
  it("NOT_ACCEPTABLE needs a ground, and a ground needs NOT_ACCEPTABLE", () => {
    expectTriageError(() => checked(distinguished(), [CheckFlag.NOT_ACCEPTABLE]), "BAD_USER_INPUT", /理由/);
    expectTriageError(
      () => checked(distinguished(), [CheckFlag.TEMPLATED], NotAcceptableGround.OTHER_BODY),
      "BAD_USER_INPUT",
    );
    const c = checked(
      distinguished(),
      [CheckFlag.NOT_ACCEPTABLE, CheckFlag.NO_SUBSTANCE],
      NotAcceptableGround.NO_SUBSTANCE,
    );
    expect(c.check?.notAcceptableGround).toBe(NotAcceptableGround.NO_SUBSTANCE);
  });

  it("dedupes flags into a stable order and records related reports", () => {
    const c = applyStep(distinguished(), TriageStep.CHECK, OFFICER, {
      flags: [CheckFlag.REPEAT, CheckFlag.TEMPLATED, CheckFlag.REPEAT],
      repeatOf: ["r-1", " r-1 ", "r-2", ""],
      templatedWith: ["r-9"],
    });
    expect(c.check).toEqual({
      flags: [CheckFlag.TEMPLATED, CheckFlag.REPEAT],
      notAcceptableGround: null,
      repeatOf: ["r-1", "r-2"],
      templatedWith: ["r-9"],
      note: null,
    });
  });

  it("refuses unknown flags and grounds", () => {
    expectTriageError(() => checked(distinguished(), ["SPAM" as CheckFlag]), "BAD_USER_INPUT");
    expectTriageError(
      () => checked(distinguished(), [CheckFlag.NOT_ACCEPTABLE], "BECAUSE" as NotAcceptableGround),
      "BAD_USER_INPUT",
    );
  });
});

describe("CONSULT", () => {
  it("needs at least two participants and minutes", () => {
    const c = checked();
    expectTriageError(
      () => applyStep(c, TriageStep.CONSULT, OFFICER, { participants: ["petition-office"], minutes: "x" }),
      "BAD_USER_INPUT",
    );
    expectTriageError(
      () => applyStep(c, TriageStep.CONSULT, OFFICER, { participants: ["a", "a"], minutes: "x" }),
      "BAD_USER_INPUT",
    );
    expectTriageError(
      () => applyStep(c, TriageStep.CONSULT, OFFICER, { participants: ["a", "b"], minutes: "  " }),
      "BAD_USER_INPUT",
    );
    expect(consulted(c).consult).toEqual({
      participants: ["petition-office", "case-supervision-office"],
      minutes: "同意初步核实",
    });
  });
});

describe("DECIDE", () => {
  it("out of scope allows only a transfer to the competent department, defaulting to the one named at 辨", () => {
    const out = checked(distinguished(Scope.OUT_OF_SCOPE, "dept-education"));
    for (const d of Object.values(Disposition).filter((x) => x !== Disposition.TRANSFER_TO_DEPARTMENT))
      expectTriageError(
        () =>
          applyStep(out, TriageStep.DECIDE, LEADER, {
            disposition: d,
            handlingDepartmentId: "x",
            dueDate: "2026-12-31",
          }),
        "BAD_USER_INPUT",
        /只能移送主管部门/,
      );
    const transferred = applyStep(out, TriageStep.DECIDE, LEADER, {
      disposition: Disposition.TRANSFER_TO_DEPARTMENT,
      copyToDepartmentId: " office-1 ",
    });
    expect(transferred.decision).toEqual({
      disposition: Disposition.TRANSFER_TO_DEPARTMENT,
      handlingDepartmentId: "dept-education",
      dueDate: null,
      opinion: null,
      copyToDepartmentId: "office-1",
      decidedAt: null,
    });
    const elsewhere = applyStep(out, TriageStep.DECIDE, LEADER, {
      disposition: Disposition.TRANSFER_TO_DEPARTMENT,
      handlingDepartmentId: "dept-housing",
    });
    expect(elsewhere.decision?.handlingDepartmentId).toBe("dept-housing");
  });

  it("in scope allows every disposition but the transfer to a department", () => {
    const c = checked();
    expectTriageError(
      () =>
        applyStep(c, TriageStep.DECIDE, LEADER, {
          disposition: Disposition.TRANSFER_TO_DEPARTMENT,
          handlingDepartmentId: "x",
        }),
      "BAD_USER_INPUT",
    );
    for (const disposition of [
      Disposition.TALK_OR_LETTER_INQUIRY,
      Disposition.PRELIMINARY_VERIFICATION,
      Disposition.HOLD,
      Disposition.CLOSE,
      Disposition.INVESTIGATION,
    ])
      expect(applyStep(c, TriageStep.DECIDE, LEADER, { disposition }).decision?.disposition).toBe(disposition);
  });

  it("ASSIGN_DOWN needs a handling department and a valid due date, not in the past", () => {
    const c = checked();
    const now = new Date("2026-06-01T02:00:00Z");
    const decide = (p: object) =>
      applyStep(c, TriageStep.DECIDE, LEADER, { disposition: Disposition.ASSIGN_DOWN, ...p }, { now });
    expectTriageError(() => decide({ dueDate: "2026-07-01" }), "BAD_USER_INPUT", /承办单位/);
    expectTriageError(() => decide({ handlingDepartmentId: "town-jiangshan" }), "BAD_USER_INPUT", /办结期限/);
    expectTriageError(
      () => decide({ handlingDepartmentId: "town-jiangshan", dueDate: "2026-06-31" }),
      "BAD_USER_INPUT",
      /有效的日期/,
    );
    expectTriageError(
      () => decide({ handlingDepartmentId: "town-jiangshan", dueDate: "2026-05-31" }),
      "BAD_USER_INPUT",
      /早于今天/,
    );
    expect(
      decide({ handlingDepartmentId: "town-jiangshan", dueDate: "2026-06-01", copyToDepartmentId: "ignored" }).decision,
    ).toEqual({
      disposition: Disposition.ASSIGN_DOWN,
      handlingDepartmentId: "town-jiangshan",
      dueDate: "2026-06-01",
      opinion: null,
      // a copy-to unit belongs to a transfer to a department only; the decision records its time
      copyToDepartmentId: null,
      decidedAt: now.toISOString(),
    });
  });

  it("TRANSFER_DOWN needs a handling department; a due date belongs only to ASSIGN_DOWN", () => {
    const c = checked();
    expectTriageError(
      () => applyStep(c, TriageStep.DECIDE, LEADER, { disposition: Disposition.TRANSFER_DOWN }),
      "BAD_USER_INPUT",
    );
    expectTriageError(
      () =>
        applyStep(c, TriageStep.DECIDE, LEADER, {
          disposition: Disposition.TRANSFER_DOWN,
          handlingDepartmentId: "t",
          dueDate: "2026-12-01",
        }),
      "BAD_USER_INPUT",
      /只有交办/,
    );
    expect(
      applyStep(c, TriageStep.DECIDE, LEADER, { disposition: Disposition.TRANSFER_DOWN, handlingDepartmentId: "t" })
        .status,
    ).toBe(ReportStatus.DECIDED);
  });

  it("a report found not acceptable may only be closed or transferred", () => {
    const notAcceptable = checked(
      distinguished(),
      [CheckFlag.NOT_ACCEPTABLE],
      NotAcceptableGround.LITIGATION_OR_ARBITRATION,
    );
    expectTriageError(() => decided(notAcceptable, Disposition.PRELIMINARY_VERIFICATION), "BAD_USER_INPUT", /不予受理/);
    expect(decided(notAcceptable, Disposition.CLOSE).decision?.disposition).toBe(Disposition.CLOSE);
  });

  it("refuses an unknown disposition", () => {
    expectTriageError(
      () => applyStep(checked(), TriageStep.DECIDE, LEADER, { disposition: "FORGET" as Disposition }),
      "BAD_USER_INPUT",
    );
  });
});

describe("reopen", () => {
  it("only a leader reopens, only a decided report, only with a reason", () => {
    const d = decided(consulted());
    expectTriageError(() => reopen(d, OFFICER, "证据有新情况"), "FORBIDDEN");
    expectTriageError(() => reopen(consulted(), LEADER, "证据有新情况"), "CONFLICT", /已审定/);
    expectTriageError(() => reopen(d, LEADER, "   "), "BAD_USER_INPUT", /理由/);
    expectTriageError(() => reopen(markRouted(d), LEADER, "证据有新情况"), "CONFLICT", /撤回/);
  });

  it("by default goes back to just before DECIDE, keeping 辨/查/商 and the history", () => {
    const d = decided(consulted());
    const r = reopen(d, LEADER, "  需补充核实材料 ");
    expect(r.status).toBe(ReportStatus.CONSULTED);
    expect(r.decision).toBeNull();
    expect(r.consult).toEqual(d.consult);
    expect(nextAllowedSteps(r)).toEqual([TriageStep.DECIDE]);
    expect(r.reopenings).toEqual([
      { reason: "需补充核实材料", redoFrom: TriageStep.DECIDE, withdrawnDecision: d.decision, cleared: {} },
    ]);
    // decide again, differently
    const again = applyStep(r, TriageStep.DECIDE, LEADER, { disposition: Disposition.HOLD });
    expect(again.decision?.disposition).toBe(Disposition.HOLD);
    expect(again.reopenings).toHaveLength(1);
  });

  it("without a consultation, goes back to CHECKED so a consultation may still be held", () => {
    const r = reopen(decided(checked()), LEADER, "需集体会商");
    expect(r.status).toBe(ReportStatus.CHECKED);
    expect(nextAllowedSteps(r)).toEqual([TriageStep.CONSULT, TriageStep.DECIDE]);
  });

  it("may send the report back to an earlier step, clearing that step and the later ones", () => {
    const d = decided(consulted());
    const toDistinguish = reopen(d, LEADER, "应属业务范围外", TriageStep.DISTINGUISH);
    expect(toDistinguish.status).toBe(ReportStatus.REGISTERED);
    expect([toDistinguish.distinguish, toDistinguish.check, toDistinguish.consult, toDistinguish.decision]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(toDistinguish.reopenings[0].cleared).toEqual({
      distinguish: d.distinguish,
      check: d.check,
      consult: d.consult,
    });
    // and the report may now go out of scope
    const out = applyStep(toDistinguish, TriageStep.DISTINGUISH, OFFICER, {
      scope: Scope.OUT_OF_SCOPE,
      competentDepartmentId: "dept-housing",
    });
    expect(out.status).toBe(ReportStatus.DISTINGUISHED);

    const toCheck = reopen(d, LEADER, "疑似贴牌", TriageStep.CHECK);
    expect(toCheck.status).toBe(ReportStatus.DISTINGUISHED);
    expect(toCheck.distinguish).toEqual(d.distinguish);
    expect(toCheck.check).toBeNull();

    const toConsult = reopen(d, LEADER, "重新会商", TriageStep.CONSULT);
    expect(toConsult.status).toBe(ReportStatus.CHECKED);
    expect(toConsult.consult).toBeNull();
    expect(toConsult.check).toEqual(d.check);
  });
});

describe("markRouted", () => {
  it("ends intake for a decided report only", () => {
    expect(markRouted(decided()).status).toBe(ReportStatus.ROUTED);
    expectTriageError(() => markRouted(checked()), "CONFLICT");
    expect(nextAllowedSteps(markRouted(decided()))).toEqual([]);
  });
});
