import {
  CheckFlag,
  Disposition,
  NotAcceptableGround,
  Origin,
  ReportStatus,
  Scope,
  TriageStep,
} from "../../src/domain/enums";
import { applyStep, newTriageState, reopen, signForwarded } from "../../src/domain/triage";
import { flagsOf, projectTriage } from "../../src/domain/triage-columns";

const OFFICER = ["PETITION_OFFICER"];
const LEADER = ["LEADER"];
const now = new Date("2026-06-01T02:00:00.000Z");

const empty = {
  scope: null,
  competentDepartmentId: null,
  flags: "",
  isRepeat: false,
  disposition: null,
  handlingDepartmentId: null,
  copyToDepartmentId: null,
  decisionDueDate: null,
  decidedAt: null,
};

describe("projectTriage: the stored columns follow from the triage state", () => {
  it("a new report has its status and nothing else", () => {
    expect(projectTriage(newTriageState(Origin.FORWARDED_FROM_SUPERIOR))).toEqual({
      status: ReportStatus.UNSIGNED,
      ...empty,
    });
    expect(projectTriage(signForwarded(newTriageState(Origin.FORWARDED_FROM_SUPERIOR), OFFICER))).toEqual({
      status: ReportStatus.REGISTERED,
      ...empty,
    });
  });

  it("carries scope, flags, the decision and its copy-to unit and time as the steps add them", () => {
    const d = applyStep(newTriageState(Origin.SELF_RECEIVED), TriageStep.DISTINGUISH, OFFICER, {
      scope: Scope.OUT_OF_SCOPE,
      competentDepartmentId: "dept-housing",
    });
    expect(projectTriage(d)).toEqual({
      ...empty,
      status: ReportStatus.DISTINGUISHED,
      scope: Scope.OUT_OF_SCOPE,
      competentDepartmentId: "dept-housing",
    });
    const c = applyStep(d, TriageStep.CHECK, OFFICER, {
      flags: [CheckFlag.REPEAT, CheckFlag.TEMPLATED, CheckFlag.NOT_ACCEPTABLE],
      notAcceptableGround: NotAcceptableGround.OTHER_BODY,
    });
    const checked = projectTriage(c);
    expect(checked.flags).toBe("TEMPLATED,REPEAT,NOT_ACCEPTABLE");
    expect(flagsOf(checked)).toEqual([CheckFlag.TEMPLATED, CheckFlag.REPEAT, CheckFlag.NOT_ACCEPTABLE]);
    expect(checked.isRepeat).toBe(true);
    const decided = applyStep(
      c,
      TriageStep.DECIDE,
      LEADER,
      { disposition: Disposition.TRANSFER_TO_DEPARTMENT, copyToDepartmentId: "office-3" },
      { now },
    );
    expect(projectTriage(decided)).toEqual({
      status: ReportStatus.DECIDED,
      scope: Scope.OUT_OF_SCOPE,
      competentDepartmentId: "dept-housing",
      flags: "TEMPLATED,REPEAT,NOT_ACCEPTABLE",
      isRepeat: true,
      disposition: Disposition.TRANSFER_TO_DEPARTMENT,
      handlingDepartmentId: "dept-housing",
      copyToDepartmentId: "office-3",
      decisionDueDate: null,
      decidedAt: now,
    });
  });

  it("a due date for ASSIGN_DOWN; a reopening clears the decision and the steps it sends back", () => {
    const c = applyStep(
      applyStep(newTriageState(Origin.SELF_RECEIVED), TriageStep.DISTINGUISH, OFFICER, { scope: Scope.IN_SCOPE }),
      TriageStep.CHECK,
      OFFICER,
      { flags: [CheckFlag.REPEAT] },
    );
    const decided = applyStep(
      c,
      TriageStep.DECIDE,
      LEADER,
      { disposition: Disposition.ASSIGN_DOWN, handlingDepartmentId: "town-1", dueDate: "2026-07-01" },
      { now },
    );
    expect(projectTriage(decided)).toMatchObject({
      disposition: Disposition.ASSIGN_DOWN,
      handlingDepartmentId: "town-1",
      decisionDueDate: "2026-07-01",
      decidedAt: now,
      isRepeat: true,
    });
    expect(projectTriage(reopen(decided, LEADER, "改由纪检监察室初核"))).toEqual({
      ...empty,
      status: ReportStatus.CHECKED,
      scope: Scope.IN_SCOPE,
      flags: "REPEAT",
      isRepeat: true,
    });
    expect(projectTriage(reopen(decided, LEADER, "重新辨别", TriageStep.DISTINGUISH))).toEqual({
      ...empty,
      status: ReportStatus.REGISTERED,
    });
  });

  it("reads decisions stored before their time and copy-to unit were recorded", () => {
    const c = applyStep(
      applyStep(newTriageState(Origin.SELF_RECEIVED), TriageStep.DISTINGUISH, OFFICER, { scope: Scope.IN_SCOPE }),
      TriageStep.CHECK,
      OFFICER,
      { flags: [] },
    );
    const decided = applyStep(c, TriageStep.DECIDE, LEADER, { disposition: Disposition.HOLD });
    const { copyToDepartmentId: _c, decidedAt: _d, ...older } = decided.decision!;
    expect(projectTriage({ ...decided, decision: older })).toMatchObject({
      disposition: Disposition.HOLD,
      copyToDepartmentId: null,
      decidedAt: null,
    });
  });
});
