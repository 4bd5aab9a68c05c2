import { ScorecardMeasure, townScorecards, type TownCounts } from "../../src/domain/scorecards";

const town = (townId: string, c: Partial<TownCounts>): TownCounts => ({
  townId,
  reports: 0,
  repeatReports: 0,
  concludedCases: 0,
  dissatisfiedCases: 0,
  overdueItems: 0,
  keyCases: 0,
  ...c,
});

describe("town scorecards (述责述廉)", () => {
  it("compares each town with the city average: mean counts, pooled shares", () => {
    const r = townScorecards([
      town("a", {
        reports: 10,
        repeatReports: 4,
        concludedCases: 4,
        dissatisfiedCases: 2,
        overdueItems: 3,
        keyCases: 2,
      }),
      town("b", { reports: 5, repeatReports: 0, concludedCases: 1, dissatisfiedCases: 0, overdueItems: 0 }),
      town("c", { reports: 0 }),
    ]);
    expect(r.cityAverage).toEqual({
      reports: 5,
      repeatShare: 0.267, // 4 / 15
      dissatisfiedShare: 0.4, // 2 / 5
      overdueItems: 1,
      keyCases: 0.667,
    });
    expect(r.towns.map((t) => t.townId)).toEqual(["a", "b", "c"]);
    const a = r.towns[0];
    expect(a).toMatchObject({ reports: 10, repeatShare: 0.4, dissatisfiedShare: 0.5, overdueItems: 3, keyCases: 2 });
    expect(a.vsAverage).toEqual({
      reports: 5,
      repeatShare: 0.133,
      dissatisfiedShare: 0.1,
      overdueItems: 2,
      keyCases: 1.333,
    });
    expect(a.aboveAverage).toEqual([
      ScorecardMeasure.REPORTS,
      ScorecardMeasure.REPEAT_SHARE,
      ScorecardMeasure.DISSATISFIED_SHARE,
      ScorecardMeasure.OVERDUE_ITEMS,
      ScorecardMeasure.KEY_CASES,
    ]);
    // exactly average is not above it; no concluded case is a share of 0
    expect(r.towns[1].aboveAverage).toEqual([]);
    expect(r.towns[2]).toMatchObject({ repeatShare: 0, dissatisfiedShare: 0 });
  });

  it("has an average of zeros without towns", () => {
    expect(townScorecards([])).toEqual({
      towns: [],
      cityAverage: { reports: 0, repeatShare: 0, dissatisfiedShare: 0, overdueItems: 0, keyCases: 0 },
    });
  });
});
