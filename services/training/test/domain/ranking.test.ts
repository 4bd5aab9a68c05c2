import { rankWithTies } from "../../src/domain/ranking";
import {
  DEFAULT_WEIGHTS,
  competitionStandings,
  roundStandings,
  scoreProblems,
  weightProblems,
  weightedScore,
} from "../../src/domain/drill-scoring";

describe("ranking with ties", () => {
  it("gives equal scores the same rank and skips the next (1, 1, 3)", () => {
    const r = rankWithTies(
      [
        { n: "a", s: 90 },
        { n: "b", s: 95 },
        { n: "c", s: 95 },
        { n: "d", s: 80 },
      ],
      (x) => x.s,
    );
    expect(r.map((x) => [x.item.n, x.rank])).toEqual([
      ["b", 1],
      ["c", 1],
      ["a", 3],
      ["d", 4],
    ]);
  });

  it("compares at two decimals, as shown", () => {
    const r = rankWithTies([{ s: 88.333333 }, { s: 88.3333334 }, { s: 88.32 }], (x) => x.s);
    expect(r.map((x) => x.rank)).toEqual([1, 1, 3]);
  });
});

describe("drill scoring with weights", () => {
  const s = (w: number, p: number, c: number, h: number) => ({
    WARM_RECEPTION: w,
    PATIENT_LISTENING: p,
    CAREFUL_RECORDING: c,
    PROPER_HANDLING: h,
  });

  it("weights the four criteria, whatever the weights add up to", () => {
    expect(weightedScore(s(80, 90, 70, 100), DEFAULT_WEIGHTS)).toBe(85);
    expect(weightedScore(s(80, 90, 70, 100), s(1, 0, 0, 1))).toBe(90);
    expect(weightedScore(s(100, 0, 0, 0), s(20, 25, 25, 30))).toBe(20);
  });

  it("refuses weights and scores out of range", () => {
    expect(weightProblems(s(0, 0, 0, 0))).toEqual(["权重不能全部为 0"]);
    expect(weightProblems(s(-1, 10, 10, 10))).toHaveLength(1);
    expect(weightProblems(DEFAULT_WEIGHTS)).toEqual([]);
    expect(scoreProblems(s(101, 50, 50, -1))).toHaveLength(2);
  });

  it("averages judges per participant and ranks with ties; the competition averages closed rounds", () => {
    const round1 = roundStandings(
      [
        { judgeId: "j1", participantId: "a", scores: s(90, 90, 90, 90) },
        { judgeId: "j2", participantId: "a", scores: s(80, 80, 80, 80) },
        { judgeId: "j1", participantId: "b", scores: s(85, 85, 85, 85) },
        { judgeId: "j2", participantId: "b", scores: s(85, 85, 85, 85) },
        { judgeId: "j1", participantId: "c", scores: s(70, 70, 70, 70) },
        { judgeId: "j2", participantId: "c", scores: s(90, 90, 90, 90) },
      ],
      DEFAULT_WEIGHTS,
    );
    expect(round1.map((x) => [x.participantId, x.rank, x.score, x.judges])).toEqual([
      ["a", 1, 85, 2],
      ["b", 1, 85, 2],
      ["c", 3, 80, 2],
    ]);
    const round2 = roundStandings(
      [
        { judgeId: "j1", participantId: "a", scores: s(60, 60, 60, 60) },
        { judgeId: "j1", participantId: "b", scores: s(95, 95, 95, 95) },
        { judgeId: "j1", participantId: "c", scores: s(90, 90, 90, 90) },
      ],
      DEFAULT_WEIGHTS,
    );
    const overall = competitionStandings([round1, round2]);
    expect(overall.map((x) => [x.participantId, x.rank, x.score])).toEqual([
      ["b", 1, 90],
      ["c", 2, 85],
      ["a", 3, 72.5],
    ]);
  });
});
