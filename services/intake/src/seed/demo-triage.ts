import { beijingDate } from "@prp/kit";
import {
  CheckFlag,
  Disposition,
  NotAcceptableGround,
  Origin,
  ProblemCategory,
  ReportStatus,
  Scope,
} from "../domain/enums";
import { DISPOSITION_LABELS } from "../domain/labels";
import type { CheckPayload, ConsultPayload, TriageState } from "../domain/triage";
import { checkReport, consultReport, decideReport, distinguishReport } from "../app/triage";
import { chance, int, officeMoment, weighted } from "./demo-calendar-time";
import { competentFor, copyableDepartments, topicOf } from "./demo-plan";
import { planAcceptanceNotice } from "./demo-acceptance-notices";
import { depsOf, touched, type DemoReport, type DemoYear, type RoutingPlan } from "./demo-year";

/**
 * 辨查商定 in the demo year, through the triage use cases: what the officer finds at each step
 * and what the leader decides, and when each step happens. A step happens only if its time has
 * come before the moment of seeding; a few items stop half-way (the backlog).
 */

interface Decision extends RoutingPlan {
  consult: ConsultPayload | null;
}

const committeeOf = (year: DemoYear, townId: string) =>
  year.dir.townCommittees.find((c) => c.townId === townId) ?? null;
const townIndex = (year: DemoYear, townId: string) =>
  Math.max(
    0,
    year.dir.towns.findIndex((t) => t.id === townId),
  );
const officeFor = (year: DemoYear, townId: string) =>
  year.dir.supervisionOffices.length
    ? year.dir.supervisionOffices[townIndex(year, townId) % year.dir.supervisionOffices.length]
    : null;
const serialOf = (year: DemoYear, id: string) => year.byId.get(id)?.report?.serial ?? "";

/** The disposition a report is heading for, before 查 (also the drafted opinion of an escalation). */
export function planRouting(year: DemoYear, p: DemoReport): RoutingPlan {
  const { r } = year;
  const d = p.draft;
  const g = d.g;
  const copyable = copyableDepartments(year.dir);
  if (d.outOfScope) {
    const c = competentFor(year.dir, d);
    return {
      disposition: Disposition.TRANSFER_TO_DEPARTMENT,
      handlingDepartmentId: c.id,
      handlingName: c.name,
      opinion: `移送${c.name}依法处理，抄送${c.copyTo!.name}跟踪了解办理情况，办理结果及时反馈`,
    };
  }
  const committee = g.level === "city" ? null : committeeOf(year, d.town.id);
  const office = officeFor(year, d.town.id);
  const down =
    committee ??
    (g.level === "city" ? (copyable.find((c) => c.name === d.subjectUnit)?.stationedGroup ?? null) : null) ??
    office;
  const choose = (): Disposition => {
    if (d.origin === Origin.ASSIGNED_BY_SUPERIOR)
      return down && chance(r, 0.6) ? Disposition.ASSIGN_DOWN : Disposition.PRELIMINARY_VERIFICATION;
    return weighted(
      r,
      g.level === "village"
        ? [
            [Disposition.TRANSFER_DOWN, 34],
            [Disposition.ASSIGN_DOWN, 16],
            [Disposition.TALK_OR_LETTER_INQUIRY, 10],
            [Disposition.PRELIMINARY_VERIFICATION, 16],
            [Disposition.CLOSE, 12],
            [Disposition.HOLD, 8],
            [Disposition.INVESTIGATION, 4],
          ]
        : [
            [Disposition.TALK_OR_LETTER_INQUIRY, 26],
            [Disposition.PRELIMINARY_VERIFICATION, 28],
            [Disposition.HOLD, 10],
            [Disposition.CLOSE, 12],
            [Disposition.INVESTIGATION, 5],
            [Disposition.TRANSFER_DOWN, 11],
            [Disposition.ASSIGN_DOWN, 8],
          ],
    );
  };
  let disposition = choose();
  if ((disposition === Disposition.TRANSFER_DOWN || disposition === Disposition.ASSIGN_DOWN) && !down)
    disposition = Disposition.HOLD;
  if (
    (disposition === Disposition.TALK_OR_LETTER_INQUIRY ||
      disposition === Disposition.PRELIMINARY_VERIFICATION ||
      disposition === Disposition.INVESTIGATION) &&
    !office &&
    !down
  )
    disposition = Disposition.HOLD;
  const topic = topicOf(d.text, g.category);
  switch (disposition) {
    case Disposition.TRANSFER_DOWN:
      return {
        disposition,
        handlingDepartmentId: down!.id,
        handlingName: down!.name,
        opinion: `转${down!.name}依规依纪办理，办理结果按季度报送信访室`,
      };
    case Disposition.ASSIGN_DOWN:
      return {
        disposition,
        handlingDepartmentId: down!.id,
        handlingName: down!.name,
        opinion: `交${down!.name}办理，重点核查${topic}问题，按期报送办结报告`,
      };
    case Disposition.TALK_OR_LETTER_INQUIRY: {
      const h = office ?? down!;
      return {
        disposition,
        handlingDepartmentId: h.id,
        handlingName: h.name,
        opinion: `由${h.name}对${g.subjectName}进行谈话函询，要求其对反映问题作出说明`,
      };
    }
    case Disposition.PRELIMINARY_VERIFICATION: {
      const h = office ?? down!;
      return {
        disposition,
        handlingDepartmentId: h.id,
        handlingName: h.name,
        opinion: `反映问题较为具体，由${h.name}初步核实，重点核查${topic}问题`,
      };
    }
    case Disposition.INVESTIGATION: {
      const h = office ?? down!;
      return {
        disposition,
        handlingDepartmentId: h.id,
        handlingName: h.name,
        opinion: `问题线索具体、可查性强，由${h.name}按程序审查调查`,
      };
    }
    case Disposition.HOLD:
      return {
        disposition,
        handlingDepartmentId: null,
        handlingName: null,
        opinion: "反映问题线索要素不全，暂存待查，待有新的情况再行处置",
      };
    default:
      return {
        disposition: Disposition.CLOSE,
        handlingDepartmentId: null,
        handlingName: null,
        opinion: "反映问题经了解已有结论，予以了结，做好解释说明工作",
      };
  }
}

