import { OwnershipStatus, SCREENING_REASON_LABELS, ScreeningReason } from "./enums";

/**
 * Leadership's part of a period's statistics (`Period.leadership`, and the half-year report): the
 * leaders' ownerships and field work counted from rows already loaded. Instants are compared with
 * the period's first and last instant; calendar dates (YYYY-MM-DD) with its first and last day.
 */
export interface PeriodBounds {
  from: string;
  to: string;
  /** First instant of `from` (Beijing). */
  start: Date;
  /** Last instant of `to` (Beijing). */
  end: Date;
}

export interface LeadershipFacts {
  /** Cases that became candidates: when first, and their reasons. */
  screened: { candidateSince: Date | null; reasons: readonly ScreeningReason[] }[];
  ownerships: { status: OwnershipStatus; claimedAt: Date; endedAt: Date | null }[];
  analysisSessions: { heldOn: string }[];
  townMeetings: { heldOn: string }[];
  /** Held receptions only. */
  receptions: { receptionDate: string; visitorsReceived: number | null; reportIds: readonly string[] }[];
  caseVisits: { visitedOn: string; caseIds: readonly string[] }[];
  campaigns: { startedAt: Date; closedAt: Date | null }[];
  rules: { issuedOn: string }[];
}

export interface LeadershipFigures {
  candidatesScreened: number;
  candidatesByReason: { reason: ScreeningReason; label: string; count: number }[];
  ownershipsClaimed: number;
  ownershipsConcluded: number;
  /** Ended by the owner (退出包案). */
  ownershipsReleased: number;
  /** Moved to another leader by the commission head (改由他人包案). */
  ownershipsTransferred: number;
  ownershipsActiveAtEnd: number;
  analysisSessions: number;
  townMeetingsAttended: number;
  receptionsHeld: number;
  visitorsReceived: number;
  reportsRegisteredAtReceptions: number;
  caseVisits: number;
  casesTakenDown: number;
  campaignsStarted: number;
  campaignsClosed: number;
  rulesProduced: number;
}

export function leadershipFigures(p: PeriodBounds, facts: LeadershipFacts): LeadershipFigures {
  const at = (d: Date | null) => !!d && d >= p.start && d <= p.end;
  const on = (day: string) => day >= p.from && day <= p.to;
  const screened = facts.screened.filter((s) => at(s.candidateSince));
  const ended = facts.ownerships.filter((o) => at(o.endedAt));
  const receptions = facts.receptions.filter((r) => on(r.receptionDate));
  const visits = facts.caseVisits.filter((v) => on(v.visitedOn));
  const sum = <T>(rows: T[], n: (r: T) => number) => rows.reduce((total, r) => total + n(r), 0);
  return {
    candidatesScreened: screened.length,
    candidatesByReason: Object.values(ScreeningReason)
      .map((reason) => ({
        reason,
        label: SCREENING_REASON_LABELS[reason],
        count: screened.filter((s) => s.reasons.includes(reason)).length,
      }))
      .filter((r) => r.count > 0),
    ownershipsClaimed: facts.ownerships.filter((o) => at(o.claimedAt)).length,
    ownershipsConcluded: ended.filter((o) => o.status === OwnershipStatus.CONCLUDED).length,
    ownershipsReleased: ended.filter((o) => o.status === OwnershipStatus.RELEASED).length,
    ownershipsTransferred: ended.filter((o) => o.status === OwnershipStatus.TRANSFERRED).length,
    ownershipsActiveAtEnd: facts.ownerships.filter((o) => o.claimedAt <= p.end && (!o.endedAt || o.endedAt > p.end))
      .length,
    analysisSessions: facts.analysisSessions.filter((s) => on(s.heldOn)).length,
    townMeetingsAttended: facts.townMeetings.filter((m) => on(m.heldOn)).length,
    receptionsHeld: receptions.length,
    visitorsReceived: sum(receptions, (r) => r.visitorsReceived ?? 0),
    reportsRegisteredAtReceptions: sum(receptions, (r) => r.reportIds.length),
    caseVisits: visits.length,
    casesTakenDown: sum(visits, (v) => v.caseIds.length),
    campaignsStarted: facts.campaigns.filter((c) => at(c.startedAt)).length,
    campaignsClosed: facts.campaigns.filter((c) => at(c.closedAt)).length,
    rulesProduced: facts.rules.filter((r) => on(r.issuedOn)).length,
  };
}
