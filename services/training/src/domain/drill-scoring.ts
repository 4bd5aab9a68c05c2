import { DRILL_CRITERIA, DRILL_CRITERION_LABELS, DrillCriterion } from "./enums";
import { rankWithTies } from "./ranking";

export type CriterionScores = Record<DrillCriterion, number>;
export type CriterionWeights = Record<DrillCriterion, number>;

/** Equal weights when the organiser sets none. */
export const DEFAULT_WEIGHTS: CriterionWeights = {
  WARM_RECEPTION: 25,
  PATIENT_LISTENING: 25,
  CAREFUL_RECORDING: 25,
  PROPER_HANDLING: 25,
};
export const MAX_CRITERION_SCORE = 100;

/** Weights are non-negative whole numbers that are not all zero (they need not add up to 100). */
export function weightProblems(w: Partial<CriterionWeights>): string[] {
  const problems: string[] = [];
  for (const c of DRILL_CRITERIA) {
    const v = w[c];
    if (v === undefined || !Number.isInteger(v) || v < 0 || v > 100)
      problems.push(`“${DRILL_CRITERION_LABELS[c]}”的权重应为 0–100 的整数`);
  }
  if (!problems.length && DRILL_CRITERIA.every((c) => w[c] === 0)) problems.push("权重不能全部为 0");
  return problems;
}

export function scoreProblems(s: Partial<CriterionScores>): string[] {
  return DRILL_CRITERIA.filter((c) => {
    const v = s[c];
    return v === undefined || !Number.isFinite(v) || v < 0 || v > MAX_CRITERION_SCORE;
  }).map((c) => `“${DRILL_CRITERION_LABELS[c]}”的得分应在 0–${MAX_CRITERION_SCORE} 之间`);
}

/** Σ score × weight ÷ Σ weight: a 0–100 figure whatever the weights add up to. */
export function weightedScore(s: CriterionScores, w: CriterionWeights): number {
  const totalWeight = DRILL_CRITERIA.reduce((sum, c) => sum + w[c], 0);
  if (totalWeight <= 0) throw new RangeError("weights sum to zero");
  return DRILL_CRITERIA.reduce((sum, c) => sum + s[c] * w[c], 0) / totalWeight;
}

export interface JudgeScore {
  judgeId: string;
  participantId: string;
  scores: CriterionScores;
}

export interface Standing {
  participantId: string;
  rank: number;
  /** Mean over judges of each judge's weighted score, two decimals. */
  score: number;
  judges: number;
}

/** A round's standings: each participant's mean weighted score over the judges who scored them, ranked with ties. */
export function roundStandings(scores: JudgeScore[], weights: CriterionWeights): Standing[] {
  const byParticipant = new Map<string, number[]>();
  for (const s of scores) {
    if (!byParticipant.has(s.participantId)) byParticipant.set(s.participantId, []);
    byParticipant.get(s.participantId)!.push(weightedScore(s.scores, weights));
  }
  const entries = [...byParticipant].map(([participantId, list]) => ({
    participantId,
    mean: list.reduce((a, b) => a + b, 0) / list.length,
    judges: list.length,
  }));
  return rankWithTies(entries, (e) => e.mean).map((r) => ({
    participantId: r.item.participantId,
    rank: r.rank,
    score: r.score,
    judges: r.item.judges,
  }));
}

/** The competition's standings: each participant's mean over the closed rounds they took part in. */
export function competitionStandings(rounds: Standing[][]): Standing[] {
  const byParticipant = new Map<string, number[]>();
  for (const round of rounds)
    for (const s of round) {
      if (!byParticipant.has(s.participantId)) byParticipant.set(s.participantId, []);
      byParticipant.get(s.participantId)!.push(s.score);
    }
  const entries = [...byParticipant].map(([participantId, list]) => ({
    participantId,
    mean: list.reduce((a, b) => a + b, 0) / list.length,
    rounds: list.length,
  }));
  return rankWithTies(entries, (e) => e.mean).map((r) => ({
    participantId: r.item.participantId,
    rank: r.rank,
    score: r.score,
    judges: r.item.rounds,
  }));
}