/** What the officer confirms at 查: the proposals that really are copies or repeats, and the findings of the text. */
function checkFindings(year: DemoYear, p: DemoReport): CheckPayload {
  const { r } = year;
  const d = p.draft;
  const proposals = p.report!.proposals;
  const mates = new Set(
    d.group ? year.reports.filter((x) => x.draft.group === d.group && x.report).map((x) => x.report!.id) : [],
  );
  const templatedWith = proposals.templatedWith.map((m) => m.id).filter((x) => d.kind === "templated" && mates.has(x));
  let repeatOf = proposals.repeatOf.filter((x) => mates.has(x) && (d.kind === "repeat" || templatedWith.length === 0));
  const flags: CheckFlag[] = [];
  let ground: NotAcceptableGround | null = null;
  if (templatedWith.length) flags.push(CheckFlag.TEMPLATED);
  if (d.kind === "noSubstance") flags.push(CheckFlag.NO_SUBSTANCE);
  if (repeatOf.length) flags.push(CheckFlag.REPEAT);
  else repeatOf = [];
  if (d.outOfScope && d.g.category === ProblemCategory.LAW_AND_LITIGATION)
    ground = NotAcceptableGround.LITIGATION_OR_ARBITRATION;
  else if (d.outOfScope && chance(r, 0.4)) ground = NotAcceptableGround.OTHER_BODY;
  else if (d.kind === "noSubstance" && chance(r, 0.7)) ground = NotAcceptableGround.NO_SUBSTANCE;
  else if (repeatOf.length && !d.outOfScope) {
    // the matter was concluded before and nothing new is said: not accepted again
    const concluded = repeatOf
      .map((x) => year.byId.get(x)?.report)
      .find(
        (e) =>
          e?.decidedAt && (e.disposition === Disposition.CLOSE || e.disposition === Disposition.TALK_OR_LETTER_INQUIRY),
      );
    if (concluded && chance(r, 0.6)) ground = NotAcceptableGround.CONCLUDED_NO_NEW_FACTS;
  }
  if (ground) flags.push(CheckFlag.NOT_ACCEPTABLE);
  const note = templatedWith.length
    ? `与${templatedWith.map((x) => serialOf(year, x)).join("、")}内容基本相同，系贴牌举报`
    : repeatOf.length
      ? `${d.g.subjectName}此前已被反映${repeatOf.length}次（${repeatOf.map((x) => serialOf(year, x)).join("、")}）`
      : null;
  return { flags, notAcceptableGround: ground, repeatOf, templatedWith, note };
}

