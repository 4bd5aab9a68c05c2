import { Between, IsNull, LessThanOrEqual, MoreThanOrEqual } from "typeorm";
import { badInput, DAY_MS, endOfBeijingDay, isDateOnly } from "@prp/kit";
import { AnalysisSession } from "../entities/AnalysisSession";
import { Campaign } from "../entities/Campaign";
import { CampaignRule } from "../entities/CampaignRule";
import { CaseVisit } from "../entities/CaseVisit";
import { Ownership } from "../entities/Ownership";
import { Reception } from "../entities/Reception";
import { ScreenedCase } from "../entities/ScreenedCase";
import { TownMeeting } from "../entities/TownMeeting";
import { ReceptionStatus } from "../domain/field-work";
import { leadershipFigures, type LeadershipFigures, type PeriodBounds } from "../domain/period-figures";
import { reader, type LeadershipDeps } from "./leadership-deps";

/** A period's first and last instant (Beijing calendar days), checked. */
export function periodBounds(from: string, to: string): PeriodBounds {
  if (!isDateOnly(from) || !isDateOnly(to)) throw badInput("统计期间的日期应为有效的 YYYY-MM-DD");
  if (from > to) throw badInput("统计起始日期不能晚于截止日期");
  return { from, to, start: new Date(endOfBeijingDay(from).getTime() - DAY_MS + 1), end: endOfBeijingDay(to) };
}

/**
 * Leadership's figures for a period: one query per table (eight, whatever the volume), each
 * loading only the rows and columns the period needs; domain/period-figures.ts counts them.
 */
export async function periodFigures(
  deps: Pick<LeadershipDeps, "db">,
  from: string,
  to: string,
): Promise<LeadershipFigures> {
  const p = periodBounds(from, to);
  const em = reader(deps);
  const instants = Between(p.start, p.end);
  const days = Between(p.from, p.to);
  const [screened, ownerships, analysisSessions, townMeetings, receptions, caseVisits, campaigns, rules] =
    await Promise.all([
      em.find(ScreenedCase, {
        select: { caseId: true, candidateSince: true, reasons: true },
        where: { candidateSince: instants },
      }),
      // claimed by the end and not ended before the start: claimed, ended or active in the period
      em.find(Ownership, {
        select: { id: true, status: true, claimedAt: true, endedAt: true },
        where: [
          { claimedAt: LessThanOrEqual(p.end), endedAt: IsNull() },
          { claimedAt: LessThanOrEqual(p.end), endedAt: MoreThanOrEqual(p.start) },
        ],
      }),
      em.find(AnalysisSession, { select: { id: true, heldOn: true }, where: { heldOn: days } }),
      em.find(TownMeeting, { select: { id: true, heldOn: true }, where: { heldOn: days } }),
      em.find(Reception, {
        select: { id: true, receptionDate: true, visitorsReceived: true, reportIds: true },
        where: { receptionDate: days, status: ReceptionStatus.HELD },
      }),
      em.find(CaseVisit, { select: { id: true, visitedOn: true, caseIds: true }, where: { visitedOn: days } }),
      em.find(Campaign, {
        select: { id: true, startedAt: true, closedAt: true },
        where: [{ startedAt: instants }, { closedAt: instants }],
      }),
      em.find(CampaignRule, { select: { id: true, issuedOn: true }, where: { issuedOn: days } }),
    ]);
  return leadershipFigures(p, {
    screened,
    ownerships,
    analysisSessions,
    townMeetings,
    receptions,
    caseVisits,
    campaigns,
    rules,
  });
}
