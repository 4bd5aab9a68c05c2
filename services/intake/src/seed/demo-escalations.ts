import { Disposition, ReportStatus } from "../domain/enums";
import { DISPOSITION_LABELS } from "../domain/labels";
import { decideEscalation, escalateReport } from "../app/escalation";
import { DAY, MIN, chance, int, later, officeMoment, shuffled } from "./demo-calendar-time";
import { depsOf, touched, type DemoReport, type DemoYear } from "./demo-year";

/** 紧急事项呈批 in the demo year: urgent items go to the leader at once; a few recent ones still wait. */

const draftOpinionOf = (p: DemoReport) => {
  const plan = p.plan!;
  return `拟${DISPOSITION_LABELS[plan.disposition]}${plan.handlingName ? `（${plan.handlingName}）` : ""}：${plan.opinion}`;
};

/** Only a leader the directory knows can be sent an escalation. */
const canEscalate = (p: DemoReport) => !!p.leader.id && !!p.officer.id;

/**
 * An urgent item is drafted for its leader within the hour and mostly answered the same day.
 * Plans both; returns when triage may go on (after the answer, or after the draft while it waits).
 */
export function planUrgentEscalation(year: DemoYear, p: DemoReport, after: Date): Date {
  if (!p.draft.urgent || !canEscalate(p)) return after;
  const { r } = year;
  const draftedAt = later(after, int(r, 15, 45) * MIN);
  const decidedAt = later(draftedAt, int(r, 60, 300) * MIN);
  const approve = chance(r, 0.7);
  const caseOfficeName = year.dir.caseSupervisionOffice?.name ?? "案件监督管理室";
  const opinion = approve
    ? chance(r, 0.5)
      ? "同意。"
      : null
    : `同意${DISPOSITION_LABELS[p.plan!.disposition]}，请${caseOfficeName}跟踪督办，每周报告进展。`;
  year.agenda.at(draftedAt, async () => {
    const e = await escalateReport(depsOf(year, p.officer), {
      reportId: p.report!.id,
      leaderId: p.leader.id,
      draftOpinion: draftOpinionOf(p),
    });
    p.escalationId = e.id;
    touched(year, p);
  });
  year.agenda.at(decidedAt, async () => {
    await decideEscalation(depsOf(year, p.leader), { escalationId: p.escalationId!, approve, opinion });
    touched(year, p);
  });
  return decidedAt < year.now ? decidedAt : draftedAt;
}

/**
 * At the end of the year, a few recent items wait for a leader's instruction (呈批, not yet
 * answered): three in all, counting urgent ones still waiting.
 */
export async function escalateRecentItems(year: DemoYear, alreadyWaiting: number): Promise<void> {
  const { r, now } = year;
  const candidates = year.reports.filter((p) => {
    const status = p.report?.status;
    const heading = p.plan?.disposition;
    return (
      !!p.report &&
      canEscalate(p) &&
      now.getTime() - p.draft.receivedAt.getTime() < 40 * DAY &&
      status !== ReportStatus.UNSIGNED &&
      status !== ReportStatus.DECIDED &&
      heading !== Disposition.CLOSE &&
      heading !== Disposition.HOLD &&
      !p.escalationId
    );
  });
  let waiting = alreadyWaiting;
  for (const p of shuffled(r, candidates)) {
    if (waiting >= 3) break;
    const draftedAt = officeMoment(year.cal, r, p.lastAt!, 0);
    if (draftedAt.getTime() >= now.getTime()) continue;
    year.clock.set(draftedAt);
    const e = await escalateReport(depsOf(year, p.officer), {
      reportId: p.report!.id,
      leaderId: p.leader.id,
      draftOpinion: draftOpinionOf(p),
    });
    p.escalationId = e.id;
    touched(year, p);
    waiting++;
  }
}