/** The leader's decision and whether the case goes to collective consultation first, given what 查 found. */
function decisionFor(year: DemoYear, p: DemoReport, s: TriageState): Decision {
  const { r, dir } = year;
  const d = p.draft;
  const check = s.check!;
  const first = d.group ? (year.firstOfGroup.get(d.group) ?? null) : null;
  let decision: RoutingPlan;
  if (s.distinguish!.scope === Scope.OUT_OF_SCOPE) {
    decision = p.plan!;
  } else if (check.flags.includes(CheckFlag.NOT_ACCEPTABLE)) {
    decision = {
      disposition: Disposition.CLOSE,
      handlingDepartmentId: null,
      handlingName: null,
      opinion:
        check.notAcceptableGround === NotAcceptableGround.NO_SUBSTANCE
          ? "仅有违纪违法指控而无具体事实，不予受理，予以了结"
          : "反映问题已依规依纪办结，本次未提供新的事实和证据，不再重复受理，做好解释疏导工作",
    };
  } else if (check.flags.includes(CheckFlag.NO_SUBSTANCE)) {
    decision = {
      disposition: Disposition.HOLD,
      handlingDepartmentId: null,
      handlingName: null,
      opinion: "反映内容笼统，暂存待查，待有具体线索再行处置",
    };
  } else if (check.flags.includes(CheckFlag.TEMPLATED) && first && first !== p) {
    decision = {
      disposition: Disposition.CLOSE,
      handlingDepartmentId: null,
      handlingName: null,
      opinion: `系贴牌举报，与${first.report!.serial}号件内容基本相同，并入该件一并办理`,
    };
  } else if (check.flags.includes(CheckFlag.REPEAT) && d.kind === "repeat" && check.repeatOf.length >= 3) {
    const h = officeFor(year, d.town.id) ?? committeeOf(year, d.town.id);
    decision = h
      ? {
          disposition: check.repeatOf.length >= 5 ? Disposition.INVESTIGATION : Disposition.PRELIMINARY_VERIFICATION,
          handlingDepartmentId: h.id,
          handlingName: h.name,
          opinion: `${d.g.subjectName}被反复举报${check.repeatOf.length + 1}次，纳入领导包案，由${h.name}${check.repeatOf.length >= 5 ? "按程序审查调查" : "初步核实"}，查清事实，做好举报人工作`,
        }
      : {
          disposition: Disposition.HOLD,
          handlingDepartmentId: null,
          handlingName: null,
          opinion: "重复举报，暂存待查",
        };
  } else if (check.flags.includes(CheckFlag.REPEAT)) {
    const earlier = check.repeatOf
      .map((x) => year.byId.get(x)?.report)
      .find((e) => e?.decidedAt && e.handlingDepartmentId);
    decision =
      earlier && (earlier.disposition === Disposition.TRANSFER_DOWN || earlier.disposition === Disposition.ASSIGN_DOWN)
        ? {
            disposition: Disposition.ASSIGN_DOWN,
            handlingDepartmentId: earlier.handlingDepartmentId,
            handlingName: null,
            opinion: `重复举报，并入${earlier.serial}号件，交原承办单位加快办理，按期报送办结报告`,
          }
        : p.plan!;
  } else {
    decision = p.plan!;
  }
  const hard =
    d.origin === Origin.ASSIGNED_BY_SUPERIOR
      ? chance(r, 0.5)
      : (check.flags.includes(CheckFlag.REPEAT) && check.repeatOf.length >= 2) ||
        decision.disposition === Disposition.INVESTIGATION ||
        (decision.disposition === Disposition.PRELIMINARY_VERIFICATION && chance(r, 0.4)) ||
        chance(r, 0.06);
  const office = decision.handlingDepartmentId
    ? dir.supervisionOffices.find((o) => o.id === decision.handlingDepartmentId)
    : null;
  const petitionOfficeName = dir.petitionOffice?.name ?? "信访室";
  const caseOfficeName = dir.caseSupervisionOffice?.name ?? "案件监督管理室";
  const consult = hard
    ? {
        participants: [...new Set([petitionOfficeName, caseOfficeName, ...(office ? [office.name] : [])])],
        minutes: `经集体会商，认为${d.g.subjectName}被反映${topicOf(d.text, d.g.category)}问题${decision.disposition === Disposition.CLOSE || decision.disposition === Disposition.HOLD ? "暂不具备查核条件" : "具有一定可查性"}，建议${DISPOSITION_LABELS[decision.disposition]}，报领导审定`,
      }
    : null;
  return { ...decision, consult };
}

