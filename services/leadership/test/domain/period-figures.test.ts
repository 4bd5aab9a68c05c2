import { OwnershipStatus, ScreeningReason } from "../../src/domain/enums";
import { leadershipFigures, type LeadershipFacts, type PeriodBounds } from "../../src/domain/period-figures";

/** 2026年上半年 in Beijing time: 2025-12-31T16:00Z to 2026-06-30T15:59:59.999Z. */
const H1: PeriodBounds = {
  from: "2026-01-01",
  to: "2026-06-30",
  start: new Date("2025-12-31T16:00:00.000Z"),
  end: new Date("2026-06-30T15:59:59.999Z"),
};
const at = (iso: string) => new Date(iso);

const none: LeadershipFacts = {
  screened: [],
  ownerships: [],
  analysisSessions: [],
  townMeetings: [],
  receptions: [],
  caseVisits: [],
  campaigns: [],
  rules: [],
};

describe("leadership's figures for a period", () => {
  it("counts nothing in an empty period", () => {
    const f = leadershipFigures(H1, none);
    expect(f.candidatesScreened).toBe(0);
    expect(f.candidatesByReason).toEqual([]);
    expect(f.ownershipsActiveAtEnd).toBe(0);
  });

  it("counts candidates screened in the period by each of their reasons, on Beijing days", () => {
    const f = leadershipFigures(H1, {
      ...none,
      screened: [
        // 1 January 00:30 in Beijing is still 31 December in UTC: in the period
        { candidateSince: at("2025-12-31T16:30:00Z"), reasons: [ScreeningReason.DIFFICULT_COMPLEX] },
        {
          candidateSince: at("2026-03-01T00:00:00Z"),
          reasons: [ScreeningReason.DIFFICULT_COMPLEX, ScreeningReason.REPEATED],
        },
        // 1 July 00:30 in Beijing: the next half
        { candidateSince: at("2026-06-30T16:30:00Z"), reasons: [ScreeningReason.INTERFERENCE] },
        { candidateSince: null, reasons: [] },
      ],
    });
    expect(f.candidatesScreened).toBe(2);
    expect(f.candidatesByReason).toEqual([
      { reason: ScreeningReason.DIFFICULT_COMPLEX, label: "疑难复杂", count: 2 },
      { reason: ScreeningReason.REPEATED, label: "重复举报（红色色标）", count: 1 },
    ]);
  });

  it("counts ownerships claimed and ended in the period by how they ended, and those active at its end", () => {
    const f = leadershipFigures(H1, {
      ...none,
      ownerships: [
        { status: OwnershipStatus.ACTIVE, claimedAt: at("2026-02-01T02:00:00Z"), endedAt: null },
        {
          status: OwnershipStatus.CONCLUDED,
          claimedAt: at("2025-11-01T02:00:00Z"),
          endedAt: at("2026-05-01T02:00:00Z"),
        },
        {
          status: OwnershipStatus.RELEASED,
          claimedAt: at("2026-03-01T02:00:00Z"),
          endedAt: at("2026-04-01T02:00:00Z"),
        },
        {
          status: OwnershipStatus.TRANSFERRED,
          claimedAt: at("2026-03-01T02:00:00Z"),
          endedAt: at("2026-03-05T02:00:00Z"),
        },
        // ended after the period: active at its end
        {
          status: OwnershipStatus.CONCLUDED,
          claimedAt: at("2026-06-01T02:00:00Z"),
          endedAt: at("2026-08-01T02:00:00Z"),
        },
        // claimed after the period: not counted at all
        { status: OwnershipStatus.ACTIVE, claimedAt: at("2026-07-02T02:00:00Z"), endedAt: null },
      ],
    });
    expect(f).toMatchObject({
      ownershipsClaimed: 4,
      ownershipsConcluded: 1,
      ownershipsReleased: 1,
      ownershipsTransferred: 1,
      ownershipsActiveAtEnd: 2,
    });
  });

  it("sums the field work of the period's days", () => {
    const f = leadershipFigures(H1, {
      ...none,
      analysisSessions: [{ heldOn: "2026-01-01" }, { heldOn: "2025-12-31" }],
      townMeetings: [{ heldOn: "2026-06-30" }, { heldOn: "2026-07-01" }],
      receptions: [
        { receptionDate: "2026-03-02", visitorsReceived: 5, reportIds: ["r1", "r2"] },
        { receptionDate: "2026-04-02", visitorsReceived: null, reportIds: [] },
        { receptionDate: "2026-07-02", visitorsReceived: 9, reportIds: ["r3"] },
      ],
      caseVisits: [
        { visitedOn: "2026-05-05", caseIds: ["c1", "c2", "c3"] },
        { visitedOn: "2025-05-05", caseIds: ["c4"] },
      ],
      campaigns: [
        { startedAt: at("2026-02-01T02:00:00Z"), closedAt: at("2026-06-01T02:00:00Z") },
        { startedAt: at("2025-10-01T02:00:00Z"), closedAt: at("2026-01-10T02:00:00Z") },
        { startedAt: at("2026-05-01T02:00:00Z"), closedAt: null },
      ],
      rules: [{ issuedOn: "2026-06-01" }, { issuedOn: "2026-06-02" }, { issuedOn: "2027-01-01" }],
    });
    expect(f).toMatchObject({
      analysisSessions: 1,
      townMeetingsAttended: 1,
      receptionsHeld: 2,
      visitorsReceived: 5,
      reportsRegisteredAtReceptions: 2,
      caseVisits: 1,
      casesTakenDown: 3,
      campaignsStarted: 2,
      campaignsClosed: 2,
      rulesProduced: 2,
    });
  });
});