/**
 * Plans 辨 after `after`, and from it 查, 商 (when the case is hard) and 定, each in office hours
 * some working days after the one before (forwarded items within the 5 working days of Art. 16).
 */
export function planTriage(year: DemoYear, p: DemoReport, after: Date): void {
  const { r, cal } = year;
  const d = p.draft;
  const forwarded = d.origin !== Origin.SELF_RECEIVED;
  const delay = (self: [number, number], fwd: [number, number]) =>
    forwarded ? int(r, fwd[0], fwd[1]) : int(r, self[0], self[1]);
  const halted = (status: ReportStatus) => d.haltAt === status;
  const stalled = chance(r, 0.04);
  if (halted(ReportStatus.REGISTERED)) return;

  const distinguishAt = officeMoment(cal, r, after, delay([1, 4], [0, 1]));
  year.agenda.at(distinguishAt, async () => {
    const competent = d.outOfScope ? competentFor(year.dir, d) : null;
    const note = competent
      ? `反映${topicOf(d.text, d.g.category)}问题，不属于纪检监察机关职责范围，属于${competent.name}职责`
      : null;
    touched(
      year,
      p,
      await distinguishReport(depsOf(year, p.officer), p.report!.id, {
        scope: competent ? Scope.OUT_OF_SCOPE : Scope.IN_SCOPE,
        competentDepartmentId: competent?.id ?? null,
        note,
      }),
    );
    if (halted(ReportStatus.DISTINGUISHED)) return;

    const checkAt = officeMoment(cal, r, distinguishAt, delay([1, 3], [0, 1]));
    year.agenda.at(checkAt, async () => {
      touched(year, p, await checkReport(depsOf(year, p.officer), p.report!.id, checkFindings(year, p)));
      if (!d.outOfScope) planAcceptanceNotice(year, p, checkAt);
      const decision = decisionFor(year, p, p.report!.triage);
      if (halted(ReportStatus.CHECKED)) return;
      if (!decision.consult)
        return planDecision(year, p, decision, checkAt, delay([1, 5], [0, 2]) + (stalled ? int(r, 20, 60) : 0));
      const consultAt = officeMoment(cal, r, checkAt, delay([2, 5], [1, 2]));
      year.agenda.at(consultAt, async () => {
        touched(year, p, await consultReport(depsOf(year, p.officer), p.report!.id, decision.consult!));
        planDecision(year, p, decision, consultAt, delay([1, 5], [0, 2]) + (stalled ? int(r, 20, 60) : 0));
      });
    });
  });
}

/** 定 by the report's leader, `workingDays` after `after`; an assignment gets a due date 20–40 working days on. */
function planDecision(year: DemoYear, p: DemoReport, decision: Decision, after: Date, workingDays: number): void {
  const decideAt = officeMoment(year.cal, year.r, after, workingDays);
  const dueInDays = int(year.r, 20, 40);
  year.agenda.at(decideAt, async () => {
    const dueDate =
      decision.disposition === Disposition.ASSIGN_DOWN
        ? year.cal.addWorkingDays(beijingDate(decideAt), dueInDays)
        : null;
    const report = await decideReport(depsOf(year, p.leader), p.report!.id, {
      disposition: decision.disposition,
      handlingDepartmentId: decision.handlingDepartmentId,
      dueDate,
      opinion: decision.opinion,
    });
    touched(year, p, report);
    if (p.draft.outOfScope) planAcceptanceNotice(year, p, decideAt);
  });
}
